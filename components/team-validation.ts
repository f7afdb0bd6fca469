// The one judgement of a team spec, before any resource is registered, whether it comes from a
// team file or from code: its shape against the team schema, member names (valid, unique
// ignoring case), and each member's effective profile (team defaults and tags merged with the
// member's own, computed here once) through the model's profile check. Each problem is placed
// where the spec says it: a member's own value at `members[i]…`, a shared one at `defaults…` or
// `tags…` naming the members it reaches, a team option once at its own key. The team's spaces are
// judged with the members (space-validation.ts).
import { DEFAULT_MAX_DELETED_SHARE } from "../model/team/deletion-guard";
import { hasOwn, isRecord } from "../model/plain-object";
import { checkProfile } from "../model/profile/profile-check";
import { quoteValue } from "../model/quote";
import { validateShape } from "../model/validation/shape-validator";
import { violationReason } from "../model/validation/failure-reasons";
import { effectiveMember, memberProfileInputs, type EffectiveMember } from "./member-merge";
import { judgeSpaces } from "./space-validation";
import type { SpecPath, TeamProblem } from "./team-problems";
import { teamSchemaProblems } from "./team-schema";
import { MAX_TEAM_MEMBERS, type TeamMemberSpec, type TeamSpec } from "./team-spec";

export interface TeamJudgement {
    /** Every problem; empty when the spec is good. */
    problems: TeamProblem[];
    /** Each member's effective profile, in the spec's order. */
    members: EffectiveMember[];
}

/** Team-level inputs every member's profile receives alike: a problem with them is the team's, reported once. */
const TEAM_LEVEL = new Set(["domainId", "singleSignOnUserIdentifier", "adopt", "deleteApps", "retainOnDelete", "assignIdentityCenterUser", "timeouts"]);

/** Stands for a domain id that is not known yet (an Output of another resource). */
const UNKNOWN_DOMAIN = Symbol("domainId from another resource");

/** The problem of a team larger than MAX_TEAM_MEMBERS, judged before any member is. */
function tooManyMembers(count: number): TeamProblem {
    return {
        path: ["members"],
        reason: `has ${count.toLocaleString("en-US")} members; a team may have at most ${MAX_TEAM_MEMBERS.toLocaleString("en-US")}: split it into several teams`,
    };
}

/** Judges a spec; `domainId` is judged only when it is a string (otherwise it comes from another resource). */
export function judgeTeam(spec: unknown): TeamJudgement {
    const members = isRecord(spec) ? spec.members : undefined;
    if (Array.isArray(members) && members.length > MAX_TEAM_MEMBERS) {
        return { problems: [tooManyMembers(members.length)], members: [] };
    }
    const schemaProblems = teamSchemaProblems(isRecord(spec) && typeof spec.domainId !== "string" ? withoutKey(spec, "domainId") : spec);
    if (!isRecord(spec)) {
        return { problems: schemaProblems, members: [] };
    }
    const semantic = judgeMembers(spec as unknown as TeamSpec);
    // Where the model judges a value too, its problem is the more precise one (the project's
    // wording, the members it reaches): the schema's stands only where the model says nothing.
    const judged = (problem: TeamProblem) => semantic.problems.some((p) => isPrefix(problem.path, p.path));
    return { problems: [...schemaProblems.filter((p) => !judged(p)), ...semantic.problems], members: semantic.members };
}

/** Every problem in the spec; empty when the spec is good. */
export function validateTeam(spec: TeamSpec): TeamProblem[] {
    return judgeTeam(spec).problems;
}

/** A domain id given beside a team file, judged on its own. */
export function domainIdProblems(domainId: string): TeamProblem[] {
    return validateShape("DomainId", domainId).map((v) => ({ path: ["domainId"], reason: violationReason(v) }));
}

function judgeMembers(spec: TeamSpec): TeamJudgement {
    const teamProblems = new SharedProblems();
    const shared = new SharedProblems();
    const problems: TeamProblem[] = [];
    const effective: EffectiveMember[] = [];
    if (typeof spec.domainId === "string") {
        for (const problem of domainIdProblems(spec.domainId)) {
            teamProblems.add(problem.path, problem.reason);
        }
    }
    if (spec.singleSignOnUserIdentifier !== undefined) {
        for (const v of validateShape("SingleSignOnUserIdentifier", spec.singleSignOnUserIdentifier)) {
            teamProblems.add(["singleSignOnUserIdentifier"], violationReason(v));
        }
    }
    const members = spec.members ?? (spec.identityCenterGroup !== undefined ? [] : undefined);
    if (!Array.isArray(members)) {
        const reason = spec.members === undefined ? "is required (or name an identityCenterGroup)" : "must be a list of members";
        return { problems: [...teamProblems.list(), { path: ["members"], reason }], members: [] };
    }
    if (members.length === 0 && spec.identityCenterGroup === undefined && spec.retainOnDelete !== true && (spec.maxDeletedShare ?? DEFAULT_MAX_DELETED_SHARE) < 1) {
        teamProblems.add(["members"], "is empty: a team without members deletes every profile it had; list the members, or set maxDeletedShare: 1 to delete them all");
    }
    const seen = new Map<string, number>();
    const withSpaces: { effective: EffectiveMember; index: number }[] = [];
    members.forEach((member, index) => {
        const at: SpecPath = ["members", index];
        if (!isRecord(member) || typeof member.name !== "string") {
            problems.push({ path: [...at, "name"], reason: "is required: the member's user profile name" });
            return;
        }
        const key = member.name.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
            problems.push({
                path: [...at, "name"],
                reason: `${quoteValue(member.name)} duplicates members[${first}].name ${quoteValue(members[first].name)} (profile names are not case-sensitive)`,
            });
        } else {
            seen.set(key, index);
        }
        const profile = effectiveMember(spec, member);
        effective.push(profile);
        withSpaces.push({ effective: profile, index });
        for (const failure of checkProfile(memberProfileInputs(spec, profile, typeof spec.domainId === "string" ? spec.domainId : UNKNOWN_DOMAIN), { isUnknown: (v) => v === UNKNOWN_DOMAIN })) {
            const [root, ...rest] = failure.path;
            if (typeof root === "string" && TEAM_LEVEL.has(root)) {
                teamProblems.add(failure.path, failure.reason);
            } else if (root === "userProfileName") {
                problems.push({ path: [...at, "name"], reason: failure.reason });
            } else if (root === "singleSignOnUserValue") {
                problems.push({ path: [...at, "singleSignOnUserValue"], reason: failure.reason });
            } else if (root === "tags") {
                placeTagProblem(member, index, rest, failure.reason, problems, shared);
            } else if (root === "userSettings" && !hasPath(member.settings, rest) && hasPath(spec.defaults, rest)) {
                shared.add(["defaults", ...rest], failure.reason, member.name);
            } else {
                problems.push({ path: [...at, "settings", ...rest], reason: `${failure.reason} (member ${member.name})` });
            }
        }
    });
    judgeSpaces(spec, withSpaces, {
        own: (problem) => problems.push(problem),
        shared: (path, reason, member) => shared.add(path, reason, member),
    });
    return { problems: [...teamProblems.list(), ...problems, ...shared.list()], members: effective };
}

function placeTagProblem(member: TeamMemberSpec, index: number, rest: SpecPath, reason: string, problems: TeamProblem[], shared: SharedProblems): void {
    const [key] = rest;
    if (key === undefined) {
        problems.push({ path: ["members", index, "tags"], reason: `${reason}: the team's and the member's tags together` });
    } else if (member.tags && hasOwn(member.tags, key)) {
        problems.push({ path: ["members", index, "tags", key], reason });
    } else {
        shared.add(["tags", key], reason, member.name);
    }
}

function hasPath(value: unknown, path: SpecPath): boolean {
    let current = value;
    for (const segment of path) {
        if (typeof current !== "object" || current === null || !hasOwn(current, segment)) {
            return false;
        }
        current = (current as Record<string | number, unknown>)[segment];
    }
    return path.length > 0 && current !== undefined && current !== null;
}

function isPrefix(prefix: SpecPath, path: SpecPath): boolean {
    return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

function withoutKey(value: Record<string, unknown>, key: string): Record<string, unknown> {
    const { [key]: _dropped, ...rest } = value;
    return rest;
}

/** Problems of what members share: reported once, naming every member they reach (when given). */
class SharedProblems {
    private readonly byKey = new Map<string, TeamProblem>();

    add(path: SpecPath, reason: string, member?: string): void {
        const key = JSON.stringify([path, reason]);
        const existing = this.byKey.get(key);
        if (!existing) {
            this.byKey.set(key, { path, reason, ...(member !== undefined ? { members: [member] } : {}) });
        } else if (member !== undefined) {
            existing.members?.push(member);
        }
    }

    list(): TeamProblem[] {
        return [...this.byKey.values()];
    }
}
