// What blocks deleting a profile or a space, read through the SDK's paginators: the apps that still
// count (InService, Pending, Deleting), a profile's private spaces and their apps, and the shared
// spaces that name the profile as their owner (the service refuses to delete a profile that owns
// any space). The provider's delete and the pull-request summary both ask this.
import { paginateListSpaces, type AppDetails, type SageMakerClient, type SpaceDetails } from "@aws-sdk/client-sagemaker";
import { listApps } from "./apps";
import { withFailureContext } from "./errors";

/** Apps that are gone or failed do not block deletion (and cannot be deleted). */
const BLOCKING_APP_STATUS = new Set(["InService", "Pending", "Deleting"]);

function blocking(apps: AppDetails[]): AppDetails[] {
    return apps.filter((a) => BLOCKING_APP_STATUS.has(a.Status ?? ""));
}

export interface Blockers {
    /** Apps of the resource (and of a profile's private spaces) that still count. */
    apps: AppDetails[];
    /** Private spaces a profile owns. */
    spaces: SpaceDetails[];
    /** Shared spaces that name a profile as their owner: never deleted with it. */
    sharedSpaces: SpaceDetails[];
}

/** What deleting it needs out of the way: a profile (`userProfileName`) or a space (`spaceName`). */
export type BlockedResource = { domainId: string; userProfileName: string } | { domainId: string; spaceName: string };

export async function listSpaces(client: SageMakerClient, domainId: string, subject: string): Promise<SpaceDetails[]> {
    const spaces: SpaceDetails[] = [];
    await withFailureContext("ListSpaces", subject, async () => {
        for await (const page of paginateListSpaces({ client, pageSize: 100 }, { DomainIdEquals: domainId })) {
            spaces.push(...(page.Spaces ?? []));
        }
    });
    return spaces;
}

export async function listBlockers(client: SageMakerClient, resource: BlockedResource, subject: string): Promise<Blockers> {
    if ("spaceName" in resource) {
        return { apps: blocking(await listApps(client, resource.domainId, { SpaceNameEquals: resource.spaceName }, subject)), spaces: [], sharedSpaces: [] };
    }
    const owner = resource.userProfileName.toLowerCase();
    const owned = (await listSpaces(client, resource.domainId, subject)).filter(
        (s) => s.OwnershipSettingsSummary?.OwnerUserProfileName?.toLowerCase() === owner && s.Status !== "Deleting",
    );
    const spaces = owned.filter((s) => s.SpaceSharingSettingsSummary?.SharingType !== "Shared");
    const apps = blocking(await listApps(client, resource.domainId, { UserProfileNameEquals: resource.userProfileName }, subject));
    for (const space of spaces) {
        apps.push(...blocking(await listApps(client, resource.domainId, { SpaceNameEquals: space.SpaceName }, subject)));
    }
    return { apps, spaces, sharedSpaces: owned.filter((s) => s.SpaceSharingSettingsSummary?.SharingType === "Shared") };
}
