// What blocks deleting a profile (its apps, its private spaces and their apps), and deleting
// them first when the program (or the stack) asks for it: apps, then spaces, each waited for.
import type { AppDetails, SageMakerClient, SpaceDetails } from "@aws-sdk/client-sagemaker";
import { deleteApp, deleteSpace, describeSpace, listApps, listSpaces } from "../aws/apps-and-spaces";
import { waitFor } from "../aws/waiter";

export interface Blockers {
    /** Apps of the profile and of its private spaces that still count. */
    apps: AppDetails[];
    /** Private spaces the profile owns. */
    spaces: SpaceDetails[];
}

/** Apps that are gone or failed do not block deletion (and cannot be deleted). */
const BLOCKING_APP_STATUS = new Set(["InService", "Pending", "Deleting"]);

async function blockingApps(client: SageMakerClient, domainId: string, filter: { UserProfileNameEquals?: string; SpaceNameEquals?: string }, id: string) {
    return (await listApps(client, domainId, filter, id)).filter((a) => BLOCKING_APP_STATUS.has(a.Status ?? ""));
}

export async function listBlockers(client: SageMakerClient, domainId: string, userProfileName: string, id: string): Promise<Blockers> {
    const spaces = (await listSpaces(client, domainId, id)).filter(
        (s) =>
            s.OwnershipSettingsSummary?.OwnerUserProfileName?.toLowerCase() === userProfileName.toLowerCase() &&
            s.SpaceSharingSettingsSummary?.SharingType !== "Shared" &&
            s.Status !== "Deleting",
    );
    const apps = await blockingApps(client, domainId, { UserProfileNameEquals: userProfileName }, id);
    for (const space of spaces) {
        apps.push(...(await blockingApps(client, domainId, { SpaceNameEquals: space.SpaceName }, id)));
    }
    return { apps, spaces };
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
        console.warn(`warning: user profile ${id}: deleting private space ${space.SpaceName}: the files on its storage volume are lost`);
    }
    const appsSettled = await waitFor(
        client,
        {
            label: `apps of user profile ${id}`,
            describe: async () => {
                const { apps } = await listBlockers(client, domainId, userProfileName, id);
                // Only InService apps can be deleted; Pending ones are deleted once they are up.
                for (const app of apps.filter((a) => a.Status === "InService")) {
                    await deleteApp(client, domainId, app, userProfileName, id);
                }
                return apps;
            },
            judge: (apps) => (apps && apps.length > 0 ? { state: "pending" } : { state: "done" }),
            status: (apps) => `${apps?.length ?? 0} app(s) left`,
        },
        remaining(),
    );
    if (appsSettled.state !== "done") {
        throw new Error(`user profile ${id}: its apps were not deleted in time (${appsSettled.value?.length ?? 0} left); run again`);
    }
    for (const space of blockers.spaces) {
        await deleteSpace(client, domainId, space.SpaceName ?? "", id);
    }
    for (const space of blockers.spaces) {
        const gone = await waitFor(
            client,
            {
                label: `space ${space.SpaceName} of user profile ${id}`,
                describe: () => describeSpace(client, domainId, space.SpaceName ?? "", id),
                judge: (s) =>
                    s === undefined ? { state: "done" } : s.Status === "Delete_Failed" ? { state: "failed", reason: s.FailureReason } : { state: "pending" },
                status: (s) => s?.Status ?? "gone",
            },
            remaining(),
        );
        if (gone.state !== "done") {
            throw new Error(`user profile ${id}: space ${space.SpaceName} was not deleted (${gone.reason ?? "timed out"})`);
        }
    }
}
