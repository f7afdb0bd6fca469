// What the Pulumi CLI writes with `--json`: one JSON document (the digest of a preview), or engine
// events as JSON lines (streamed `--json` with PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true, or
// `--event-log`). The commands read both through here.
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";

/** Whether a value is one the engine does not know yet (during preview). */
export function isUnknown(value: unknown): boolean {
    return value === unknownValue;
}

/** The type token of UserProfile resources in URNs and steps. */
export const USER_PROFILE_TYPE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";

/** The type token of Space resources. */
export const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";
export const TEAM_ROSTER_TYPE = "pulumi-nodejs:dynamic/sagemaker:TeamRoster";

/** The JSON documents of one output: the digest, or one per event line. */
export function parseDocuments(text: string): unknown[] {
    const trimmed = text.trim();
    if (trimmed === "") return [];
    try {
        return [JSON.parse(trimmed)];
    } catch {
        return trimmed
            .split("\n")
            .filter((line) => line.trim() !== "")
            .map((line, i) => {
                try {
                    return JSON.parse(line);
                } catch (e) {
                    throw new Error(`line ${i + 1} is not JSON: ${(e as Error).message}`);
                }
            });
    }
}

/** The resource name at the end of `urn:pulumi:stack::project::[parent$]type::name`. */
export function nameOf(urn: string): string {
    return urn.split("::").pop() ?? urn;
}

/** The type token in `urn:pulumi:stack::project::[parent$]type::name`. */
export function typeOf(urn: string): string {
    const qualified = urn.split("::")[2] ?? "";
    return qualified.split("$").pop() ?? qualified;
}

/** The stack in `urn:pulumi:stack::project::…`. */
export function stackOf(urn: string): string {
    return urn.split("::")[0].replace(/^urn:pulumi:/, "");
}

/** A step's resource inputs from an event's `old`/`new` or a digest's `oldState`/`newState`. */
export type Inputs = Record<string, unknown>;

/** The domain and profile name a step's inputs name, when both are known (not unknown in preview). */
export function profileOf(inputs: Inputs | undefined): { domainId: string; userProfileName: string } | undefined {
    const domainId = inputs?.domainId;
    const userProfileName = inputs?.userProfileName;
    return isKnownString(domainId) && isKnownString(userProfileName) ? { domainId, userProfileName } : undefined;
}

/** The domain and space name a Space step's inputs name, when both are known. */
export function spaceOf(inputs: Inputs | undefined): { domainId: string; spaceName: string } | undefined {
    const domainId = inputs?.domainId;
    const spaceName = inputs?.spaceName;
    return isKnownString(domainId) && isKnownString(spaceName) ? { domainId, spaceName } : undefined;
}

/** A string that is not the sentinel of a value unknown during preview. */
export function isKnownString(value: unknown): value is string {
    return typeof value === "string" && !isUnknown(value);
}
