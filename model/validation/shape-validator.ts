// Validation of API-cased values against the generated botocore shapes: the walker, which
// reports each violation with its path and the constraint it broke. How a violation is worded is
// the business of aws-message.ts (the service's ValidationException) and failure-reasons.ts
// (what a Pulumi user reads).
import { hasOwn, isRecord, ownKeysOf, readMember } from "../plain-object";
import type { PathSegment } from "../schema/names";
import { compilePattern, displayPattern } from "../schema/patterns";
import { getShape, SAGEMAKER_MODEL } from "../schema/shape-lookup";
import type { ServiceModel, ShapeDef } from "../shape-def";
import { closestMatch } from "../suggest";

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
        const item = readMember(value, i);
        const itemPath = [...path, i];
        if (!item.ok || item.value === undefined || item.value === null) {
            walk.out.add(violation(walk, itemPath, null, "required", "Member must not be null", def.member));
        } else if (def.member) {
            validateValue(walk, def.member, item.value, itemPath, depth + 1);
        }
    }
}


function validateMap(walk: Walk, def: ShapeDef, shapeName: string, value: object, path: PathSegment[], depth: number,
    typeError: () => void): void {
    const keys = isRecord(value) ? ownKeysOf(value) : undefined;
    if (!keys) return typeError();
    checkLength(walk, path, value, keys.length, def, shapeName);
    for (const key of keys) {
        if (walk.out.full) return;
        const keyPath = [...path, key];
        walk.mapKeys.push(path.length);
        try {
            if (def.key) validateValue(walk, def.key, key, keyPath, depth + 1);
            const entry = readMember(value, key);
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
    const keys = isRecord(value) ? ownKeysOf(value) : undefined;
    if (!keys) return typeError();
    const members = def.members ?? {};
    const memberNames = Object.keys(members);
    const present: string[] = [];
    for (const member of memberNames) {
        if (walk.out.full) return;
        const entry = hasOwn(value, member) ? readMember(value, member) : { ok: true as const, value: undefined };
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
        const entry = readMember(value, key);
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
