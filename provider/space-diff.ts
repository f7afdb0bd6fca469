// A space's `diff`: what a change of the program does to the space. The domain, the name, the
// owner, the sharing type and the app type replace it (UpdateSpace cannot change them), and a
// replacement deletes the space's storage volume, which the preview says; a change of letter case
// in a name is no change; everything else (settings, display name, tags) is an in-place update.
import type * as pulumi from "@pulumi/pulumi";
import deepEqual from "fast-deep-equal";
import { toApiValue } from "../model/schema/names";
import { planSettings } from "../model/settings/settings-plan";
import type { SpaceInputs, SpaceOutputs } from "../model/space/space-properties";
import { keptSettingWarning } from "./common/kept-settings";
import { spaceLossMessage } from "./common/space-loss";
import { containsUnknown, isUnknown } from "./common/unknowns";
import { warnOnce } from "./common/warnings";
import { programSetsOf } from "./operations/desired-profile";
import { spaceSubject } from "./aws/spaces";

const sameText = (a: unknown, b: unknown) => (a ?? "") === (b ?? "");
const sameName = (a: unknown, b: unknown) => (typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : (a ?? "") === (b ?? ""));
const sameOption = (a: unknown, b: unknown) => deepEqual(a ?? null, b ?? null);

/** The properties a change of which replaces the space, as `[property, what changes]`. */
function replacements(olds: SpaceOutputs, news: SpaceInputs): [string, string][] {
    const out: [string, string][] = [];
    const changed = (value: unknown, same: boolean) => isUnknown(value) || containsUnknown(value) || !same;
    if (changed(news.domainId, sameText(olds.domainId, news.domainId))) out.push(["domainId", "domainId"]);
    if (changed(news.spaceName, sameName(olds.spaceName, news.spaceName))) out.push(["spaceName", "spaceName"]);
    const owner = news.ownershipSettings?.ownerUserProfileName;
    if (changed(news.ownershipSettings, sameName(olds.ownershipSettings?.ownerUserProfileName, owner))) {
        out.push(["ownershipSettings", "ownershipSettings.ownerUserProfileName"]);
    }
    if (changed(news.spaceSharingSettings, sameText(olds.spaceSharingSettings?.sharingType, news.spaceSharingSettings?.sharingType))) {
        out.push(["spaceSharingSettings", "spaceSharingSettings.sharingType"]);
    }
    const appType = news.spaceSettings?.appType;
    if (appType !== undefined && changed(appType, sameText(olds.spaceSettings?.appType, appType))) {
        out.push(["spaceSettings", "spaceSettings.appType"]);
    }
    return out;
}

export async function diffSpace(id: string, olds: SpaceOutputs, news: SpaceInputs): Promise<pulumi.dynamic.DiffResult> {
    const replaced = replacements(olds, news);
    const replaces = replaced.map(([property]) => property);
    const updates: string[] = [];
    if (containsUnknown(news.spaceSettings)) {
        updates.push("spaceSettings");
    } else {
        const plan = planSettings(
            news.spaceSettings === undefined ? undefined : toApiValue("SpaceSettings", news.spaceSettings),
            olds.spaceSettings === undefined ? undefined : toApiValue("SpaceSettings", olds.spaceSettings),
            { root: "SpaceSettings", programSets: programSetsOf(olds) },
        );
        if (plan.changes.length > 0) updates.push("spaceSettings");
        for (const kept of plan.kept) {
            warnOnce(`kept:${id}:${kept.path.join(".")}`, keptSettingWarning(spaceSubject(olds.domainId, olds.spaceName), kept, "SpaceSettings"));
        }
    }
    if (containsUnknown(news.spaceDisplayName) || (news.spaceDisplayName !== undefined && !sameText(olds.spaceDisplayName, news.spaceDisplayName))) {
        updates.push("spaceDisplayName");
    }
    if (containsUnknown(news.tags) || !deepEqual(olds.tags ?? {}, news.tags ?? {})) updates.push("tags");
    for (const key of ["adopt", "deleteApps", "timeouts"] as const) {
        if (containsUnknown(news[key]) || !sameOption(olds[key], news[key])) updates.push(key);
    }
    if (olds.status === "Update_Failed" || olds.status === "Failed") updates.push("status");
    if (replaced.length > 0) {
        const why = `${replaced.map(([, what]) => what).join(", ")} cannot change, so the space is replaced`;
        warnOnce(`replace:${id}`, spaceLossMessage(olds.domainId, olds.spaceName, why));
    }
    return {
        changes: replaces.length > 0 || updates.length > 0,
        replaces,
        // The new space takes the same name in the same domain: the old one must go first.
        deleteBeforeReplace: replaces.length > 0 && !replaces.includes("domainId") && !replaces.includes("spaceName"),
    };
}
