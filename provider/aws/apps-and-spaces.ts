// Apps and spaces, as far as deleting a profile needs them: listed through the SDK's paginators,
// deleted, and a space described until it is gone.
import {
    DeleteAppCommand,
    DeleteSpaceCommand,
    DescribeSpaceCommand,
    paginateListApps,
    paginateListSpaces,
    type AppDetails,
    type DescribeSpaceResponse,
    type ListAppsCommandInput,
    type SageMakerClient,
    type SpaceDetails,
} from "@aws-sdk/client-sagemaker";
import { describeFailure, errorName, isNotFound, withFailureContext } from "./errors";

const PAGE_SIZE = 100;

export async function listApps(
    client: SageMakerClient,
    domainId: string,
    filter: Pick<ListAppsCommandInput, "UserProfileNameEquals" | "SpaceNameEquals">,
    profile: string,
): Promise<AppDetails[]> {
    const apps: AppDetails[] = [];
    await withFailureContext("ListApps", profile, async () => {
        for await (const page of paginateListApps({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId, ...filter })) {
            apps.push(...(page.Apps ?? []));
        }
    });
    return apps;
}

export async function listSpaces(client: SageMakerClient, domainId: string, profile: string): Promise<SpaceDetails[]> {
    const spaces: SpaceDetails[] = [];
    await withFailureContext("ListSpaces", profile, async () => {
        for await (const page of paginateListSpaces({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId })) {
            spaces.push(...(page.Spaces ?? []));
        }
    });
    return spaces;
}

/** Deletes an app; one already gone or already being deleted is no error. */
export async function deleteApp(client: SageMakerClient, domainId: string, app: AppDetails, userProfileName: string, profile: string): Promise<void> {
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
            throw describeFailure("DeleteApp", profile, err);
        }
    }
}

/** Deletes a space; one already gone is no error. */
export async function deleteSpace(client: SageMakerClient, domainId: string, spaceName: string, profile: string): Promise<void> {
    try {
        await client.send(new DeleteSpaceCommand({ DomainId: domainId, SpaceName: spaceName }));
    } catch (err) {
        if (!isNotFound(err)) {
            throw describeFailure("DeleteSpace", profile, err);
        }
    }
}

/** The space, or undefined when it is gone. */
export async function describeSpace(client: SageMakerClient, domainId: string, spaceName: string, profile: string): Promise<DescribeSpaceResponse | undefined> {
    try {
        return await client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: spaceName }));
    } catch (err) {
        if (isNotFound(err)) {
            return undefined;
        }
        throw describeFailure("DescribeSpace", profile, err);
    }
}
