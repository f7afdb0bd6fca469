// Plain data objects as untrusted input arrives: one test for "a plain object", own-key reads
// that never reach Object.prototype, and writes that treat "__proto__" as an ordinary key.

/** A plain data object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const hasOwn = (obj: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/** Sets `key` as an own, enumerable member; plain assignment would treat "__proto__" as the prototype setter. */
export function defineMember(target: Record<string, unknown>, key: string, value: unknown): void {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads one member of an untrusted object; a throwing getter or proxy trap gives `{ok: false}`. */
export function readMember(obj: object, key: string | number): { ok: true; value: unknown } | { ok: false } {
    try {
        return { ok: true, value: (obj as Record<string | number, unknown>)[key] };
    } catch {
        return { ok: false };
    }
}

/** The own enumerable keys of an untrusted object, or undefined when listing them throws. */
export function ownKeysOf(value: object): string[] | undefined {
    try {
        return Object.keys(value);
    } catch {
        return undefined;
    }
}
