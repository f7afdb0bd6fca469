// How a member's effective profile is computed from the team spec. One rule
// set, used by StudioTeam and exported for policy packs, so previews and
// policies judge what each user really gets:
//   - objects merge deeply, key by key;
//   - lists (and every other value) replace the team's value as a whole;
//   - `null` in a member's settings removes the inherited value;
//   - tags merge, the member's value winning for the same key;
//   - a member's privateSpace merges over the team's the same way; `false` means none.
import { TEAM_PROPERTY, type TeamRecord } from "../model/team/deletion-guard";
import { defineMember, isRecord } from "../model/plain-object";
import type { UserSettings } from "../model/shapes";
import type { SpaceSpec, TagMap, TeamMemberSpec, TeamSpec } from "./team-spec";

/** Deep merge of `override` onto `base`; neither is modified. */
export function mergeDeep(base: unknown, override: unknown): unknown {
    if (override === undefined) {
        return clone(base);
    }
    if (!isRecord(base) || !isRecord(override)) {
        return clone(override);
    }
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(base), ...Object.keys(override)])) {
        if (override[key] === null) {
            continue;
        }
        const merged = mergeDeep(base[key], override[key]);
        if (merged !== undefined) {
            defineMember(out, key, merged);
        }
    }
    return out;
}

function clone(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(clone);
    }
    if (isRecord(value)) {
        const out: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) {
            if (v !== null && v !== undefined) {
                defineMember(out, key, clone(v));
            }
        }
        return out;
    }
    return value === null ? undefined : value;
}

/** The member's settings: team defaults with the member's overrides merged in. */
export function mergeSettings(defaults: UserSettings | undefined, overrides: UserSettings | undefined): UserSettings | undefined {
    const merged = mergeDeep(defaults ?? {}, overrides ?? {}) as UserSettings;
    return Object.keys(merged).length === 0 ? undefined : merged;
}

/** The member's tags: the team's, with the member's winning for the same key. */
export function mergeTags(teamTags: TagMap | undefined, memberTags: TagMap | undefined): TagMap | undefined {
    const merged: TagMap = {};
    for (const [key, value] of [...Object.entries(teamTags ?? {}), ...Object.entries(memberTags ?? {})]) {
        defineMember(merged, key, value);
    }
    return Object.keys(merged).length === 0 ? undefined : merged;
}

/** A member's private space: the team's with the member's merged over it; undefined for none. */
function mergePrivateSpace(teamSpace: SpaceSpec | undefined, memberSpace: SpaceSpec | false | undefined): SpaceSpec | undefined {
    if (memberSpace === false || (teamSpace === undefined && memberSpace === undefined)) {
        return undefined;
    }
    return mergeDeep(teamSpace ?? {}, memberSpace ?? {}) as SpaceSpec;
}

/** What one member's profile (and private space) receives. */
export interface EffectiveMember {
    name: string;
    singleSignOnUserValue?: string;
    userSettings?: UserSettings;
    tags?: TagMap;
    privateSpace?: SpaceSpec;
}

export function effectiveMember(team: Pick<TeamSpec, "defaults" | "tags" | "privateSpace">, member: TeamMemberSpec): EffectiveMember {
    const userSettings = mergeSettings(team.defaults, member.settings);
    const tags = mergeTags(team.tags, member.tags);
    const privateSpace = mergePrivateSpace(team.privateSpace, member.privateSpace);
    return {
        name: member.name,
        ...(member.singleSignOnUserValue !== undefined ? { singleSignOnUserValue: member.singleSignOnUserValue } : {}),
        ...(userSettings !== undefined ? { userSettings } : {}),
        ...(tags !== undefined ? { tags } : {}),
        ...(privateSpace !== undefined ? { privateSpace } : {}),
    };
}

/** The UserProfile inputs of a member's profile: its effective settings and tags, and the team's options. */
export function memberProfileInputs<D>(
    team: Pick<TeamSpec, "singleSignOnUserIdentifier" | "adopt" | "deleteApps" | "retainOnDelete" | "assignIdentityCenterUser" | "timeouts">,
    member: EffectiveMember,
    domainId: D,
    teamRecord?: TeamRecord,
) {
    return {
        domainId,
        userProfileName: member.name,
        ...(member.singleSignOnUserValue !== undefined
            ? { singleSignOnUserIdentifier: team.singleSignOnUserIdentifier ?? "UserName", singleSignOnUserValue: member.singleSignOnUserValue }
            : {}),
        ...(member.tags !== undefined ? { tags: member.tags } : {}),
        ...(member.userSettings !== undefined ? { userSettings: member.userSettings } : {}),
        ...(team.adopt !== undefined ? { adopt: team.adopt } : {}),
        ...(team.deleteApps !== undefined ? { deleteApps: team.deleteApps } : {}),
        ...(team.retainOnDelete !== undefined ? { retainOnDelete: team.retainOnDelete } : {}),
        ...(team.assignIdentityCenterUser !== undefined ? { assignIdentityCenterUser: team.assignIdentityCenterUser } : {}),
        ...(team.timeouts !== undefined ? { timeouts: team.timeouts } : {}),
        ...(teamRecord !== undefined ? { [TEAM_PROPERTY]: teamRecord } : {}),
    };
}
