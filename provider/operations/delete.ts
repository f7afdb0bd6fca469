// Deleting a profile. A profile that now carries another resource's owner tag was handed over
// (adopt: "takeover") and is only forgotten here. What blocks the delete (apps, private spaces) is
// listed first and deleted with it when the resource's deleteApps, or else the stack's
// sagemaker:deleteApps, says so; otherwise the error says which config to set. A shared space the
// profile owns is never deleted with it: the error names it. Then
// DeleteUserProfile, a wait until the profile is gone, and the removal of an Identity Center
// assignment this resource made.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { DEFAULT_TIMEOUT_SECONDS, durationSeconds } from "../../model/profile/profile-options";
import type { UserProfileOutputs } from "../../model/profile/profile-properties";
import { sagemakerClient } from "../aws/client";
import { describeDomain } from "../aws/domains";
import { deleteUserProfile, describeProfile, waitUntilGone } from "../aws/profiles";
import { parseResourceId } from "../common/resource-id";
import { providerSettings } from "../common/provider-config";
import { deleteAppsAndSpaces, listBlockers, type Blockers } from "./clear-blockers";
import { deleteAppsAdvice } from "./delete-apps";
import { removeAssignment } from "./identity-center-assignment";
import { forgettingWarning, ownedElsewhere } from "./owned-elsewhere";

export async function deleteProfile(id: string, props: UserProfileOutputs): Promise<void> {
    const client = sagemakerClient();
    const { domainId, name: userProfileName } = parseResourceId(id);
    const timeout = durationSeconds(props.timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete);
    const deadline = Date.now() + timeout * 1000;

    if (await ownedElsewhere(client, props, async () => (await describeProfile(client, domainId, userProfileName))?.UserProfileArn, `user profile ${id}`)) {
        console.warn(forgettingWarning(`user profile ${id}`));
        return;
    }
    const blockers = await listBlockers(client, domainId, userProfileName, id);
    if (blockers.sharedSpaces.length > 0) {
        throw new Error(sharedSpacesMessage(id, blockers));
    }
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

function blockedMessage(id: string, blockers: Blockers, resourceSaysNo: boolean): string {
    const listed = [
        ...blockers.apps.map((a) => `app ${a.AppType}/${a.AppName}${a.SpaceName ? ` in space ${a.SpaceName}` : ""} (${a.Status})`),
        ...blockers.spaces.map((s) => `private space ${s.SpaceName}`),
    ].join(", ");
    const lost = blockers.spaces.length > 0 ? " (a private space's storage is lost with it)" : "";
    return `user profile ${id} cannot be deleted while it has ${listed}. ${deleteAppsAdvice(resourceSaysNo, "the profile")}${lost}; or delete them yourself.`;
}

function sharedSpacesMessage(id: string, blockers: Blockers): string {
    const names = blockers.sharedSpaces.map((s) => s.SpaceName).join(", ");
    return (
        `user profile ${id} cannot be deleted while it owns shared space(s) ${names}: SageMaker refuses to delete a profile that owns a space, ` +
        `and deleteApps never deletes a shared space (its files belong to everyone who shares it). Delete the shared space(s) first ` +
        `(their storage is lost), or keep the profile.`
    );
}

/** DeleteUserProfile, then waits until the profile is gone; fails on Delete_Failed or at the deadline. */
async function removeProfile(client: SageMakerClient, id: string, remaining: number, timeout = remaining): Promise<void> {
    const { domainId, name: userProfileName } = parseResourceId(id);
    if ((await deleteUserProfile(client, domainId, userProfileName)) === "gone") {
        return;
    }
    await waitUntilDeleted(client, id, remaining, timeout);
}

/** Waits until a profile already being deleted is gone. */
export async function waitUntilDeleted(client: SageMakerClient, id: string, remaining: number, timeout = remaining): Promise<void> {
    const { domainId, name: userProfileName } = parseResourceId(id);
    const outcome = await waitUntilGone(client, domainId, userProfileName, remaining);
    if (outcome.state === "failed") {
        throw new Error(`user profile ${id} could not be deleted: ${outcome.reason}. Fix the cause and run pulumi destroy (or up) again.`);
    }
    if (outcome.state === "timeout") {
        throw new Error(`user profile ${id} was still ${outcome.value?.Status ?? "present"} after ${timeout}s; raise timeouts.delete or run again.`);
    }
}
