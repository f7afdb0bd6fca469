// Errors reach the user once, as the engine prints them. The SDK's dynamic-provider server also
// logs every error of check, diff, read and delete with console.error(`${e}: ${e.stack}`) before it
// returns the error to the engine, which then prints the message again: "Error: X: Error: X" and
// the frames of this package's compiled files. The provider's errors already say what happened
// and what to do, so they carry a marker as their stack, and the server's log line is dropped.
// Every provider of this package (UserProfile, Space) configures itself and reports its errors here.
import type * as pulumi from "@pulumi/pulumi";
import { configureFromStack } from "../../gateway/settings";

export type ProviderConfig = Parameters<NonNullable<pulumi.dynamic.ResourceProvider["configure"]>>[0]["config"];

const MARK = "\u2063pulumi-sagemaker-studio: reported to the engine";

/** The same error (a ResourceInitError keeps its id and properties), marked as complete for the user. */
function reportedError(error: unknown): Error {
    const reported = error instanceof Error ? error : new Error(String(error));
    Object.defineProperty(reported, "stack", { value: MARK, configurable: true, writable: true });
    return reported;
}

let quieted = false;

/** In the provider process: drop the server's second report of an error already reported. */
function quietReportedErrors(): void {
    if (quieted) {
        return;
    }
    quieted = true;
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
        if (args.some((arg) => typeof arg === "string" && arg.includes(MARK))) {
            return;
        }
        original(...args);
    };
}

/** Every error leaves the provider as a message the engine prints once, without our stack frames. */
export async function reported<T>(run: () => Promise<T>): Promise<T> {
    try {
        return await run();
    } catch (err) {
        throw reportedError(err);
    }
}

/** A provider's `configure`: the stack's sagemaker:* config, and errors reported once. */
export function configureProvider(config: ProviderConfig): void {
    quietReportedErrors();
    configureFromStack(config);
}
