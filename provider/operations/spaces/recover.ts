// CreateSpace found a space of that name. When it carries this resource's owner tag, an earlier
// deployment was interrupted after creating it: take it over, or, when it cannot become what the
// program says (it is going away, failed, or has another owner, sharing type or app type, which
// cannot change), delete it and create again.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { describeSpace } from "../../aws/spaces";
import { listTags } from "../../aws/tags";
import { OWNER_TAG } from "../../common/ownership";
import { convergeSpace } from "./converge";
import { deleteSpaceResource, waitUntilSpaceDeleted } from "./delete";
import { asNamedSpace, type DesiredSpace } from "./desired-space";
import { identityDiffers } from "./identity";

export async function recoverInterruptedSpace(client: SageMakerClient, desired: DesiredSpace, owner: string): Promise<pulumi.dynamic.CreateResult | "foreign" | "create"> {
    const existing = await describeSpace(client, desired.domainId, desired.spaceName);
    if (!existing) {
        return "create";
    }
    const tags = existing.SpaceArn ? await listTags(client, existing.SpaceArn, desired.subject) : {};
    if (tags[OWNER_TAG] !== owner) {
        return "foreign";
    }
    const owned = asNamedSpace(desired, existing.SpaceName ?? desired.spaceName);
    if (existing.Status === "Deleting") {
        console.log(`${owned.subject}: an interrupted deployment was deleting it; creating it again once it is gone`);
        await waitUntilSpaceDeleted(client, owned, desired.timeouts.delete);
        return "create";
    }
    if (existing.Status === "Failed" || existing.Status === "Delete_Failed" || identityDiffers(existing, owned)) {
        console.log(`${owned.subject}: an interrupted deployment left it ${existing.Status}; deleting it and creating it again`);
        await deleteSpaceResource(owned.id, { ...desired.inputs, arn: existing.SpaceArn ?? "", status: existing.Status ?? "", deleteApps: false });
        return "create";
    }
    console.log(`${owned.subject}: this resource created it before (in a deployment that was interrupted); taking it over`);
    return { id: owned.id, outs: await convergeSpace(client, existing, owned) };
}
