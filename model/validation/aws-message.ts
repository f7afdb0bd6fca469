// A violation as the service words it in a ValidationException: `1 validation error detected:
// Value 'x' at 'a.b' failed to satisfy constraint: Member must …` (the emulator answers with it).
import { ownKeysOf, readMember } from "../plain-object";
import { toAwsPath } from "../schema/names";
import type { Violation } from "./shape-validator";

const MAX_PRINTED = 4096;

// Java's toString for the value, as the service prints it: lists [a, b], maps {k=v}.
function javaString(value: unknown, depth: number, seen: Set<object>): string {
    if (value === null || value === undefined) return "null";
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    if (typeof value !== "object") return typeof value;
    if (seen.has(value) || depth > 8) return "...";
    seen.add(value);
    try {
        if (Array.isArray(value)) {
            const n = Math.min(value.length, 100);
            const items: string[] = [];
            for (let i = 0; i < n; i++) items.push(javaString(value[i], depth + 1, seen));
            if (value.length > n) items.push("...");
            return `[${items.join(", ")}]`;
        }
        const keys = ownKeysOf(value) ?? [];
        return `{${keys.slice(0, 100).map((k) => {
            const entry = readMember(value, k);
            return `${k}=${javaString(entry.ok ? entry.value : undefined, depth + 1, seen)}`;
        }).join(", ")}}`;
    } finally {
        seen.delete(value);
    }
}

/** The value as it appears in an AWS validation message: `'text'`, or `null` unquoted. */
export function formatAwsValue(value: unknown): string {
    if (value === null || value === undefined) return "null";
    let s: string;
    try {
        s = javaString(value, 0, new Set());
    } catch {
        s = "...";
    }
    if (s.length > MAX_PRINTED) s = `${s.slice(0, MAX_PRINTED)}...`;
    return `'${s}'`;
}

/**
 * AWS's ValidationException message: `1 validation error detected: Value 'x' at 'a.b' failed to
 * satisfy constraint: Member must …`; several joined by "; " after "N validation errors detected".
 */
export function formatAwsValidationMessage(violations: readonly Violation[]): string {
    const n = violations.length;
    const parts = violations.map((v) =>
        `Value ${v.sensitive && v.value != null ? "" : `${formatAwsValue(v.value)} `}at '${toAwsPath(v.path, { mapKeys: v.mapKeys })}' failed to satisfy constraint: ${v.constraint}`);
    return `${n} validation error${n === 1 ? "" : "s"} detected: ${parts.join("; ")}`;
}
