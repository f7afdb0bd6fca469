// `diff`: what a change of the program does to the profile. Only the domain,
// the name and the SSO fields replace it (the API cannot change them); a
// change of letter case in the name is no change at all (names compare
// case-insensitively); everything else is an in-place update. A new version
// of the provider's code alone changes nothing.
// The settings are converted to the API's names once each (the plan walks the API's shapes).
import type * as pulumi from "@pulumi/pulumi";
import deepEqual from "fast-deep-equal";
import type { UserProfileInputs, UserProfileOutputs } from "../model/profile/profile-properties";
import { toApiValue } from "../model/schema/names";
import { planSettings, type KeptSetting, type SettingChange } from "../model/settings/settings-plan";
import { keptSettingWarning } from "./common/kept-settings";
import { containsUnknown, isUnknown } from "./common/unknowns";
import { warnOnce } from "./common/warnings";
import { programSetsOf } from "./operations/desired-profile";

export interface ProfileDiff {
    replaces: string[];
    deleteBeforeReplace: boolean;
    /** Changed settings, by full API path; empty when settings hold unknowns. */
    settings: SettingChange[];
    /** Removals the service cannot apply: it keeps these values. */
    kept: KeptSetting[];
    /** Top-level properties that change in place. */
    updates: string[];
}

const sameText = (a: unknown, b: unknown) => (a ?? "") === (b ?? "");
const sameName = (a: unknown, b: unknown) =>
    typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
/** Absent and empty tags are the same: a profile without tags. */
const sameTags = (a: Record<string, string> | undefined, b: Record<string, string> | undefined) => deepEqual(a ?? {}, b ?? {});
const sameOption = (a: unknown, b: unknown) => deepEqual(a ?? null, b ?? null);

export function computeDiff(olds: UserProfileOutputs, news: UserProfileInputs): ProfileDiff {
    const replaces: string[] = [];
    if (isUnknown(news.domainId) || !sameText(olds.domainId, news.domainId)) {
        replaces.push("domainId");
    }
    if (isUnknown(news.userProfileName) || !sameName(olds.userProfileName, news.userProfileName)) {
        replaces.push("userProfileName");
    }
    for (const key of ["singleSignOnUserIdentifier", "singleSignOnUserValue"] as const) {
        if (isUnknown(news[key]) || !sameText(olds[key], news[key])) {
            replaces.push(key);
        }
    }
    // The new profile takes the same name in the same domain: the old one must go first.
    const deleteBeforeReplace =
        replaces.length > 0 && !replaces.includes("domainId") && !replaces.includes("userProfileName");

    const updates: string[] = [];
    let settings: SettingChange[] = [];
    let kept: KeptSetting[] = [];
    if (containsUnknown(news.userSettings)) {
        updates.push("userSettings");
    } else {
        const plan = planSettings(
            news.userSettings === undefined ? undefined : toApiValue("UserSettings", news.userSettings),
            olds.userSettings === undefined ? undefined : toApiValue("UserSettings", olds.userSettings),
            { programSets: programSetsOf(olds) },
        );
        settings = plan.changes;
        kept = plan.kept;
        if (settings.length > 0) {
            updates.push("userSettings");
        }
    }
    if (containsUnknown(news.tags) || !sameTags(olds.tags, news.tags)) {
        updates.push("tags");
    }
    for (const key of ["adopt", "deleteApps", "assignIdentityCenterUser", "timeouts"] as const) {
        if (containsUnknown(news[key]) || !sameOption(olds[key], news[key])) {
            updates.push(key);
        }
    }
    // A profile left Failed or Update_Failed converges on the next update.
    if (olds.status === "Update_Failed" || olds.status === "Failed") {
        updates.push("status");
    }
    // An Identity Center assignment removed out of band (seen by refresh) is restored.
    if (olds.identityCenterAssignment === "missing" && news.assignIdentityCenterUser !== false) {
        updates.push("identityCenterAssignment");
    }
    return { replaces, deleteBeforeReplace, settings, kept, updates };
}

export async function diffProfile(id: string, olds: UserProfileOutputs, news: UserProfileInputs): Promise<pulumi.dynamic.DiffResult> {
    const d = computeDiff(olds, news);
    for (const kept of d.kept) {
        // Never "unchanged" without a word while the service keeps what the program no longer says.
        warnOnce(`kept:${id}:${kept.path.join(".")}`, keptSettingWarning(id, kept));
    }
    return {
        changes: d.replaces.length > 0 || d.updates.length > 0,
        replaces: d.replaces,
        deleteBeforeReplace: d.deleteBeforeReplace,
    };
}
