// Brings an existing profile (adopted, recovered, failed or drifted) to what the program says:
// one UpdateUserProfile with every changed setting and the explicit clears of removed ones, then
// the tags, then a wait until it is InService again.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { planSettings } from "../../model/settings/settings-plan";
import type { UserProfileOutputs } from "../../model/profile/profile-properties";
import { updateUserProfile, type DescribedProfile } from "../aws/profiles";
import { listTags, syncTags } from "../aws/tags";
import { withoutOwnerTag } from "../common/ownership";
import type { DesiredProfile } from "./desired-profile";
import { profileOutputs } from "./outputs";
import { ProfileInitError } from "./profile-init-error";
import { settledProfile } from "./settle";

export async function convergeProfile(client: SageMakerClient, existingProfile: DescribedProfile, desired: DesiredProfile): Promise<UserProfileOutputs> {
    let existing = existingProfile;
    if (existing.Status === "Pending" || existing.Status === "Updating") {
        // An earlier run was interrupted mid-operation: let it settle before changing anything.
        existing = await settledProfile(client, desired, "updated");
    }
    const arn = existing.UserProfileArn;
    const tags = arn ? withoutOwnerTag(await listTags(client, arn, desired.id)) : {};
    const actual = profileOutputs(desired.inputs, existing, tags);
    const plan = planSettings(desired.settings, existing.UserSettings);
    const failed = existing.Status === "Update_Failed" || existing.Status === "Failed";
    try {
        if (plan.changes.length > 0 || failed) {
            await updateUserProfile(client, desired.domainId, desired.userProfileName, plan.update);
        }
        for (const path of plan.unclearable) {
            console.log(
                `user profile ${desired.id}: userSettings.${path.join(".")} is no longer set in the program; SageMaker keeps its current value because the API cannot unset it`,
            );
        }
        if (arn) {
            await syncTags(client, arn, desired.id, tags, desired.tags);
        }
        const described = await settledProfile(client, desired, "updated");
        return profileOutputs(desired.inputs, described, described.UserProfileArn ? withoutOwnerTag(await listTags(client, described.UserProfileArn, desired.id)) : {});
    } catch (err) {
        if (err instanceof ProfileInitError) {
            throw err;
        }
        throw new ProfileInitError((err as Error).message, desired.id, actual, desired.inputs);
    }
}
