// Validation of API-cased values against the generated botocore shapes, and the two ways of
// reporting the result: AWS's ValidationException text and Pulumi check failures.

import { getShape, hasOwn, isRecord, SAGEMAKER_MODEL } from "./model";
import { toAwsPath, toPulumiName, toPulumiPath, type PathSegment } from "./names";
import { compilePattern, displayPattern } from "./patterns";
import type { ServiceModel, ShapeDef } from "./shape-def";
import { closestMatch } from "./suggest";

export type { PathSegment } from "./names";

export type ViolationKind = "required" | "type" | "length" | "pattern" | "enum" | "range" | "unknown" | "rule";

export interface Violation {
    /** API member names from the validated root; numbers are list indices (0-based). */
    path: PathSegment[];
    value: unknown;
    kind: ViolationKind;
    /** AWS wording, e.g. "Member must have length less than or equal to 2048". */
    constraint: string;
    /** Closest valid member name (API casing) or enum value. */
    suggestion?: string;
    /** The shape the value was checked against. */
    shape?: string;
    /** Indices of `path` segments that are map keys rather than member names. */
    mapKeys?: number[];
    /** Id of the cross-field rule (kind "rule"). */
    rule?: string;
    /** The value's shape is sensitive: AWS's message does not print it. */
    sensitive?: boolean;
}

export interface ValidateOptions {
    /** Prefix for every reported path, e.g. ["UserSettings"] when validating a nested value. */
    path?: readonly PathSegment[];
    /** Stop after this many violations (default 100). */
    maxViolations?: number;
    /** The service whose shapes are meant (default SageMaker). */
    model?: ServiceModel;
}

const MAX_DEPTH = 64; // the deepest generated shape chain is far shorter
const MAX_LIST_ITEMS_CHECKED = 10_000;
const UNBOUNDED_PATTERN_LIMIT = 8192; // longest string a pattern is run on when the shape has no max

/** Number of Unicode code points, without materialising an array. */
export function codePointLength(s: string): number {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) i++;
        }
        n++;
    }
    return n;
}

class Collector {
    readonly violations: Violation[] = [];
    constructor(readonly limit: number) {}
    get full(): boolean {
        return this.violations.length >= this.limit;
    }
    add(v: Violation): void {
        if (!this.full) this.violations.push(v);
    }
}

interface Walk {
    model: ServiceModel;
    out: Collector;
    stack: Set<object>;
    mapKeys: number[];
}

function typeName(value: unknown): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return "list";
    return typeof value === "object" ? "structure" : typeof value;
}

const EXPECTED: Record<string, string> = {
    structure: "a structure",
    list: "a list",
    map: "a map",
    string: "a string",
    integer: "an integer",
    long: "an integer",
    float: "a number",
    double: "a number",
    boolean: "a boolean",
    timestamp: "a timestamp",
    blob: "a blob",
};

function violation(walk: Walk, path: PathSegment[], value: unknown, kind: ViolationKind, constraint: string,
    shape: string | undefined, suggestion?: string): Violation {
    const v: Violation = { path, value, kind, constraint };
    if (suggestion !== undefined) v.suggestion = suggestion;
    if (shape !== undefined) v.shape = shape;
    if (shape !== undefined && getShape(shape, walk.model)?.sensitive) v.sensitive = true;
    const keys = walk.mapKeys.filter((i) => i < path.length);
    if (keys.length) v.mapKeys = keys;
    return v;
}

function read(obj: object, key: string | number): { ok: true; value: unknown } | { ok: false } {
    try {
        return { ok: true, value: (obj as Record<string | number, unknown>)[key] };
    } catch {
        return { ok: false };
    }
}

function checkLength(walk: Walk, path: PathSegment[], value: unknown, length: number, def: ShapeDef, shapeName: string): void {
    if (def.max !== undefined && length > def.max) {
        walk.out.add(violation(walk, path, value, "length", `Member must have length less than or equal to ${def.max}`, shapeName));
    }
    if (def.min !== undefined && length < def.min) {
        walk.out.add(violation(walk, path, value, "length", `Member must have length greater than or equal to ${def.min}`, shapeName));
    }
}

// Exact code-point length when it matters for the bounds; a cheap bound for very long strings
// (n UTF-16 units hold between n/2 and n code points).
function boundedLength(value: string, def: ShapeDef): number {
    if (def.max !== undefined && value.length > 2 * def.max + 2) return Math.ceil(value.length / 2);
    return codePointLength(value);
}

function checkString(walk: Walk, path: PathSegment[], value: string, def: ShapeDef, shapeName: string): void {
    const length = boundedLength(value, def);
    if (def.enum && !def.enum.includes(value)) {
        walk.out.add(violation(walk, path, value, "enum", `Member must satisfy enum value set: [${def.enum.join(", ")}]`,
            shapeName, closestMatch(value, def.enum)));
    }
    // Values over the length limit already fail; running a pattern on them only costs time.
    if (def.pattern !== undefined && length <= (def.max ?? UNBOUNDED_PATTERN_LIMIT)) {
        const re = compilePattern(def.pattern);
        if (re && !re.test(value)) {
            walk.out.add(violation(walk, path, value, "pattern",
                `Member must satisfy regular expression pattern: ${(walk.model.messagePattern ?? displayPattern)(def.pattern)}`, shapeName));
        }
    }
    checkLength(walk, path, value, length, def, shapeName);
}

function checkNumber(walk: Walk, path: PathSegment[], value: number, def: ShapeDef, shapeName: string): void {
    if (def.max !== undefined && value > def.max) {
        walk.out.add(violation(walk, path, value, "range", `Member must have value less than or equal to ${def.max}`, shapeName));
    }
    if (def.min !== undefined && value < def.min) {
        walk.out.add(violation(walk, path, value, "range", `Member must have value greater than or equal to ${def.min}`, shapeName));
    }
}

function isValidTimestamp(value: unknown): boolean {
    if (typeof value === "number") return Number.isFinite(value);
    if (value instanceof Date) return !Number.isNaN(value.getTime());
    return typeof value === "string" && value.length < 64 && !Number.isNaN(Date.parse(value));
}

function validateValue(walk: Walk, shapeName: string, value: unknown, path: PathSegment[], depth: number): void {
    if (walk.out.full) return;
    const def = getShape(shapeName, walk.model);
    if (!def) return;
    const typeError = () => walk.out.add(violation(walk, path, value, "type", `Member must be ${EXPECTED[def.type] ?? def.type}`, shapeName));
    if (depth > MAX_DEPTH) {
        walk.out.add(violation(walk, path, value, "type", "Member must not be nested this deeply", shapeName));
        return;
    }
    switch (def.type) {
        case "string":
            if (typeof value === "string") checkString(walk, path, value, def, shapeName);
            else typeError();
            return;
        case "integer":
        case "long":
            if (typeof value === "number" && Number.isInteger(value)) checkNumber(walk, path, value, def, shapeName);
            else typeError();
            return;
        case "float":
        case "double":
            if (typeof value === "number" && Number.isFinite(value)) checkNumber(walk, path, value, def, shapeName);
            else typeError();
            return;
        case "boolean":
            if (typeof value !== "boolean") typeError();
            return;
        case "timestamp":
            if (!isValidTimestamp(value)) typeError();
            return;
        case "blob":
            if (typeof value !== "string" && !(value instanceof Uint8Array)) typeError();
            return;
        case "document":
            return;
    }
    // Containers from here on.
    if (typeof value !== "object" || value === null) {
        typeError();
        return;
    }
    if (walk.stack.has(value)) {
        walk.out.add(violation(walk, path, "[circular]", "type", "Member must not contain itself", shapeName));
        return;
    }
    walk.stack.add(value);
    try {
        if (def.type === "list") validateList(walk, def, shapeName, value, path, depth, typeError);
        else if (def.type === "map") validateMap(walk, def, shapeName, value, path, depth, typeError);
        else validateStructure(walk, def, shapeName, value, path, depth, typeError);
    } finally {
        walk.stack.delete(value);
    }
}

function validateList(walk: Walk, def: ShapeDef, shapeName: string, value: object, path: PathSegment[], depth: number,
    typeError: () => void): void {
    if (!Array.isArray(value)) return typeError();
    const length = value.length;
    checkLength(walk, path, value, length, def, shapeName);
    const n = Math.min(length, MAX_LIST_ITEMS_CHECKED);
    for (let i = 0; i < n && !walk.out.full; i++) {
        const item = read(value, i);
        const itemPath = [...path, i];
        if (!item.ok || item.value === undefined || item.value === null) {
            walk.out.add(violation(walk, itemPath, null, "required", "Member must not be null", def.member));
        } else if (def.member) {
            validateValue(walk, def.member, item.value, itemPath, depth + 1);
        }
    }
}

function ownKeys(value: object): string[] | undefined {
    try {
        return Object.keys(value);
    } catch {
        return undefined;
    }
}

function validateMap(walk: Walk, def: ShapeDef, shapeName: string, value: object, path: PathSegment[], depth: number,
    typeError: () => void): void {
    const keys = isRecord(value) ? ownKeys(value) : undefined;
    if (!keys) return typeError();
    checkLength(walk, path, value, keys.length, def, shapeName);
    for (const key of keys) {
        if (walk.out.full) return;
        const keyPath = [...path, key];
        walk.mapKeys.push(path.length);
        try {
            if (def.key) validateValue(walk, def.key, key, keyPath, depth + 1);
            const entry = read(value, key);
            if (!entry.ok || entry.value === undefined || entry.value === null) {
                walk.out.add(violation(walk, keyPath, null, "required", "Member must not be null", def.value));
            } else if (def.value) {
                validateValue(walk, def.value, entry.value, keyPath, depth + 1);
            }
        } finally {
            walk.mapKeys.pop();
        }
    }
}

function validateStructure(walk: Walk, def: ShapeDef, shapeName: string, value: object, path: PathSegment[], depth: number,
    typeError: () => void): void {
    const keys = isRecord(value) ? ownKeys(value) : undefined;
    if (!keys) return typeError();
    const members = def.members ?? {};
    const memberNames = Object.keys(members);
    const present: string[] = [];
    for (const member of memberNames) {
        if (walk.out.full) return;
        const entry = hasOwn(value, member) ? read(value, member) : { ok: true as const, value: undefined };
        const memberPath = [...path, member];
        if (!entry.ok) {
            walk.out.add(violation(walk, memberPath, undefined, "type", "Member could not be read", members[member]));
            continue;
        }
        if (entry.value === undefined || entry.value === null) {
            if (def.required?.includes(member)) {
                walk.out.add(violation(walk, memberPath, null, "required", "Member must not be null", members[member]));
            }
            continue;
        }
        present.push(member);
        validateValue(walk, members[member], entry.value, memberPath, depth + 1);
    }
    if (def.union && present.length !== 1 && keys.every((k) => hasOwn(members, k))) {
        walk.out.add(violation(walk, path, value, "type",
            `Member must have exactly one of these members set: [${memberNames.join(", ")}]`, shapeName));
    }
    for (const key of keys) {
        if (walk.out.full) return;
        if (hasOwn(members, key)) continue;
        const entry = read(value, key);
        const suggestion = closestMatch(key, memberNames);
        walk.out.add(violation(walk, [...path, key], entry.ok ? entry.value : undefined, "unknown",
            `Member must be a member of ${shapeName}`, shapeName, suggestion));
    }
}

/**
 * Checks `value` against shape `shapeName` (API casing). Never throws: any failure while walking
 * the value is reported as a violation of kind "type". An absent root structure counts as `{}`.
 */
export function validateShape(shapeName: string, value: unknown, options: ValidateOptions = {}): Violation[] {
    const out = new Collector(Math.max(1, options.maxViolations ?? 100));
    const prefix = Array.isArray(options.path) ? [...options.path] : [];
    const walk: Walk = { model: options.model ?? SAGEMAKER_MODEL, out, stack: new Set(), mapKeys: [] };
    try {
        const def = getShape(shapeName, walk.model);
        if (!def) {
            out.add({ path: prefix, value, kind: "type", constraint: `Unknown shape ${shapeName}` });
        } else if (value === undefined || value === null) {
            if (def.type === "structure") validateValue(walk, shapeName, {}, prefix, 0);
            else out.add(violation(walk, prefix, null, "required", "Member must not be null", shapeName));
        } else {
            validateValue(walk, shapeName, value, prefix, 0);
        }
    } catch {
        out.add({ path: prefix, value: undefined, kind: "type", constraint: "Member could not be validated" });
    }
    return out.violations;
}

/** Validates the request body of one of the generated operations (e.g. "CreateUserProfile"). */
export function validateInput(operation: string, body: unknown, options: ValidateOptions = {}): Violation[] {
    const operations = (options.model ?? SAGEMAKER_MODEL).operations;
    if (!hasOwn(operations, operation)) {
        return [{ path: [], value: operation, kind: "type", constraint: `Unknown operation ${operation}` }];
    }
    const input = operations[operation].input;
    return input === null ? [] : validateShape(input, body, options);
}

// ---------------------------------------------------------------------------------------------
// AWS message

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
        const keys = ownKeys(value) ?? [];
        return `{${keys.slice(0, 100).map((k) => {
            const entry = read(value, k);
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

// ---------------------------------------------------------------------------------------------
// Pulumi check failures

export interface CheckFailure {
    property: string;
    reason: string;
}

/** Enums too long to list in a check failure: how to describe them instead. */
const LARGE_ENUMS: Record<string, { label: string; example: string }> = {
    AppInstanceType: { label: "SageMaker app instance types", example: "ml.t3.medium" },
    MlTools: { label: "SageMaker Studio ML tools", example: "DataWrangler" },
};
const LISTED_ENUM_MAX = 12;

function describeType(value: unknown): string {
    const t = typeName(value);
    return t === "number" && !Number.isInteger(value as number) ? "a fractional number" : t;
}

function reasonFor(v: Violation, def: ShapeDef | undefined): string {
    const unit = def?.type === "list" ? "items" : def?.type === "map" ? "entries" : "characters";
    const length = typeof v.value === "string" ? codePointLength(v.value)
        : Array.isArray(v.value) ? v.value.length
        : isRecord(v.value) ? (ownKeys(v.value)?.length ?? 0) : undefined;
    const got = length === undefined ? "" : ` (got ${length})`;
    switch (v.kind) {
        case "required":
            return "a value is required";
        case "type":
            if (def?.union && v.constraint.includes("exactly one")) {
                return `must set exactly one of ${Object.keys(def.members ?? {}).map(toPulumiName).join(", ")}`;
            }
            return v.constraint.startsWith("Member must be ")
                ? `must be ${v.constraint.slice("Member must be ".length)} (got ${describeType(v.value)})`
                : v.constraint.replace(/^Member /, "");
        case "length":
            if (def?.min !== undefined && def.max !== undefined && def.min > 0) {
                return `must have between ${def.min} and ${def.max} ${unit}${got}`;
            }
            return v.constraint.includes("less than")
                ? `must have at most ${def?.max} ${unit}${got}`
                : `must have at least ${def?.min} ${unit}${got}`;
        case "range":
            if (def?.min !== undefined && def.max !== undefined) return `must be between ${def.min} and ${def.max} (got ${String(v.value)})`;
            return v.constraint.includes("less than")
                ? `must be at most ${def?.max} (got ${String(v.value)})`
                : `must be at least ${def?.min} (got ${String(v.value)})`;
        case "pattern":
            return `must match the regular expression ${displayPattern(def?.pattern ?? "")}`;
        case "enum": {
            const values = def?.enum ?? [];
            const hint = v.suggestion !== undefined ? `; did you mean ${v.suggestion}?` : "";
            const large = v.shape !== undefined && hasOwn(LARGE_ENUMS, v.shape) ? LARGE_ENUMS[v.shape] : undefined;
            if (large || values.length > LISTED_ENUM_MAX) {
                const label = large?.label ?? `${v.shape ?? "allowed"} values`;
                const example = large?.example ?? values[0];
                return `must be one of the ${values.length} ${label}, such as ${example}${hint}`;
            }
            return `must be one of ${values.join(", ")}${hint}`;
        }
        case "unknown": {
            const hint = v.suggestion !== undefined ? `; did you mean ${toPulumiName(v.suggestion)}?` : "";
            return `is not a known property${hint}`;
        }
        case "rule":
            return v.constraint;
    }
}

/**
 * Pulumi check failures: camelCase property paths (under `rootPrefix`, e.g. "userSettings") and a
 * reason that says what is allowed.
 */
export function toCheckFailures(violations: readonly Violation[], rootPrefix?: string): CheckFailure[] {
    return violations.map((v) => {
        const rel = toPulumiPath(v.path, {
            mapKeys: v.mapKeys,
            verbatimFrom: v.kind === "unknown" ? v.path.length - 1 : undefined,
        });
        const property = !rootPrefix ? rel : rel === "" ? rootPrefix : rel.startsWith("[") ? `${rootPrefix}${rel}` : `${rootPrefix}.${rel}`;
        return { property, reason: reasonFor(v, v.shape === undefined ? undefined : getShape(v.shape)) };
    });
}
