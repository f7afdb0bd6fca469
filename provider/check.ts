// `check`: every rule that can be judged from the inputs alone, before any
// API call, reported as Pulumi check failures with full property paths.
// Values unknown during preview are skipped, never reported.
import type * as pulumi from "@pulumi/pulumi";
import { toApiValue, toPulumiPath } from "../model/names";
import { closestMatch } from "../model/suggest";
import { quoteValue } from "../model/quote";
import { toCheckFailures, validateShape, type Violation } from "../model/validate";
import { profileRules } from "./rules";
import { parseDuration } from "./durations";
import { MAX_TAGS } from "../model/limits";
import { INPUT_PROPERTIES, OUTPUT_PROPERTIES, PROVIDER_KEY, Timeouts, UserProfileInputs } from "./inputs";
import { OWNER_PROPERTY } from "./ownership";
import { isUnknown, withoutUnknowns } from "./unknowns";

type CheckFailure = pulumi.dynamic.CheckFailure;


/** Deeper than any UserProfile input can be: such a value is reported, never walked recursively. */
const MAX_INPUT_DEPTH = 64;

export function checkInputs(_olds: Partial<UserProfileInputs>, news: Record<string, unknown>): pulumi.dynamic.CheckResult {
    const tooDeep = Object.keys(news).filter((key) => key !== PROVIDER_KEY && nestedDeeperThan(news[key], MAX_INPUT_DEPTH));
    const judged: Record<string, unknown> = { ...news };
    for (const key of tooDeep) {
        delete judged[key];
    }
    const failures: CheckFailure[] = [
        ...tooDeep.map((key) => ({ property: inputPath(key), reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep` })),
        ...unknownProperties(judged),
        ...behaviourOptions(judged),
        ...tagFailures(judged.tags),
        ...apiFailures(judged),
    ];
    return { inputs: news, failures };
}

/** A top-level input as a property path: `name`, or `["odd key"]` for keys that are not identifiers. */
function inputPath(key: string): string {
    return toPulumiPath([key], { verbatimFrom: 0 });
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

function unknownProperties(news: Record<string, unknown>): CheckFailure[] {
    const allowed: readonly string[] = INPUT_PROPERTIES;
    return Object.keys(news)
        .filter((key) => key !== PROVIDER_KEY && key !== OWNER_PROPERTY && !allowed.includes(key) && !(OUTPUT_PROPERTIES as readonly string[]).includes(key))
        .map((key) => {
            const guess = closestMatch(key, allowed);
            return {
                property: inputPath(key),
                reason: `is not a UserProfile property${guess ? `; did you mean ${guess}?` : ""} (allowed: ${allowed.join(", ")})`,
            };
        });
}

function behaviourOptions(news: Record<string, unknown>): CheckFailure[] {
    const failures: CheckFailure[] = [];
    for (const flag of ["adopt", "deleteApps"] as const) {
        const value = news[flag];
        if (value !== undefined && !isUnknown(value) && typeof value !== "boolean") {
            failures.push({ property: flag, reason: `must be true or false (got ${quoteValue(value)})` });
        }
    }
    const timeouts = news.timeouts;
    if (timeouts === undefined || isUnknown(timeouts)) {
        return failures;
    }
    if (typeof timeouts !== "object" || timeouts === null || Array.isArray(timeouts)) {
        return [...failures, { property: "timeouts", reason: "must be an object with create, update and/or delete" }];
    }
    const keys: (keyof Timeouts)[] = ["create", "update", "delete"];
    for (const [key, value] of Object.entries(timeouts)) {
        if (!(keys as string[]).includes(key)) {
            const guess = closestMatch(key, keys);
            failures.push({ property: `timeouts.${key}`, reason: `is not a timeout${guess ? `; did you mean ${guess}?` : ""} (allowed: create, update, delete)` });
        } else if (value !== undefined && !isUnknown(value)) {
            const parsed = parseDuration(value);
            if ("error" in parsed) {
                failures.push({ property: `timeouts.${key}`, reason: parsed.error });
            }
        }
    }
    return failures;
}

/** Tags are a map in Pulumi and a list of {Key, Value} in the API: validate each as the API's Tag. */
function tagFailures(tags: unknown): CheckFailure[] {
    if (tags === undefined || isUnknown(tags)) {
        return [];
    }
    if (typeof tags !== "object" || tags === null || Array.isArray(tags)) {
        return [{ property: "tags", reason: "must be a map of tag keys to string values" }];
    }
    const entries = Object.entries(tags);
    const failures: CheckFailure[] = [];
    if (entries.length > MAX_TAGS) {
        failures.push({ property: "tags", reason: `must have at most ${MAX_TAGS} entries (got ${entries.length})` });
    }
    for (const [key, value] of entries) {
        if (isUnknown(value)) {
            continue;
        }
        const property = toPulumiPath(["tags", key], { mapKeys: [1] });
        for (const v of validateShape("Tag", { Key: key, Value: value })) {
            const failure = toCheckFailures([v])[0];
            const what = v.path[0] === "Key" ? "the key" : "the value";
            failures.push({ property, reason: `${what} ${failure.reason}` });
        }
    }
    return failures;
}

/** Builds the CreateUserProfile request and validates it against the service model. */
function apiFailures(news: Record<string, unknown>): CheckFailure[] {
    const request: Record<string, unknown> = {};
    const copy = (from: string, to: string) => {
        if (news[from] !== undefined) {
            request[to] = news[from];
        }
    };
    copy("domainId", "DomainId");
    copy("userProfileName", "UserProfileName");
    copy("singleSignOnUserIdentifier", "SingleSignOnUserIdentifier");
    copy("singleSignOnUserValue", "SingleSignOnUserValue");
    if (news.userSettings !== undefined) {
        request.UserSettings = toApiValue("UserSettings", news.userSettings);
    }
    const unknownPaths = pathsOfUnknowns(request);
    const stillUnknown = (v: Violation) => unknownPaths.some((p) => isPrefix(p, v.path));
    let violations = validateShape("CreateUserProfileRequest", request).filter((v) => !stillUnknown(v));
    if (violations.length === 0 && request.UserSettings !== undefined) {
        violations = profileRules(withoutUnknowns(request)).filter((v) => !stillUnknown(v));
    }
    return toCheckFailures(violations);
}

type Path = (string | number)[];

function pathsOfUnknowns(value: unknown, path: Path = [], out: Path[] = []): Path[] {
    if (isUnknown(value)) {
        out.push(path);
    } else if (Array.isArray(value)) {
        value.forEach((v, i) => pathsOfUnknowns(v, [...path, i], out));
    } else if (typeof value === "object" && value !== null) {
        for (const [k, v] of Object.entries(value)) {
            pathsOfUnknowns(v, [...path, k], out);
        }
    }
    return out;
}

function isPrefix(prefix: Path, path: readonly (string | number)[]): boolean {
    return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
