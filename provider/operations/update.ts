// Update: converge the profile on what the program now says. A profile whose creation failed
// cannot be updated: the documented remedy is to delete it and create it again.
import type * as pulumi from "@pulumi/pulumi";
import type { UserProfileOutputs } from "../../model/profile/profile-properties";
import { sagemakerClient } from "../aws/client";
import { describeProfile } from "../aws/profiles";
import { convergeProfile } from "./converge";
import { createProfile } from "./create";
import { deleteProfile } from "./delete";
import { programSetsOf, type DesiredProfile } from "./desired-profile";

export async function updateProfile(olds: UserProfileOutputs, desired: DesiredProfile): Promise<pulumi.dynamic.UpdateResult> {
    const client = sagemakerClient();
    const existing = await describeProfile(client, desired.domainId, desired.userProfileName);
    if (!existing) {
        throw new Error(`user profile ${desired.id} no longer exists; run pulumi refresh to drop it from state, then pulumi up to create it again`);
    }
    if (existing.Status === "Failed") {
        console.log(`user profile ${desired.id}: creation had failed (${existing.FailureReason ?? "no reason given"}); deleting and creating it again`);
        await deleteProfile(desired.id, { ...olds, deleteApps: false });
        const created = await createProfile(desired, { adopt: false });
        return { outs: created.outs };
    }
    const assignment = { identityCenterUserId: olds.identityCenterUserId, identityCenterAssignment: olds.identityCenterAssignment };
    return { outs: await convergeProfile(client, existing, desired, { programSets: programSetsOf(olds), assignment }) };
}
