// Brings an existing space (adopted, recovered, failed or drifted) to what the program says: one
// UpdateSpace with every changed setting and the explicit clears of removed ones (none when
// nothing differs; never the app type, which UpdateSpace refuses), then the tags with this
// resource's owner tag, then a wait until it is InService again.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { SpaceOutputs } from "../../../model/space/space-properties";
import { planSettings } from "../../../model/settings/settings-plan";
import { updateSpace, type DescribedSpace } from "../../aws/spaces";
import { listTags, syncTags } from "../../aws/tags";
import { keptSettingWarning } from "../../common/kept-settings";
import { tagsWithOwner, withoutOwnerTag } from "../../common/ownership";
import { ProfileInitError } from "../profile-init-error";
import type { DesiredSpace } from "./desired-space";
import { spaceOutputs } from "./outputs";
import { settledSpace } from "./settle";
import { checkSpaceFits } from "./space-fit";

export async function convergeSpace(client: SageMakerClient, existingSpace: DescribedSpace, desired: DesiredSpace, programSets: readonly string[] = []): Promise<SpaceOutputs> {
    let existing = existingSpace;
    if (existing.Status === "Pending" || existing.Status === "Updating") {
        // An earlier run was interrupted mid-operation: let it settle before changing anything.
        existing = await settledSpace(client, desired, "updated");
    }
    const arn = existing.SpaceArn;
    const allTags = arn ? await listTags(client, arn, desired.subject) : {};
    const actual = spaceOutputs(desired, existing, withoutOwnerTag(allTags));
    const plan = planSettings(desired.settings, existing.SpaceSettings, { root: "SpaceSettings", programSets });
    const { AppType: _appType, ...settings } = plan.update;
    const renamed = desired.spaceDisplayName !== undefined && desired.spaceDisplayName !== existing.SpaceDisplayName;
    const failed = existing.Status === "Update_Failed" || existing.Status === "Failed";
    try {
        if (plan.changes.length > 0 || renamed || failed) {
            await checkSpaceFits(client, desired, "UpdateSpace", existing);
            await updateSpace(client, {
                DomainId: desired.domainId,
                SpaceName: desired.spaceName,
                ...(Object.keys(settings).length > 0 ? { SpaceSettings: settings } : {}),
                ...(desired.spaceDisplayName !== undefined ? { SpaceDisplayName: desired.spaceDisplayName } : {}),
            });
        }
        for (const kept of plan.kept) {
            console.warn(`warning: ${keptSettingWarning(desired.subject, kept, "SpaceSettings")}`);
        }
        if (arn) {
            await syncTags(client, arn, desired.subject, allTags, tagsWithOwner(desired.tags, desired.owner) ?? {});
        }
        const described = await settledSpace(client, desired, "updated");
        return spaceOutputs(desired, described, described.SpaceArn ? withoutOwnerTag(await listTags(client, described.SpaceArn, desired.subject)) : {});
    } catch (err) {
        if (err instanceof ProfileInitError) {
            throw err;
        }
        throw new ProfileInitError((err as Error).message, desired.id, actual, desired.inputs);
    }
}
