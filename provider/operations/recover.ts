// CreateUserProfile found a profile of that name. When it carries this resource's owner tag, an
// earlier deployment was interrupted after creating it (the engine reports "interrupted while
// creating" and forgets it): take it over, or, when it cannot become what the program says (it is
// going away, failed, or has other SSO fields, which cannot change), delete it and create again.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { describeProfile } from "../aws/profiles";
import { listTags } from "../aws/tags";
import { OWNER_TAG } from "../common/ownership";
import { convergeProfile } from "./converge";
import { deleteProfile, waitUntilDeleted } from "./delete";
import { asNamed, type DesiredProfile } from "./desired-profile";

/** The adopted profile, "foreign" for a profile this resource did not create, or "create" to create again. */
export async function recoverInterrupted(client: SageMakerClient, desired: DesiredProfile, owner: string): Promise<pulumi.dynamic.CreateResult | "foreign" | "create"> {
    const existing = await describeProfile(client, desired.domainId, desired.userProfileName);
    if (!existing) {
        return "create";
    }
    const tags = existing.UserProfileArn ? await listTags(client, existing.UserProfileArn, desired.id) : {};
    if (tags[OWNER_TAG] !== owner) {
        return "foreign";
    }
    const owned = asNamed(desired, existing.UserProfileName ?? desired.userProfileName);
    const sameSso =
        (existing.SingleSignOnUserIdentifier ?? "") === (desired.singleSignOnUserIdentifier ?? "") &&
        (existing.SingleSignOnUserValue ?? "") === (desired.singleSignOnUserValue ?? "");
    if (existing.Status === "Deleting") {
        console.log(`user profile ${owned.id}: an interrupted deployment was deleting it; creating it again once it is gone`);
        await waitUntilDeleted(client, owned.id, desired.timeouts.delete);
        return "create";
    }
    if (existing.Status === "Failed" || existing.Status === "Delete_Failed" || !sameSso) {
        console.log(`user profile ${owned.id}: an interrupted deployment left it ${existing.Status}; deleting it and creating it again`);
        await deleteProfile(owned.id, { ...desired.inputs, arn: existing.UserProfileArn ?? "", status: existing.Status ?? "", deleteApps: false });
        return "create";
    }
    console.log(`user profile ${owned.id}: this resource created it before (in a deployment that was interrupted, or before its member left a group); taking it over`);
    return { id: owned.id, outs: await convergeProfile(client, existing, owned) };
}
