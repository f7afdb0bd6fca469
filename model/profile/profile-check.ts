// The one check of a user profile's inputs (Pulumi names, as a program writes them), before any
// API call: its properties and behaviour options, its tags, the CreateUserProfile request it
// makes against the service model, and the cross-field rules that need nothing but the inputs.
// The provider's `check`, StudioTeam and the team-file loader all judge profiles with it; each
// places the failures (a path of segments, a reason) where its user wrote the value.
import { defineMember, hasOwn, isRecord } from "../plain-object";
import { quoteValue } from "../quote";
import { MAX_TAGS } from "../schema/limits";
import { toApiValue, type PathSegment } from "../schema/names";
import { closestMatch } from "../suggest";
import { checkUserProfileRules } from "../validation/cross-field-rules";
import { describeViolation, violationReason, type PropertyFailure } from "../validation/failure-reasons";
import { validateShape, type Violation } from "../validation/shape-validator";
import { parseDuration, TIMEOUT_KINDS } from "./profile-options";
import { INPUT_PROPERTIES } from "./profile-properties";

export interface ProfileCheckOptions {
    /** Values not known yet (during preview): they are skipped, never reported. */
    isUnknown?: (value: unknown) => boolean;
    /** Top-level keys that are not inputs but may be present (the provider's own bookkeeping). */
    ignoredProperties?: readonly string[];
}

/** Deeper than any UserProfile input can be: such a value is reported, never walked recursively. */
const MAX_INPUT_DEPTH = 64;

const API_MEMBERS: Readonly<Record<string, string>> = {
    domainId: "DomainId",
    userProfileName: "UserProfileName",
    singleSignOnUserIdentifier: "SingleSignOnUserIdentifier",
    singleSignOnUserValue: "SingleSignOnUserValue",
};

/** Every problem of the inputs; empty when the profile can be created as written (domain rules aside). */
export function checkProfile(inputs: Record<string, unknown>, options: ProfileCheckOptions = {}): PropertyFailure[] {
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
    failures.push(...unknownProperties(judged), ...behaviourOptions(judged, isUnknown), ...tagFailures(judged.tags, isUnknown), ...requestFailures(judged, isUnknown));
    return failures;
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

function unknownProperties(inputs: Record<string, unknown>): PropertyFailure[] {
    const allowed: readonly string[] = INPUT_PROPERTIES;
    return Object.keys(inputs)
        .filter((key) => !allowed.includes(key))
        .map((key) => {
            const guess = closestMatch(key, allowed);
            return { path: [key], reason: `is not a UserProfile property${guess ? `; did you mean ${guess}?` : ""} (allowed: ${allowed.join(", ")})` };
        });
}

function behaviourOptions(inputs: Record<string, unknown>, isUnknown: (value: unknown) => boolean): PropertyFailure[] {
    const failures: PropertyFailure[] = [];
    const adopt = inputs.adopt;
    if (adopt !== undefined && !isUnknown(adopt) && typeof adopt !== "boolean" && adopt !== "takeover") {
        failures.push({ path: ["adopt"], reason: `must be true, false or "takeover" (got ${quoteValue(adopt)})` });
    }
    for (const flag of ["deleteApps", "assignIdentityCenterUser"] as const) {
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

/** The CreateUserProfile request the inputs make, against the service model, then the cross-field rules. */
function requestFailures(inputs: Record<string, unknown>, isUnknown: (value: unknown) => boolean): PropertyFailure[] {
    const request: Record<string, unknown> = {};
    for (const [from, to] of Object.entries(API_MEMBERS)) {
        if (inputs[from] !== undefined) request[to] = inputs[from];
    }
    if (inputs.userSettings !== undefined) {
        request.UserSettings = toApiValue("UserSettings", inputs.userSettings);
    }
    const unknownPaths = pathsOf(request, isUnknown);
    const stillUnknown = (v: Violation) => unknownPaths.some((p) => isPrefix(p, v.path));
    let violations = validateShape("CreateUserProfileRequest", request).filter((v) => !stillUnknown(v));
    if (violations.length === 0 && request.UserSettings !== undefined) {
        violations = checkUserProfileRules(withoutMatches(request, isUnknown), {}, { warnings: false }).filter((v) => !stillUnknown(v));
    }
    return violations.map(describeViolation);
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
