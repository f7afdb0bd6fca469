// `diff`: what a change of the program does to the resource. What cannot change (the domain, the
// name, the kind's immutable fields) replaces it, deleting the old one first when the new one
// takes the same name or the same access assignment; a change of letter case in a name is no
// change at all (names compare case-insensitively); everything else is an in-place update: the
// settings planned member by member, tags, fields the update call takes, compared options, a
// record left failed, an access assignment found missing. A new version of the provider's code alone changes nothing.
import type * as pulumi from "@pulumi/pulumi";
import deepEqual from "fast-deep-equal";
import { toApiValue } from "../../model/schema/names";
import { planSettings, type KeptSetting, type SettingChange } from "../../model/settings/settings-plan";
import { accessMissing } from "./access";
import { programSetsOf, subjectFor } from "./desired";
import type { Inputs, Outputs, ResourceKind } from "./kind";
import { changedIdentity } from "./identity";
import { keptSettingWarning } from "./kept-settings";
import { storageLossMessage } from "./storage-loss";
import { containsUnknown } from "./unknowns";
import { warnOnce } from "./warnings";

const sameText = (a: unknown, b: unknown) => (a ?? "") === (b ?? "");

export interface ResourceDiff {
    replaces: string[];
    deleteBeforeReplace: boolean;
    /** Properties that change in place. */
    updates: string[];
    /** The record's changed settings, by full API path; empty while the settings hold unknowns. */
    settings: SettingChange[];
    /** Settings removals the service cannot apply: it keeps these values. */
    kept: KeptSetting[];
}

/** The diff, with the warnings it implies shown once per deployment. */
export function computeDiff(kind: ResourceKind, id: string, olds: Outputs, news: Inputs): ResourceDiff {
    const subject = subjectFor(kind, String(olds.domainId), String(olds[kind.nameProperty]));
    const replaced = changedIdentity(kind, olds, news);
    const replaces = replaced.map((field) => field.property);
    const updates: string[] = [];
    let settings: SettingChange[] = [];
    let kept: KeptSetting[] = [];
    const record = kind.record;
    if (record) {
        const property = record.settings.property;
        if (containsUnknown(news[property])) {
            updates.push(property);
        } else {
            const root = record.settings.root;
            const plan = planSettings(news[property] === undefined ? undefined : toApiValue(root, news[property]), olds[property] === undefined ? undefined : toApiValue(root, olds[property]), {
                root,
                programSets: programSetsOf(olds),
            });
            settings = plan.changes;
            kept = plan.kept;
            if (settings.length > 0) updates.push(property);
            for (const setting of kept) {
                // Never "unchanged" without a word while the service keeps what the program no longer says.
                warnOnce(`kept:${id}:${setting.path.join(".")}`, keptSettingWarning(subject, setting, root));
            }
        }
        for (const field of record.updatable ?? []) {
            const value = news[field.property];
            if (containsUnknown(value) || (value !== undefined && !sameText(olds[field.property], value))) updates.push(field.property);
        }
        if (containsUnknown(news.tags) || !deepEqual(olds.tags ?? {}, news.tags ?? {})) updates.push("tags");
    }
    for (const key of kind.compared) {
        if (containsUnknown(news[key]) || !deepEqual(olds[key] ?? null, news[key] ?? null)) updates.push(key);
    }
    // A record left Failed or Update_Failed converges on the next update.
    if (record && (olds.status === "Update_Failed" || olds.status === "Failed")) updates.push("status");
    if (kind.access && accessMissing(kind.access, olds, news)) updates.push(kind.access.properties.state);
    if (record?.losesStorage && replaced.length > 0) {
        const why = `${replaced.map((field) => field.path.join(".")).join(", ")} cannot change, so the ${kind.shortNoun} is replaced`;
        warnOnce(`replace:${id}`, storageLossMessage(subject, why));
    }
    // The new resource takes the same name in the same domain, or the same access assignment (the
    // old one, deleted after, would remove the assignment the new one found): the old one goes first.
    const sameDomain = !replaces.includes("domainId");
    const deleteBeforeReplace = replaces.length > 0 && sameDomain && (!replaces.includes(kind.nameProperty) || sharesAssignment(kind, olds, news));
    return { replaces, deleteBeforeReplace, updates, settings, kept };
}

/** The old resource made an assignment that the new one would find and take for someone else's. */
function sharesAssignment(kind: ResourceKind, olds: Outputs, news: Inputs): boolean {
    const access = kind.access;
    if (access === undefined || olds[access.properties.state] !== "made" || !access.wanted(news)) return false;
    const principal = access.principalOf(olds);
    return principal !== undefined && principal === access.principalOf(news);
}

export async function diff(kind: ResourceKind, id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.DiffResult> {
    const d = computeDiff(kind, id, olds, news);
    return { changes: d.replaces.length > 0 || d.updates.length > 0, replaces: d.replaces, deleteBeforeReplace: d.deleteBeforeReplace };
}
