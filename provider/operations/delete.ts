// Deleting a profile. A profile that now carries another resource's owner tag was handed over
// (adopt: "takeover") and is only forgotten here. What blocks the delete (apps, private spaces) is
// listed first and deleted with it when the resource's deleteApps, or else the stack's
// sagemaker:deleteApps, says so; otherwise the error says which config to set. Then
// DeleteUserProfile, a wait until the profile is gone, and the removal of an Identity Center
// assignment this resource made.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { DEFAULT_TIMEOUT_SECONDS, durationSeconds } from "../../model/profile/profile-options";
import type { UserProfileOutputs } from "../../model/profile/profile-properties";
import { sagemakerClient } from "../aws/client";
import { describeDomain } from "../aws/domains";
import { deleteUserProfile, describeProfile, waitUntilGone } from "../aws/profiles";
import { listTags } from "../aws/tags";
import { OWNER_PROPERTY, OWNER_TAG } from "../common/ownership";
import { parseProfileId } from "../common/profile-id";
import { providerSettings } from "../common/provider-config";
import { deleteAppsAndSpaces, listBlockers, type Blockers } from "./clear-blockers";
import { removeAssignment } from "./identity-center-assignment";

export async function deleteProfile(id: string, props: UserProfileOutputs): Promise<void> {
    const client = sagemakerClient();
    const { domainId, userProfileName } = parseProfileId(id);
    const timeout = durationSeconds(props.timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete);
    const deadline = Date.now() + timeout * 1000;

    if (await ownedElsewhere(client, id, props)) {
        console.warn(`warning: user profile ${id} now belongs to another stack or resource (its ${OWNER_TAG} tag changed); forgetting it here without deleting it`);
        return;
    }
    const blockers = await listBlockers(client, domainId, userProfileName, id);
    if (blockers.apps.length + blockers.spaces.length > 0) {
        const deleteApps = props.deleteApps ?? providerSettings().deleteApps ?? false;
        if (!deleteApps) {
            throw new Error(blockedMessage(id, blockers, props.deleteApps === false));
        }
        await deleteAppsAndSpaces(client, domainId, userProfileName, id, blockers, deadline);
    }
    await removeProfile(client, id, Math.max(1, Math.round((deadline - Date.now()) / 1000)), timeout);
    if (props.identityCenterAssignment === "made") {
        await removeAssignment(await describeDomain(client, domainId, id), props, id);
    }
}

/** Whether the profile carries another resource's owner token (state written before 0.2 records none of its own). */
async function ownedElsewhere(client: SageMakerClient, id: string, props: UserProfileOutputs): Promise<boolean> {
    const owner = (props as unknown as Record<string, unknown>)[OWNER_PROPERTY];
    if (typeof owner !== "string") {
        return false;
    }
    const { domainId, userProfileName } = parseProfileId(id);
    const existing = await describeProfile(client, domainId, userProfileName);
    if (!existing?.UserProfileArn) {
        return false;
    }
    const tag = (await listTags(client, existing.UserProfileArn, id))[OWNER_TAG];
    return tag !== undefined && tag !== owner;
}

function blockedMessage(id: string, blockers: Blockers, resourceSaysNo: boolean): string {
    const listed = [
        ...blockers.apps.map((a) => `app ${a.AppType}/${a.AppName}${a.SpaceName ? ` in space ${a.SpaceName}` : ""} (${a.Status})`),
        ...blockers.spaces.map((s) => `private space ${s.SpaceName}`),
    ].join(", ");
    const lost = blockers.spaces.length > 0 ? " (a private space's storage is lost with it)" : "";
    const how = resourceSaysNo
        ? "The resource sets deleteApps: false: set it to true (or remove it, so the stack's sagemaker:deleteApps decides), run pulumi up, and delete again"
        : "To delete them with the profile, run `pulumi config set sagemaker:deleteApps true` and run this command again";
    return `user profile ${id} cannot be deleted while it has ${listed}. ${how}${lost}; or delete them yourself.`;
}

/** DeleteUserProfile, then waits until the profile is gone; fails on Delete_Failed or at the deadline. */
async function removeProfile(client: SageMakerClient, id: string, remaining: number, timeout = remaining): Promise<void> {
    const { domainId, userProfileName } = parseProfileId(id);
    if ((await deleteUserProfile(client, domainId, userProfileName)) === "gone") {
        return;
    }
    await waitUntilDeleted(client, id, remaining, timeout);
}

/** Waits until a profile already being deleted is gone. */
export async function waitUntilDeleted(client: SageMakerClient, id: string, remaining: number, timeout = remaining): Promise<void> {
    const { domainId, userProfileName } = parseProfileId(id);
    const outcome = await waitUntilGone(client, domainId, userProfileName, remaining);
    if (outcome.state === "failed") {
        throw new Error(`user profile ${id} could not be deleted: ${outcome.reason}. Fix the cause and run pulumi destroy (or up) again.`);
    }
    if (outcome.state === "timeout") {
        throw new Error(`user profile ${id} was still ${outcome.value?.Status ?? "present"} after ${timeout}s; raise timeouts.delete or run again.`);
    }
}
