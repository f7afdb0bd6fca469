// Everything that can be judged from a team spec alone, before any resource is
// registered: member names (valid, unique ignoring case), and each member's
// effective profile — merged settings and tags — against the service model
// and the cross-field user-profile rules the provider's check applies.
import { checkInputs } from "../provider/check";
import { toApiValue, toPulumiName } from "../model/names";
import { MAX_TAGS } from "../model/limits";
import { checkUserProfileRules } from "../model/rules";
import { toCheckFailures, validateShape, type Violation } from "../model/validate";
import { effectiveMember } from "./merge";
import type { SpecPath, TeamProblem } from "./team-problems";
import { MAX_TEAM_MEMBERS, type TeamMemberSpec, type TeamSpec } from "./team-spec";
import { quoteValue } from "../model/quote";


/** The problem of a team larger than MAX_TEAM_MEMBERS, judged before any member is. */
export function tooManyMembers(count: number): TeamProblem {
    return {
        path: ["members"],
        reason: `has ${count.toLocaleString("en-US")} members; a team may have at most ${MAX_TEAM_MEMBERS.toLocaleString("en-US")}: split it into several teams`,
    };
}

/** Every problem in the spec; empty when the spec is good. `domainId` is checked only when it is a string. */
export function validateTeam(spec: TeamSpec): TeamProblem[] {
    const problems: TeamProblem[] = [];
    const shared = new SharedProblems();
    if (typeof spec.domainId === "string") {
        problems.push(...shapeProblems("DomainId", spec.domainId, ["domainId"]));
    }
    if (spec.singleSignOnUserIdentifier !== undefined) {
        problems.push(...shapeProblems("SingleSignOnUserIdentifier", spec.singleSignOnUserIdentifier, ["singleSignOnUserIdentifier"]));
    }
    problems.push(...behaviourProblems(spec));
    if (!Array.isArray(spec.members)) {
        return [...problems, { path: ["members"], reason: "must be a list of members" }];
    }
    if (spec.members.length > MAX_TEAM_MEMBERS) {
        return [...problems, tooManyMembers(spec.members.length)];
    }
    const seen = new Map<string, number>();
    spec.members.forEach((member, index) => {
        const at: SpecPath = ["members", index];
        if (typeof member !== "object" || member === null || typeof member.name !== "string") {
            problems.push({ path: [...at, "name"], reason: "is required: the member's user profile name" });
            return;
        }
        problems.push(...shapeProblems("UserProfileName", member.name, [...at, "name"]));
        const key = member.name.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
            problems.push({
                path: [...at, "name"],
                reason: `${quoteValue(member.name)} duplicates members[${first}].name ${quoteValue(spec.members[first].name)} (profile names are not case-sensitive)`,
            });
        } else {
            seen.set(key, index);
        }
        if (member.singleSignOnUserValue !== undefined) {
            problems.push(...shapeProblems("String256", member.singleSignOnUserValue, [...at, "singleSignOnUserValue"]));
        }
        problems.push(...settingsProblems(spec, member, index, shared));
        problems.push(...tagProblems(spec, member, index, shared));
    });
    return [...problems, ...shared.list()];
}

function shapeProblems(shape: string, value: unknown, path: SpecPath): TeamProblem[] {
    return toCheckFailures(validateShape(shape, value)).map((f) => ({ path, reason: f.reason }));
}

/** adopt, deleteApps and timeouts, judged by the provider's own check. */
function behaviourProblems(spec: TeamSpec): TeamProblem[] {
    const options = { adopt: spec.adopt, deleteApps: spec.deleteApps, timeouts: spec.timeouts };
    return checkInputs({}, options)
        .failures!.filter((f) => /^(adopt|deleteApps|timeouts)\b/.test(f.property))
        .map((f) => ({ path: f.property.split("."), reason: f.reason }));
}

/** The member's merged settings, validated as the API's UserSettings and by the cross-field rules. */
function settingsProblems(spec: TeamSpec, member: TeamMemberSpec, index: number, shared: SharedProblems): TeamProblem[] {
    const { userSettings } = effectiveMember(spec, member);
    if (userSettings === undefined) {
        return [];
    }
    const request = { UserProfileName: member.name, UserSettings: toApiValue("UserSettings", userSettings) };
    let violations = validateShape("UserSettings", request.UserSettings, { path: ["UserSettings"] });
    if (violations.length === 0) {
        violations = checkUserProfileRules(request, {}, { warnings: false });
    }
    const problems: TeamProblem[] = [];
    for (const violation of violations) {
        const reason = toCheckFailures([violation])[0].reason;
        const inSettings = pulumiSegments(violation).slice(1);
        if (hasPath(member.settings, inSettings) || !hasPath(spec.defaults, inSettings)) {
            problems.push({ path: ["members", index, "settings", ...inSettings], reason: `${reason} (member ${member.name})` });
        } else {
            shared.add(["defaults", ...inSettings], reason, member.name);
        }
    }
    return problems;
}

function tagProblems(spec: TeamSpec, member: TeamMemberSpec, index: number, shared: SharedProblems): TeamProblem[] {
    const { tags } = effectiveMember(spec, member);
    const problems: TeamProblem[] = [];
    const entries = Object.entries(tags ?? {});
    if (entries.length > MAX_TAGS) {
        problems.push({ path: ["members", index, "tags"], reason: `the member's profile would have ${entries.length} tags (team and member together); at most ${MAX_TAGS} are allowed` });
    }
    for (const [key, value] of entries) {
        for (const violation of validateShape("Tag", { Key: key, Value: value })) {
            const what = violation.path[0] === "Key" ? "the key" : "the value";
            const reason = `${what} ${toCheckFailures([violation])[0].reason}`;
            if (member.tags && Object.prototype.hasOwnProperty.call(member.tags, key)) {
                problems.push({ path: ["members", index, "tags", key], reason });
            } else {
                shared.add(["tags", key], reason, member.name);
            }
        }
    }
    return problems;
}

/** API path of a violation → the Pulumi-cased path segments (map keys kept verbatim). */
function pulumiSegments(violation: Violation): SpecPath {
    return violation.path.map((segment, i) =>
        typeof segment === "number" || violation.mapKeys?.includes(i) ? segment : toPulumiName(segment),
    );
}

function hasPath(value: unknown, path: SpecPath): boolean {
    let current = value;
    for (const segment of path) {
        if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, segment)) {
            return false;
        }
        current = (current as Record<string | number, unknown>)[segment];
    }
    return path.length > 0 && current !== undefined && current !== null;
}

/** Problems of the team's defaults or tags: reported once, naming every member they reach. */
class SharedProblems {
    private readonly byKey = new Map<string, TeamProblem & { members: string[] }>();

    add(path: SpecPath, reason: string, member: string): void {
        const key = JSON.stringify([path, reason]);
        const existing = this.byKey.get(key);
        if (existing) {
            existing.members.push(member);
        } else {
            this.byKey.set(key, { path, reason, members: [member] });
        }
    }

    list(): TeamProblem[] {
        return [...this.byKey.values()];
    }
}
