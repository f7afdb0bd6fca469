import { isRecord } from "../../model/plain-object";
import type { BackendContext } from "../models/context";
import type { Tag } from "../models/records";
import { requireUniqueKeys } from "../models/tags";

export type Input = Record<string, unknown>;

/**
 * One awsJson operation: calls the backend (whose view is `C`) with a request that has passed its
 * service's checks, and shapes the output.
 */
export interface Operation<C = BackendContext> {
    /** Whether a successful call changes state (and must be persisted before answering). */
    mutates: boolean;
    handle(input: Input, context: C): unknown;
}

/** A service's operations by name, and the check every request of it passes first (its model's shapes, ...). */
export interface ServiceOperations<C> {
    operations: ReadonlyMap<string, Operation<C>>;
    checkRequest(operation: string, input: Input, context: C): void;
}

export function optionalString(input: Input, member: string): string | undefined {
    const value = input[member];
    return typeof value === "string" ? value : undefined;
}

/** Only called after validation has proven the member present and a string. */
export function requiredString(input: Input, member: string): string {
    return input[member] as string;
}

export function optionalObject(input: Input, member: string): Record<string, unknown> | undefined {
    const value = input[member];
    return isRecord(value) ? value : undefined;
}

/** A create request's `Tags`, whose keys must be unique. */
export function requestTags(input: Input): Tag[] {
    const tags = (input.Tags as Tag[] | undefined) ?? [];
    requireUniqueKeys(tags);
    return tags;
}
