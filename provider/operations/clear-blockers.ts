// What blocks deleting a profile, and deleting it first when the program (or the stack) asks for
// it: the profile's apps, the private spaces it owns and their apps (apps first, then the spaces,
// each waited for). A shared space that names the profile as its owner blocks the delete too (the
// service refuses a profile that owns any space), but it is never deleted here: its files belong
// to everyone who shares it, so the error names it instead.
import type { AppDetails, SageMakerClient, SpaceDetails } from "@aws-sdk/client-sagemaker";
import { listApps } from "../aws/apps";
import { deleteSpace, listSpaces, waitUntilSpaceGone } from "../aws/spaces";
import { spaceLossMessage } from "../common/space-loss";
import { blocking, deleteAppsUntilGone } from "./delete-apps";

export interface Blockers {
    /** Apps of the profile and of its private spaces that still count. */
    apps: AppDetails[];
    /** Private spaces the profile owns. */
    spaces: SpaceDetails[];
    /** Shared spaces that name the profile as their owner: deleteApps does not delete them. */
    sharedSpaces: SpaceDetails[];
}

async function blockingApps(client: SageMakerClient, domainId: string, filter: { UserProfileNameEquals?: string; SpaceNameEquals?: string }, id: string) {
    return blocking(await listApps(client, domainId, filter, id));
}

export async function listBlockers(client: SageMakerClient, domainId: string, userProfileName: string, id: string): Promise<Blockers> {
    const owned = (await listSpaces(client, domainId, id)).filter(
        (s) => s.OwnershipSettingsSummary?.OwnerUserProfileName?.toLowerCase() === userProfileName.toLowerCase() && s.Status !== "Deleting",
    );
    const spaces = owned.filter((s) => s.SpaceSharingSettingsSummary?.SharingType !== "Shared");
    const apps = await blockingApps(client, domainId, { UserProfileNameEquals: userProfileName }, id);
    for (const space of spaces) {
        apps.push(...(await blockingApps(client, domainId, { SpaceNameEquals: space.SpaceName }, id)));
    }
    return { apps, spaces, sharedSpaces: owned.filter((s) => s.SpaceSharingSettingsSummary?.SharingType === "Shared") };
}

export async function deleteAppsAndSpaces(
    client: SageMakerClient,
    domainId: string,
    userProfileName: string,
    id: string,
    blockers: Blockers,
    deadline: number,
): Promise<void> {
    const remaining = () => Math.max(1, Math.round((deadline - Date.now()) / 1000));
    console.log(`user profile ${id}: deleting ${blockers.apps.length} app(s) and ${blockers.spaces.length} private space(s) first`);
    for (const space of blockers.spaces) {
        console.warn(`warning: ${spaceLossMessage(domainId, space.SpaceName ?? "", `a private space of user profile ${id}, which is deleted`)}`);
    }
    await deleteAppsUntilGone(
        client,
        {
            label: `apps of user profile ${id}`,
            subject: id,
            domainId,
            userProfileName,
            blockingApps: async () => (await listBlockers(client, domainId, userProfileName, id)).apps,
        },
        remaining(),
    );
    for (const space of blockers.spaces) {
        await deleteSpace(client, domainId, space.SpaceName ?? "", id);
    }
    for (const space of blockers.spaces) {
        const gone = await waitUntilSpaceGone(client, domainId, space.SpaceName ?? "", remaining());
        if (gone.state !== "done") {
            throw new Error(`user profile ${id}: space ${space.SpaceName} was not deleted (${gone.reason ?? "timed out"})`);
        }
    }
}
