// From existing profiles to team specs that say exactly what the profiles have: one team per
// value of a grouping tag (or one team), settings and tags every member shares factored into the
// team's defaults and tags, the rest kept as each member's own. Nothing the profiles have is
// dropped silently: what a team spec cannot say is returned as a note.
import deepEqual from "fast-deep-equal";
import type { TagMap, TeamMemberSpec, TeamSpec } from "../../components/team-spec";
import { defineMember, isRecord } from "../../model/plain-object";
import type { UserSettings } from "../../model/shapes";

/** One existing profile, in the names of a team spec (Pulumi's). */
export interface ScannedProfile {
    name: string;
    singleSignOnUserIdentifier?: string;
    singleSignOnUserValue?: string;
    settings?: UserSettings;
    tags: TagMap;
}

export interface ScannedTeam {
    /** The team's name (and its file's base name). */
    name: string;
    spec: TeamSpec & { members: TeamMemberSpec[] };
}

export interface Factoring {
    teams: ScannedTeam[];
    /** What the team files could not say, one line each. */
    notes: string[];
}

/** Profiles grouped by the value of `groupByTag` (profiles without it form `untaggedTeam`), or one team named `singleTeam`. */
export function factorTeams(profiles: readonly ScannedProfile[], options: { groupByTag?: string; singleTeam: string; untaggedTeam: string }): Factoring {
    const groups = new Map<string, ScannedProfile[]>();
    for (const profile of profiles) {
        const key = options.groupByTag === undefined ? options.singleTeam : (profile.tags[options.groupByTag] ?? options.untaggedTeam);
        groups.set(key, [...(groups.get(key) ?? []), profile]);
    }
    const notes: string[] = [];
    const teams = [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, members]) => ({ name: teamName(name), spec: factorTeam(members, notes) }));
    return { teams, notes };
}

/** A name usable as a Pulumi resource name and a file name. */
function teamName(value: string): string {
    const cleaned = value.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^-+|-+$/g, "");
    return cleaned === "" ? "team" : cleaned;
}

function factorTeam(profiles: readonly ScannedProfile[], notes: string[]): ScannedTeam["spec"] {
    const sorted = [...profiles].sort((a, b) => a.name.localeCompare(b.name));
    const defaults = commonPart(sorted.map((p) => (p.settings ?? {}) as Record<string, unknown>));
    const tags = commonTags(sorted.map((p) => p.tags));
    const identifiers = new Set(sorted.map((p) => p.singleSignOnUserIdentifier).filter((v): v is string => v !== undefined));
    if (identifiers.size > 1) {
        notes.push(`profiles ${sorted.map((p) => p.name).join(", ")} use different singleSignOnUserIdentifier values (${[...identifiers].join(", ")}); a team has one, so the first is written`);
    }
    const members: TeamMemberSpec[] = sorted.map((profile) => {
        const settings = difference((profile.settings ?? {}) as Record<string, unknown>, defaults);
        const ownTags = Object.fromEntries(Object.entries(profile.tags).filter(([key, value]) => tags[key] !== value));
        return {
            name: profile.name,
            ...(profile.singleSignOnUserValue !== undefined ? { singleSignOnUserValue: profile.singleSignOnUserValue } : {}),
            ...(settings !== undefined ? { settings: settings as UserSettings } : {}),
            ...(Object.keys(ownTags).length > 0 ? { tags: ownTags } : {}),
        };
    });
    return {
        ...(identifiers.size > 0 ? { singleSignOnUserIdentifier: [...identifiers][0] } : {}),
        ...(Object.keys(defaults).length > 0 ? { defaults: defaults as UserSettings } : {}),
        ...(Object.keys(tags).length > 0 ? { tags } : {}),
        // Taking the profiles over is what the files are for; every other option is left to the stack.
        adopt: true,
        members,
    };
}

/**
 * What every value has in common: members with the same value in all, and for members that are
 * structures in all, their common part (a member's own settings merge deeply onto the defaults).
 * Lists are compared whole, as a member's list replaces the team's.
 */
function commonPart(values: readonly Record<string, unknown>[]): Record<string, unknown> {
    const common: Record<string, unknown> = {};
    if (values.length === 0) {
        return common;
    }
    for (const key of Object.keys(values[0])) {
        const all = values.map((v) => v[key]);
        if (all.some((v) => v === undefined)) continue;
        if (all.every((v) => deepEqual(v, all[0]))) {
            defineMember(common, key, all[0]);
        } else if (all.every(isRecord)) {
            const nested = commonPart(all as Record<string, unknown>[]);
            if (Object.keys(nested).length > 0) defineMember(common, key, nested);
        }
    }
    return common;
}

/** What `value` has beyond `base` (which it contains); undefined when nothing. */
function difference(value: Record<string, unknown>, base: Record<string, unknown>): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
        if (!(key in base)) {
            defineMember(out, key, member);
        } else if (!deepEqual(member, base[key])) {
            const nested = isRecord(member) && isRecord(base[key]) ? difference(member, base[key] as Record<string, unknown>) : member;
            if (nested !== undefined) defineMember(out, key, nested);
        }
    }
    return Object.keys(out).length === 0 ? undefined : out;
}

function commonTags(tagSets: readonly TagMap[]): TagMap {
    const [first, ...rest] = tagSets;
    return Object.fromEntries(Object.entries(first ?? {}).filter(([key, value]) => rest.every((tags) => tags[key] === value)));
}
