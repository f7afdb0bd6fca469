// Deleting a profile: what blocks it (apps, private spaces) is listed first and either deleted
// (deleteApps) or reported; then DeleteUserProfile and a wait until the profile is gone.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { DEFAULT_TIMEOUT_SECONDS, durationSeconds } from "../../model/profile/profile-options";
import type { UserProfileOutputs } from "../../model/profile/profile-properties";
import { sagemakerClient } from "../aws/client";
import { deleteUserProfile, waitUntilGone } from "../aws/profiles";
import { parseProfileId } from "../common/profile-id";
import { deleteAppsAndSpaces, listBlockers } from "./clear-blockers";

export async function deleteProfile(id: string, props: UserProfileOutputs): Promise<void> {
    const client = sagemakerClient();
    const { domainId, userProfileName } = parseProfileId(id);
    const timeout = durationSeconds(props.timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete);
    const deadline = Date.now() + timeout * 1000;

    const blockers = await listBlockers(client, domainId, userProfileName, id);
    if (blockers.apps.length + blockers.spaces.length > 0) {
        if (!props.deleteApps) {
            const listed = [
                ...blockers.apps.map((a) => `app ${a.AppType}/${a.AppName}${a.SpaceName ? ` in space ${a.SpaceName}` : ""} (${a.Status})`),
                ...blockers.spaces.map((s) => `private space ${s.SpaceName}`),
            ].join(", ");
            throw new Error(
                `user profile ${id} cannot be deleted while it has ${listed}. Set deleteApps: true on the resource ` +
                    `(and run pulumi up so state records it) to delete them first, or delete them yourself.`,
            );
        }
        await deleteAppsAndSpaces(client, domainId, userProfileName, id, blockers, deadline);
    }
    await removeProfile(client, id, Math.max(1, Math.round((deadline - Date.now()) / 1000)), timeout);
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
