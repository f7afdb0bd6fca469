// Which stack created a profile. Every profile this provider creates carries an
// owner tag: a hash of the project, stack and resource name. When a deployment is
// killed between CreateUserProfile and the engine recording the result, the next
// `pulumi up` finds the profile of that name, sees its own owner tag and takes it
// over instead of failing; a profile without that tag is never taken over silently.
import { createHash } from "crypto";
import { MAX_TAGS } from "../model/schema/limits";

export const OWNER_TAG = "pulumi-sagemaker-studio:owner";
/** The input property that carries the owner token from the program to the provider. */
export const OWNER_PROPERTY = "__owner";

export function ownerToken(project: string, stack: string, resourceName: string): string {
    return createHash("sha256").update(`${project}\0${stack}\0${resourceName}`).digest("hex").slice(0, 40);
}

/** The program's tags plus the owner tag (when there is a token and room for it within the API's limit). */
export function tagsWithOwner(tags: Record<string, string> | undefined, owner: string | undefined): Record<string, string> | undefined {
    if (owner === undefined || Object.keys(tags ?? {}).length >= MAX_TAGS) {
        return tags;
    }
    return { ...(tags ?? {}), [OWNER_TAG]: owner };
}

/**
 * The owner token as a refresh records it in the inputs: the program writes it with every
 * resource, so a refresh that found no drift leaves the inputs exactly as they were. (Inputs that
 * differ from the program's make every later preview and deployment rewrite the whole state once
 * per resource, until the next `up` writes them back.)
 */
export function recordedOwner(outs: object): Record<string, string> {
    const owner = (outs as Record<string, unknown>)[OWNER_PROPERTY];
    return typeof owner === "string" ? { [OWNER_PROPERTY]: owner } : {};
}

/** Tags as the program sees them: without the owner tag. */
export function withoutOwnerTag(tags: Record<string, string>): Record<string, string> {
    const { [OWNER_TAG]: _owner, ...rest } = tags;
    return rest;
}
