import { isRecord } from "../../model/plain-object";
import type { BackendContext } from "../backend/context";

export type Input = Record<string, unknown>;

/** One awsJson operation: checks its input, calls the backend (whose view is `C`), shapes the output. */
export interface Operation<C = BackendContext> {
    /** Whether a successful call changes state (and must be persisted before answering). */
    mutates: boolean;
    handle(input: Input, context: C): unknown;
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
