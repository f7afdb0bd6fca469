// What every resource of this package checks alike before any API call, whatever it manages: no
// input nested absurdly deep, no unknown property (with "did you mean"), the behaviour options
// (adopt, flags, timeouts), tags as the API's Tag, and the request the inputs make against the
// service model, then the cross-field rules over what is known. A resource kind says which
// properties and flags it has and how its inputs become its Create request.
import { defineMember, hasOwn, isRecord } from "../plain-object";
import { quoteValue } from "../quote";
import { MAX_TAGS } from "../schema/limits";
import type { PathSegment } from "../schema/names";
import { closestMatch } from "../suggest";
import { describeViolation, violationReason, type PropertyFailure } from "../validation/failure-reasons";
import { validateShape, type Violation } from "../validation/shape-validator";
import { parseDuration, TIMEOUT_KINDS } from "../profile/profile-options";

export interface ResourceCheckOptions {
    /** Values not known yet (during preview): they are skipped, never reported. */
    isUnknown?: (value: unknown) => boolean;
    /** Top-level keys that are not inputs but may be present (the provider's own bookkeeping). */
    ignoredProperties?: readonly string[];
    /**
     * "inputs": leave out the cross-field rules that read what the service knows, for a caller
     * that judges those with the service's facts (each rule once); default: every rule.
     */
    rules?: "all" | "inputs";
}

export interface CheckedResource {
    /** As messages name it: "UserProfile", "Space". */
    readonly name: string;
    readonly inputProperties: readonly string[];
    /** Behaviour options that are true or false. */
    readonly flags: readonly string[];
    /** The request's problems; `inputs` holds only known top-level properties. */
    requestFailures(inputs: Record<string, unknown>, isUnknown: (value: unknown) => boolean, only: "inputs" | undefined): PropertyFailure[];
}

/** Deeper than any input can be: such a value is reported, never walked recursively. */
const MAX_INPUT_DEPTH = 64;

/** Every problem of the inputs; empty when the resource can be created as written (the service's rules aside). */
export function checkResource(kind: CheckedResource, inputs: Record<string, unknown>, options: ResourceCheckOptions = {}): PropertyFailure[] {
    const isUnknown = options.isUnknown ?? (() => false);
    const ignored = new Set(options.ignoredProperties ?? []);
    const judged: Record<string, unknown> = {};
    const failures: PropertyFailure[] = [];
    for (const key of Object.keys(inputs)) {
        if (ignored.has(key)) continue;
        if (nestedDeeperThan(inputs[key], MAX_INPUT_DEPTH)) {
            failures.push({ path: [key], reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep` });
        } else {
            defineMember(judged, key, inputs[key]);
        }
    }
    failures.push(
        ...unknownProperties(kind, judged),
        ...behaviourOptions(kind, judged, isUnknown),
        ...tagFailures(judged.tags, isUnknown),
        ...kind.requestFailures(judged, isUnknown, options.rules === "inputs" ? "inputs" : undefined),
    );
    return failures;
}

/**
 * The request's violations of its shape, then of the cross-field rules over what is known;
 * violations under a value still unknown are left out.
 */
export function requestFailures(
    request: Record<string, unknown>,
    requestShape: string,
    isUnknown: (value: unknown) => boolean,
    rules: (known: Record<string, unknown>) => Violation[],
): PropertyFailure[] {
    const unknownPaths = pathsOf(request, isUnknown);
    const stillUnknown = (v: Violation) => unknownPaths.some((p) => isPrefix(p, v.path));
    const violations = validateShape(requestShape, request).filter((v) => !stillUnknown(v));
    return violations.length > 0 ? violations.map(describeViolation) : ruleFailures(request, isUnknown, rules);
}

/** The cross-field rules over what is known of the request; violations under a value still unknown are left out. */
export function ruleFailures(request: Record<string, unknown>, isUnknown: (value: unknown) => boolean, rules: (known: Record<string, unknown>) => Violation[]): PropertyFailure[] {
    const unknownPaths = pathsOf(request, isUnknown);
    return rules(withoutMatches(request, isUnknown))
        .filter((v) => !unknownPaths.some((p) => isPrefix(p, v.path)))
        .map(describeViolation);
}

/** Whether objects and lists nest deeper than `limit`, found without recursion. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
    const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
    while (pending.length > 0) {
        const { value: current, depth } = pending.pop()!;
        if (typeof current !== "object" || current === null) {
            continue;
        }
        if (depth >= limit) {
            return true;
        }
        for (const child of Object.values(current)) {
            pending.push({ value: child, depth: depth + 1 });
        }
    }
    return false;
}

function unknownProperties(kind: CheckedResource, inputs: Record<string, unknown>): PropertyFailure[] {
    const allowed = kind.inputProperties;
    return Object.keys(inputs)
        .filter((key) => !allowed.includes(key))
        .map((key) => {
            const guess = closestMatch(key, allowed);
            return { path: [key], reason: `is not a ${kind.name} property${guess ? `; did you mean ${guess}?` : ""} (allowed: ${allowed.join(", ")})` };
        });
}

function behaviourOptions(kind: CheckedResource, inputs: Record<string, unknown>, isUnknown: (value: unknown) => boolean): PropertyFailure[] {
    const failures: PropertyFailure[] = [];
    const adopt = inputs.adopt;
    if (adopt !== undefined && !isUnknown(adopt) && typeof adopt !== "boolean" && adopt !== "takeover") {
        failures.push({ path: ["adopt"], reason: `must be true, false or "takeover" (got ${quoteValue(adopt)})` });
    }
    for (const flag of kind.flags) {
        const value = inputs[flag];
        if (value !== undefined && !isUnknown(value) && typeof value !== "boolean") {
            failures.push({ path: [flag], reason: `must be true or false (got ${quoteValue(value)})` });
        }
    }
    const timeouts = inputs.timeouts;
    if (timeouts === undefined || isUnknown(timeouts)) {
        return failures;
    }
    if (!isRecord(timeouts)) {
        return [...failures, { path: ["timeouts"], reason: "must be an object with create, update and/or delete" }];
    }
    const kinds: readonly string[] = TIMEOUT_KINDS;
    for (const [key, value] of Object.entries(timeouts)) {
        if (!kinds.includes(key)) {
            const guess = closestMatch(key, kinds);
            failures.push({ path: ["timeouts", key], reason: `is not a timeout${guess ? `; did you mean ${guess}?` : ""} (allowed: ${kinds.join(", ")})` });
        } else if (value !== undefined && !isUnknown(value)) {
            const parsed = parseDuration(value);
            if ("error" in parsed) {
                failures.push({ path: ["timeouts", key], reason: parsed.error });
            }
        }
    }
    return failures;
}

/** Tags are a map in Pulumi and a list of {Key, Value} in the API: each is validated as the API's Tag. */
function tagFailures(tags: unknown, isUnknown: (value: unknown) => boolean): PropertyFailure[] {
    if (tags === undefined || isUnknown(tags)) {
        return [];
    }
    if (!isRecord(tags)) {
        return [{ path: ["tags"], reason: "must be a map of tag keys to string values" }];
    }
    const entries = Object.entries(tags);
    const failures: PropertyFailure[] = [];
    if (entries.length > MAX_TAGS) {
        failures.push({ path: ["tags"], reason: `must have at most ${MAX_TAGS} entries (got ${entries.length})` });
    }
    for (const [key, value] of entries) {
        if (isUnknown(value)) continue;
        for (const v of validateShape("Tag", { Key: key, Value: value })) {
            failures.push({ path: ["tags", key], reason: `${v.path[0] === "Key" ? "the key" : "the value"} ${violationReason(v)}` });
        }
    }
    return failures;
}

function pathsOf(value: unknown, matches: (value: unknown) => boolean, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
    if (matches(value)) {
        out.push(path);
    } else if (Array.isArray(value)) {
        value.forEach((v, i) => pathsOf(v, matches, [...path, i], out));
    } else if (isRecord(value)) {
        for (const [k, v] of Object.entries(value)) pathsOf(v, matches, [...path, k], out);
    }
    return out;
}

/** A copy of `value` without the members and list items `matches` picks, for judging what is known. */
function withoutMatches<T>(value: T, matches: (value: unknown) => boolean): T {
    if (Array.isArray(value)) {
        return value.filter((v) => !matches(v)).map((v) => withoutMatches(v, matches)) as unknown as T;
    }
    if (isRecord(value)) {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) {
            if (!matches(v) && hasOwn(value, k)) {
                defineMember(out, k, withoutMatches(v, matches));
            }
        }
        return out as T;
    }
    return value;
}

function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
    return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
