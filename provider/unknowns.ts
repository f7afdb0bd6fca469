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

/** A copy of `value` without unknown members and list items, for validating what is known. */
export function withoutUnknowns<T>(value: T): T {
    if (Array.isArray(value)) {
        return value.filter((v) => !isUnknown(v)).map(withoutUnknowns) as unknown as T;
    }
    if (typeof value === "object" && value !== null) {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) {
            if (!isUnknown(v)) {
                Object.defineProperty(out, k, { value: withoutUnknowns(v), enumerable: true, writable: true, configurable: true });
            }
        }
        return out as T;
    }
    return value;
}
