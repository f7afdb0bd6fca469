// Errors reach the user once, as the engine prints them. The SDK's dynamic-provider server also
// logs every error of check, diff, read and delete with console.error(`${e}: ${e.stack}`) before it
// returns the error to the engine, which then prints the message again: "Error: X: Error: X" and
// the frames of this package's compiled files. The provider's errors already say what happened
// and what to do, so they carry a marker as their stack, and the server's log line is dropped.
const MARK = "\u2063pulumi-sagemaker-studio: reported to the engine";

/** The same error (a ProfileInitError keeps its id and properties), marked as complete for the user. */
export function reportedError(error: unknown): Error {
    const reported = error instanceof Error ? error : new Error(String(error));
    Object.defineProperty(reported, "stack", { value: MARK, configurable: true, writable: true });
    return reported;
}

let quieted = false;

/** In the provider process: drop the server's second report of an error already reported. */
export function quietReportedErrors(): void {
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
