// The members of a preview: one per UserProfile and one per Space, with what happens to it (an
// adoption is a create the provider reviewed), its steps' inputs, its policy results and what the
// provider said about it, matched by domain and name (names compare without case, as SageMaker's do).
import { OWNER_PROPERTY } from "../../gateway/ownership";
import { nameOf, profileOf, SPACE_TYPE, spaceOf, USER_PROFILE_TYPE, type Inputs } from "../engine-events";
import type { ProfileToDelete, SpaceToDelete } from "./data-loss";
import type { PolicyViolation, Preview, Step } from "./preview-reading";
import type { NoteSubject, ProviderNote } from "./provider-notes";

type Change = "replace" | "delete" | "forget" | "adopt" | "create" | "update" | "unchanged";

const RESOURCE_OF_TYPE: Record<string, NoteSubject["resource"]> = { [USER_PROFILE_TYPE]: "profile", [SPACE_TYPE]: "space" };

export interface Member {
    /** The resource URN; for a resource the provider spoke of but whose step the output left out, its id. */
    key: string;
    /** The resource name, or that id. */
    name: string;
    resource: NoteSubject["resource"];
    change: Change;
    step?: Step;
    violations: PolicyViolation[];
    adoption?: Extract<ProviderNote, { kind: "adoption" }>;
    /** For a forget: another stack manages the resource now (rather than this one keeping it on delete). */
    movedAway?: boolean;
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
const ORDER: readonly Change[] = ["replace", "delete", "forget", "adopt", "create", "update", "unchanged"];

/** A delete of a resource kept on delete (its retainOnDelete, or Pulumi's option) only forgets it: it stays in SageMaker. */
function isForget(step: Step): boolean {
    return step.oldRetained === true || step.oldInputs?.retainOnDelete === true;
}

const subjectKey = (s: NoteSubject) => `${s.resource}:${s.id.toLowerCase()}`;

/** The id `<domain>/<name>` a step's inputs name, when known. */
export function idOf(resource: NoteSubject["resource"], inputs: Inputs | undefined): string | undefined {
    if (resource === "space") {
        const s = spaceOf(inputs);
        return s && `${s.domainId}/${s.spaceName}`;
    }
    const p = profileOf(inputs);
    return p && `${p.domainId}/${p.userProfileName}`;
}

function keysOf(member: Member): string[] {
    return [member.step?.oldInputs, member.step?.newInputs]
        .map((inputs) => idOf(member.resource, inputs))
        .filter((id) => id !== undefined)
        .map((id) => subjectKey({ resource: member.resource, id }));
}

/** Which of our resources a URN names, if any. */
function resourceOfUrn(urn: string): NoteSubject["resource"] | undefined {
    return Object.entries(RESOURCE_OF_TYPE).find(([type]) => urn.includes(`::${type}::`) || urn.includes(`$${type}::`))?.[1];
}

/** The members to show: every change, and unchanged members the policy or the provider speaks of. */
export function summaryMembers(preview: Preview): Member[] {
    const members = new Map<string, Member>();
    for (const step of preview.steps) {
        const resource = RESOURCE_OF_TYPE[step.type];
        if (resource === undefined) continue;
        const op = CHANGE_OF[step.op] ?? (step.op as Change);
        const change = op === "delete" && isForget(step) ? "forget" : op;
        const existing = members.get(step.urn);
        if (!existing || change === "replace") {
            // A replacement's own step carries both input sets; its create and delete halves one each.
            const kept = existing?.step && change === "replace" && step.op !== "replace" ? existing.step : step;
            members.set(step.urn, { key: step.urn, name: nameOf(step.urn), resource, change, step: kept, violations: [], kept: [] });
        }
    }
    for (const v of preview.violations) {
        const member = members.get(v.urn);
        const resource = resourceOfUrn(v.urn);
        if (member) member.violations.push(v);
        else if (resource !== undefined) members.set(v.urn, { key: v.urn, name: nameOf(v.urn), resource, change: "unchanged", violations: [v], kept: [] });
    }
    const bySubject = new Map<string, Member>();
    for (const member of members.values()) {
        for (const key of keysOf(member)) bySubject.set(key, member);
    }
    for (const note of preview.notes) {
        const key = subjectKey(note);
        if (!bySubject.has(key) && note.kind === "kept") {
            // The digest leaves unchanged resources out; what SageMaker keeps for them still shows.
            const member: Member = { key, name: note.id, resource: note.resource, change: "unchanged", violations: [], kept: [] };
            members.set(key, member);
            bySubject.set(key, member);
        }
        const member = bySubject.get(key);
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

/** The owner token the last deployment recorded of a deleted member (a plain delete only: a replacement deletes what it replaces). */
function recordedOwner(m: Member): { owner?: string } {
    const owner = m.change === "delete" ? m.step?.oldOutputs?.[OWNER_PROPERTY] : undefined;
    return typeof owner === "string" ? { owner } : {};
}

/** Whether the change deletes the member's resource (a replacement deletes the old one). */
export const deletes = (m: Member): boolean => m.change === "delete" || m.change === "replace";

/** The profiles the change deletes: deleted members' and the old profiles of replaced ones. */
export function profilesToDelete(members: readonly Member[]): ProfileToDelete[] {
    return members.flatMap((m) => {
        const profile = m.resource === "profile" && deletes(m) ? profileOf(m.step?.oldInputs) : undefined;
        return profile ? [{ key: m.key, ...profile, ...recordedOwner(m) }] : [];
    });
}

/** The spaces the change deletes: deleted Space resources and the old spaces of replaced ones. */
export function spacesToDelete(members: readonly Member[]): SpaceToDelete[] {
    return members.flatMap((m) => {
        const space = m.resource === "space" && deletes(m) ? spaceOf(m.step?.oldInputs) : undefined;
        return space ? [{ key: m.key, ...space, ...recordedOwner(m) }] : [];
    });
}

/** The spaces (`<domain>/<name>`, lowercase) the program's own Space resources delete. */
export function spacesDeletedByTheProgram(members: readonly Member[]): Set<string> {
    const ids = members.filter((m) => m.resource === "space" && deletes(m)).map((m) => idOf("space", m.step?.oldInputs));
    return new Set(ids.filter((id) => id !== undefined).map((id) => id.toLowerCase()));
}

/** The policy violations of the stack and its teams: of no UserProfile or Space. */
export function stackViolations(preview: Preview): PolicyViolation[] {
    const ours = new Set(preview.steps.filter((s) => RESOURCE_OF_TYPE[s.type] !== undefined).map((s) => s.urn));
    return preview.violations.filter((v) => !ours.has(v.urn) && resourceOfUrn(v.urn) === undefined);
}
