// Values not yet known during preview reach the provider as the SDK's sentinel string.
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";

export const UNKNOWN = unknownValue;

export function isUnknown(value: unknown): boolean {
    return value === UNKNOWN;
}

/** True when `value` holds an unknown anywhere inside it. */
export function containsUnknown(value: unknown, seen = new Set<object>()): boolean {
    if (value === UNKNOWN) {
        return true;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) {
        return false;
    }
    seen.add(value);
    return Object.values(value).some((v) => containsUnknown(v, seen));
}
