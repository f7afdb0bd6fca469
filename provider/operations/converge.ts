// Brings an existing profile (adopted, recovered, failed or drifted) to what the program says:
// one UpdateUserProfile with every changed setting and the explicit clears and resets of removed
// ones (none when nothing differs), then the tags with this resource's owner tag, then a wait
// until it is InService again.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { planSettings } from "../../model/settings/settings-plan";
import type { UserProfileOutputs } from "../../model/profile/profile-properties";
import { updateUserProfile, type DescribedProfile } from "../aws/profiles";
import { listTags, syncTags } from "../aws/tags";
import { keptSettingWarning } from "../common/kept-settings";
import { tagsWithOwner, withoutOwnerTag } from "../common/ownership";
import type { DesiredProfile } from "./desired-profile";
import { profileOutputs } from "./outputs";
import { assignedOrRetried } from "./identity-center-step";
import type { AssignmentRecord } from "./identity-center-assignment";
import { ProfileInitError } from "./profile-init-error";
import { settledProfile } from "./settle";

/** What the last deployment recorded of the profile (nothing, for an adoption or a recovery). */
export interface RecordedBefore {
    /** The members the service fills in that the program set. */
    programSets?: readonly string[];
    /** The Identity Center assignment. */
    assignment?: AssignmentRecord;
}

export async function convergeProfile(client: SageMakerClient, existingProfile: DescribedProfile, desired: DesiredProfile, before: RecordedBefore = {}): Promise<UserProfileOutputs> {
    let existing = existingProfile;
    if (existing.Status === "Pending" || existing.Status === "Updating") {
        // An earlier run was interrupted mid-operation: let it settle before changing anything.
        existing = await settledProfile(client, desired, "updated");
    }
    const arn = existing.UserProfileArn;
    const allTags = arn ? await listTags(client, arn, desired.id) : {};
    const tags = withoutOwnerTag(allTags);
    const actual = profileOutputs(desired, existing, tags);
    const plan = planSettings(desired.settings, existing.UserSettings, { programSets: before.programSets ?? [] });
    const failed = existing.Status === "Update_Failed" || existing.Status === "Failed";
    try {
        if (plan.changes.length > 0 || failed) {
            await updateUserProfile(client, desired.domainId, desired.userProfileName, plan.update);
        }
        for (const kept of plan.kept) {
            console.warn(`warning: ${keptSettingWarning(desired.id, kept)}`);
        }
        if (arn) {
            // The owner tag is this resource's from now on (an adoption adds it; a takeover replaces another's).
            await syncTags(client, arn, desired.id, allTags, tagsWithOwner(desired.tags, desired.owner) ?? {});
        }
        const described = await settledProfile(client, desired, "updated");
        const outs = profileOutputs(desired, described, described.UserProfileArn ? withoutOwnerTag(await listTags(client, described.UserProfileArn, desired.id)) : {});
        return { ...outs, ...(await assignedOrRetried(client, desired, outs, before.assignment ?? {})) };
    } catch (err) {
        if (err instanceof ProfileInitError) {
            throw err;
        }
        throw new ProfileInitError((err as Error).message, desired.id, actual, desired.inputs);
    }
}
