// The members of a preview: one per UserProfile, with what happens to it (an adoption is a create
// the provider reviewed), its steps' inputs, its policy results and what the provider said about
// it, matched by domain and profile name (names compare without case, as SageMaker's do).
import { nameOf, profileOf, USER_PROFILE_TYPE } from "../engine-events";
import type { ProfileToDelete } from "./data-loss";
import type { PolicyViolation, Preview, Step } from "./preview-reading";
import type { ProviderNote } from "./provider-notes";

type Change = "replace" | "delete" | "adopt" | "create" | "update" | "unchanged";

export interface Member {
    /** The resource URN; for a profile the provider spoke of but whose step the output left out, its id. */
    key: string;
    /** The resource name, or that profile id. */
    name: string;
    change: Change;
    step?: Step;
    violations: PolicyViolation[];
    adoption?: Extract<ProviderNote, { kind: "adoption" }>;
    kept: Extract<ProviderNote, { kind: "kept" }>[];
}

const CHANGE_OF: Record<string, Change> = {
    create: "create",
    update: "update",
    replace: "replace",
    "create-replacement": "replace",
    "delete-replaced": "replace",
    delete: "delete",
    same: "unchanged",
};

/** The order of sections: what loses data first. */
const ORDER: readonly Change[] = ["replace", "delete", "adopt", "create", "update", "unchanged"];

const profileKey = (id: string) => id.toLowerCase();

function keysOf(step: Step | undefined): string[] {
    return [step?.oldInputs, step?.newInputs]
        .map(profileOf)
        .filter((p) => p !== undefined)
        .map((p) => profileKey(`${p.domainId}/${p.userProfileName}`));
}

/** The members to show: every change, and unchanged members the policy or the provider speaks of. */
export function summaryMembers(preview: Preview): Member[] {
    const members = new Map<string, Member>();
    for (const step of preview.steps) {
        if (step.type !== USER_PROFILE_TYPE) continue;
        const change = CHANGE_OF[step.op] ?? (step.op as Change);
        const existing = members.get(step.urn);
        if (!existing || change === "replace") {
            // A replacement's own step carries both input sets; its create and delete halves one each.
            const kept = existing?.step && change === "replace" && step.op !== "replace" ? existing.step : step;
            members.set(step.urn, { key: step.urn, name: nameOf(step.urn), change, step: kept, violations: [], kept: [] });
        }
    }
    for (const v of preview.violations) {
        const member = members.get(v.urn);
        if (member) member.violations.push(v);
        else if (v.urn.includes(`::${USER_PROFILE_TYPE}::`)) members.set(v.urn, { key: v.urn, name: nameOf(v.urn), change: "unchanged", violations: [v], kept: [] });
    }
    const byProfile = new Map<string, Member>();
    for (const member of members.values()) {
        for (const key of keysOf(member.step)) byProfile.set(key, member);
    }
    for (const note of preview.notes) {
        const key = profileKey(note.profile);
        if (!byProfile.has(key) && note.kind === "kept") {
            // The digest leaves unchanged resources out; what SageMaker keeps for them still shows.
            const member: Member = { key, name: note.profile, change: "unchanged", violations: [], kept: [] };
            members.set(key, member);
            byProfile.set(key, member);
        }
        const member = byProfile.get(key);
        if (!member) continue;
        if (note.kind === "kept") member.kept.push(note);
        else if (member.change === "create") {
            member.change = "adopt";
            member.adoption = note;
        }
    }
    return [...members.values()]
        .filter((m) => m.change !== "unchanged" || m.violations.length > 0 || m.kept.length > 0)
        .sort((a, b) => ORDER.indexOf(a.change) - ORDER.indexOf(b.change) || a.name.localeCompare(b.name));
}

/** The profiles the change deletes: deleted members' and the old profiles of replaced ones. */
export function profilesToDelete(members: readonly Member[]): ProfileToDelete[] {
    return members.flatMap((m) => {
        const profile = m.change === "delete" || m.change === "replace" ? profileOf(m.step?.oldInputs) : undefined;
        return profile ? [{ key: m.key, ...profile }] : [];
    });
}

/** The policy violations of the stack and its teams: of no UserProfile. */
export function stackViolations(preview: Preview): PolicyViolation[] {
    const profiles = new Set(preview.steps.filter((s) => s.type === USER_PROFILE_TYPE).map((s) => s.urn));
    return preview.violations.filter((v) => !profiles.has(v.urn) && !v.urn.includes(`::${USER_PROFILE_TYPE}::`));
}
