// Creating a profile: the domain's rules first, then (with adopt) taking over a profile of that
// name unless another stack owns it, else CreateUserProfile with the owner tag, recovering an
// interrupted earlier create, and a wait until the new profile is InService.
import type { CreateUserProfileRequest } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { sagemakerClient } from "../aws/client";
import { createUserProfile, describeProfile } from "../aws/profiles";
import { listTags } from "../aws/tags";
import { OWNER_TAG, tagsWithOwner, withoutOwnerTag } from "../common/ownership";
import { convergeProfile } from "./converge";
import { asNamed, type DesiredProfile } from "./desired-profile";
import { checkAgainstDomain } from "./domain-check";
import { profileOutputs } from "./outputs";
import { assignedOrRetried } from "./identity-center-step";
import { adoptionOwnership, profileAdopter } from "./ownership-check";
import { ProfileInitError } from "./profile-init-error";
import { recoverInterrupted } from "./recover";
import { settledProfile } from "./settle";

export async function createProfile(desired: DesiredProfile, options = { adopt: desired.inputs.adopt === true || desired.inputs.adopt === "takeover" }): Promise<pulumi.dynamic.CreateResult> {
    const client = sagemakerClient();
    await checkAgainstDomain(client, desired);

    if (options.adopt) {
        const existing = await describeProfile(client, desired.domainId, desired.userProfileName);
        if (existing) {
            const adopted = asNamed(desired, existing.UserProfileName ?? desired.userProfileName);
            const tags = existing.UserProfileArn ? await listTags(client, existing.UserProfileArn, adopted.id) : {};
            const ownership = adoptionOwnership(profileAdopter(adopted), tags[OWNER_TAG]);
            if (ownership.refused) {
                throw new Error(ownership.reason);
            }
            console.log(`user profile ${adopted.id}: adopting the existing profile${ownership.takesOverFromAnotherStack ? " from the stack that owned it" : ""}`);
            return { id: adopted.id, outs: await convergeProfile(client, existing, adopted) };
        }
    }

    const tags = tagsWithOwner(desired.inputs.tags, desired.owner);
    const request: CreateUserProfileRequest = {
        DomainId: desired.domainId,
        UserProfileName: desired.userProfileName,
        SingleSignOnUserIdentifier: desired.singleSignOnUserIdentifier,
        SingleSignOnUserValue: desired.singleSignOnUserValue,
        Tags: tags === undefined ? undefined : Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        UserSettings: desired.settings,
    };
    for (let attempt = 0; ; attempt++) {
        if ((await createUserProfile(client, request)) === "created") {
            break;
        }
        const recovered = attempt === 0 && desired.owner !== undefined ? await recoverInterrupted(client, desired, desired.owner) : "foreign";
        if (recovered === "foreign") {
            throw new Error(
                `A user profile named ${desired.userProfileName} already exists in domain ${desired.domainId} ` +
                    `(names are compared without regard to case). To manage it with this program, set adopt: true on the ` +
                    `resource and run pulumi up again (pulumi import cannot import dynamic resources).`,
            );
        }
        if (recovered !== "create") {
            return recovered;
        }
    }
    // From here on the profile exists: every failure carries its id so it is recorded, never orphaned.
    try {
        const described = await settledProfile(client, desired, "created");
        const outTags = described.UserProfileArn ? withoutOwnerTag(await listTags(client, described.UserProfileArn, desired.id)) : {};
        const outs = profileOutputs(desired, described, outTags);
        return { id: desired.id, outs: { ...outs, ...(await assignedOrRetried(client, desired, outs, {})) } };
    } catch (err) {
        if (err instanceof ProfileInitError) {
            throw err;
        }
        throw new ProfileInitError((err as Error).message, desired.id, { ...desired.inputs, status: "Unknown" }, desired.inputs);
    }
}
