// Apps, as far as deleting a profile or a space needs them: listed through the SDK's paginator,
// and deleted.
import { DeleteAppCommand, paginateListApps, type AppDetails, type ListAppsCommandInput, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { describeFailure, errorName, isNotFound, withFailureContext } from "./errors";

const PAGE_SIZE = 100;

export async function listApps(
    client: SageMakerClient,
    domainId: string,
    filter: Pick<ListAppsCommandInput, "UserProfileNameEquals" | "SpaceNameEquals">,
    subject: string,
): Promise<AppDetails[]> {
    const apps: AppDetails[] = [];
    await withFailureContext("ListApps", subject, async () => {
        for await (const page of paginateListApps({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId, ...filter })) {
            apps.push(...(page.Apps ?? []));
        }
    });
    return apps;
}

/** Deletes an app of a space, or of a profile (Studio Classic); one already gone or already being deleted is no error. */
export async function deleteApp(client: SageMakerClient, domainId: string, app: AppDetails, userProfileName: string | undefined, subject: string): Promise<void> {
    try {
        await client.send(
            new DeleteAppCommand({
                DomainId: domainId,
                AppType: app.AppType,
                AppName: app.AppName,
                ...(app.SpaceName ? { SpaceName: app.SpaceName } : { UserProfileName: app.UserProfileName ?? userProfileName }),
            }),
        );
    } catch (err) {
        if (!isNotFound(err) && errorName(err) !== "ResourceInUse") {
            throw describeFailure("DeleteApp", subject, err);
        }
    }
}
