// Which stack created a profile. Every profile this provider creates carries an
// owner tag: a hash of the project, stack and resource name. When a deployment is
// killed between CreateUserProfile and the engine recording the result, the next
// `pulumi up` finds the profile of that name, sees its own owner tag and takes it
// over instead of failing; a profile without that tag is never taken over silently.
// Beside it, the stack tag names the project and stack as a person reads them
// (`<project>/<stack>`), for inventories and scans; only the owner tag is ever compared. A record
// a stack forgets (kept on delete) trades its stack tag for the forgotten-by tag: no stack manages
// it, and reports say so, while its owner tag lets the same resource, declared again, take it back.
import { createHash } from "crypto";
import { MAX_TAGS } from "../model/schema/limits";

export const OWNER_TAG = "pulumi-sagemaker-studio:owner";
export const STACK_TAG = "pulumi-sagemaker-studio:stack";
export const FORGOTTEN_TAG = "pulumi-sagemaker-studio:forgotten-by";
/** The input property that carries the owner token from the program to the provider. */
export const OWNER_PROPERTY = "__owner";
/** The input property that carries the stack label (`<project>/<stack>`) from the program to the provider. */
export const STACK_PROPERTY = "__stack";

export function ownerToken(project: string, stack: string, resourceName: string): string {
    return createHash("sha256").update(`${project}\0${stack}\0${resourceName}`).digest("hex").slice(0, 40);
}

/** How the stack tag names a stack. */
export function stackLabel(project: string, stack: string): string {
    return `${project}/${stack}`;
}

/**
 * The program's tags plus the owner tag, then the stack tag, each while there is room for it within
 * the API's limit (the owner tag first: it is the one that decides ownership).
 */
export function tagsWithOwner(tags: Record<string, string> | undefined, owner: string | undefined, stack?: string): Record<string, string> | undefined {
    if (owner === undefined || Object.keys(tags ?? {}).length >= MAX_TAGS) {
        return tags;
    }
    const owned = { ...(tags ?? {}), [OWNER_TAG]: owner };
    return stack === undefined || Object.keys(owned).length >= MAX_TAGS ? owned : { ...owned, [STACK_TAG]: stack };
}

/**
 * The owner token and stack label as a refresh records them in the inputs: the program writes them
 * with every resource, so a refresh that found no drift leaves the inputs exactly as they were.
 * (Inputs that differ from the program's make every later preview and deployment rewrite the whole
 * state once per resource, until the next `up` writes them back.)
 */
export function recordedOwner(outs: object): Record<string, string> {
    const recorded: Record<string, string> = {};
    for (const property of [OWNER_PROPERTY, STACK_PROPERTY]) {
        const value = (outs as Record<string, unknown>)[property];
        if (typeof value === "string") recorded[property] = value;
    }
    return recorded;
}

/** Tags as the program sees them: without the owner, stack and forgotten-by tags. */
export function withoutOwnerTag(tags: Record<string, string>): Record<string, string> {
    const { [OWNER_TAG]: _owner, [STACK_TAG]: _stack, [FORGOTTEN_TAG]: _forgotten, ...rest } = tags;
    return rest;
}

/** The tags of a record its stack forgets: the stack tag traded for the forgotten-by tag (while there is room for it). */
export function forgottenTags(tags: Record<string, string>, stack: string): Record<string, string> {
    const { [STACK_TAG]: _stack, ...rest } = tags;
    return Object.keys(rest).length >= MAX_TAGS ? rest : { ...rest, [FORGOTTEN_TAG]: stack };
}

/** The owner tag that decides adoption: none once its stack forgot the record. */
export function activeOwner(tags: Record<string, string>): string | undefined {
    return tags[FORGOTTEN_TAG] === undefined ? tags[OWNER_TAG] : undefined;
}

/**
 * Who a record's tags say manages it: no stack (perhaps one that forgot it), a stack, or a stack an
 * earlier release tagged without naming it.
 */
export type Manager = { managed: false; forgottenBy?: string } | { managed: true; stack?: string };

/** How reports name a record an earlier release tagged: the owner tag without the stack tag. */
export const STACK_NOT_RECORDED = "managed (stack not recorded: tagged by an earlier release)";

export function managerOf(tags: Record<string, string>): Manager {
    if (tags[FORGOTTEN_TAG] !== undefined) {
        return { managed: false, forgottenBy: tags[FORGOTTEN_TAG] };
    }
    if (tags[OWNER_TAG] === undefined) {
        return { managed: false };
    }
    const stack = tags[STACK_TAG];
    return stack === undefined || stack === "" ? { managed: true } : { managed: true, stack };
}
