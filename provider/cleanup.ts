// What blocks deleting a profile (its apps, its private spaces and their
// apps), and deleting them first when the program asks for it.
import {
    AppDetails,
    DeleteAppCommand,
    DeleteSpaceCommand,
    DescribeSpaceCommand,
    ListAppsCommand,
    ListSpacesCommand,
    SageMakerClient,
    SpaceDetails,
} from "@aws-sdk/client-sagemaker";
import { describeFailure, errorName, isNotFound } from "./errors";
import { waitFor } from "./waiter";

export interface Blockers {
    /** Apps of the profile and of its private spaces that still count. */
    apps: AppDetails[];
    /** Private spaces the profile owns. */
    spaces: SpaceDetails[];
}

/** Apps that are gone or failed do not block deletion (and cannot be deleted). */
const BLOCKING_APP_STATUS = new Set(["InService", "Pending", "Deleting"]);

async function listAll<T>(fetch: (token?: string) => Promise<{ items?: T[]; next?: string }>): Promise<T[]> {
    const out: T[] = [];
    let token: string | undefined;
    do {
        const page = await fetch(token);
        out.push(...(page.items ?? []));
        token = page.next;
    } while (token);
    return out;
}

async function appsOf(client: SageMakerClient, domainId: string, filter: { UserProfileNameEquals?: string; SpaceNameEquals?: string }, id: string) {
    const apps = await listAll(async (NextToken) => {
        try {
            const page = await client.send(new ListAppsCommand({ DomainIdEquals: domainId, MaxResults: 100, NextToken, ...filter }));
            return { items: page.Apps, next: page.NextToken };
        } catch (err) {
            throw describeFailure("ListApps", id, err);
        }
    });
    return apps.filter((a) => BLOCKING_APP_STATUS.has(a.Status ?? ""));
}

export async function listBlockers(client: SageMakerClient, domainId: string, userProfileName: string, id: string): Promise<Blockers> {
    const spaces = (
        await listAll(async (NextToken) => {
            try {
                const page = await client.send(new ListSpacesCommand({ DomainIdEquals: domainId, MaxResults: 100, NextToken }));
                return { items: page.Spaces, next: page.NextToken };
            } catch (err) {
                throw describeFailure("ListSpaces", id, err);
            }
        })
    ).filter(
        (s) =>
            s.OwnershipSettingsSummary?.OwnerUserProfileName?.toLowerCase() === userProfileName.toLowerCase() &&
            s.SpaceSharingSettingsSummary?.SharingType !== "Shared" &&
            s.Status !== "Deleting",
    );
    const apps = await appsOf(client, domainId, { UserProfileNameEquals: userProfileName }, id);
    for (const space of spaces) {
        apps.push(...(await appsOf(client, domainId, { SpaceNameEquals: space.SpaceName }, id)));
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
    // Only InService apps can be deleted; Pending ones are deleted once they are up.
    const deleteReadyApps = async (apps: AppDetails[]) => {
        for (const app of apps.filter((a) => a.Status === "InService")) {
            try {
                await client.send(
                    new DeleteAppCommand({
                        DomainId: domainId,
                        AppType: app.AppType,
                        AppName: app.AppName,
                        ...(app.SpaceName ? { SpaceName: app.SpaceName } : { UserProfileName: userProfileName }),
                    }),
                );
            } catch (err) {
                if (!isNotFound(err) && errorName(err) !== "ResourceInUse") {
                    throw describeFailure("DeleteApp", id, err);
                }
            }
        }
    };
    const appsSettled = await waitFor(
        client,
        {
            label: `apps of user profile ${id}`,
            describe: async () => {
                const { apps } = await listBlockers(client, domainId, userProfileName, id);
                await deleteReadyApps(apps);
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
        try {
            await client.send(new DeleteSpaceCommand({ DomainId: domainId, SpaceName: space.SpaceName }));
        } catch (err) {
            if (!isNotFound(err)) {
                throw describeFailure("DeleteSpace", id, err);
            }
        }
    }
    for (const space of blockers.spaces) {
        const gone = await waitFor(
            client,
            {
                label: `space ${space.SpaceName} of user profile ${id}`,
                describe: async () => {
                    try {
                        return await client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: space.SpaceName }));
                    } catch (err) {
                        if (isNotFound(err)) {
                            return undefined;
                        }
                        throw describeFailure("DescribeSpace", id, err);
                    }
                },
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
