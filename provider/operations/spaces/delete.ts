// Deleting a space. A space that now carries another resource's owner tag was handed over
// (adopt: "takeover") and is only forgotten here. Its apps block the delete: they are deleted
// first when the resource's deleteApps, or else the stack's sagemaker:deleteApps, says so;
// otherwise the error lists them and says which config to set. Then DeleteSpace, called out as
// the loss of the space's storage, and a wait until the space is gone.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { DEFAULT_TIMEOUT_SECONDS, durationSeconds } from "../../../model/profile/profile-options";
import type { SpaceOutputs } from "../../../model/space/space-properties";
import { listApps } from "../../aws/apps";
import { sagemakerClient } from "../../aws/client";
import { deleteSpace, describeSpace, spaceSubject, waitUntilSpaceGone } from "../../aws/spaces";
import { parseResourceId } from "../../common/resource-id";
import { providerSettings } from "../../common/provider-config";
import { spaceLossMessage } from "../../common/space-loss";
import { blocking, deleteAppsAdvice, deleteAppsUntilGone } from "../delete-apps";
import { forgettingWarning, ownedElsewhere } from "../owned-elsewhere";

export async function deleteSpaceResource(id: string, props: SpaceOutputs): Promise<void> {
    const client = sagemakerClient();
    const { domainId, name: spaceName } = parseResourceId(id);
    const subject = spaceSubject(domainId, spaceName);
    const timeout = durationSeconds(props.timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete);
    const deadline = Date.now() + timeout * 1000;
    const remaining = () => Math.max(1, Math.round((deadline - Date.now()) / 1000));

    if (await ownedElsewhere(client, props, async () => (await describeSpace(client, domainId, spaceName))?.SpaceArn, subject)) {
        console.warn(forgettingWarning(subject));
        return;
    }
    const spaceApps = async () => blocking(await listApps(client, domainId, { SpaceNameEquals: spaceName }, subject));
    const apps = await spaceApps();
    if (apps.length > 0) {
        if (!(props.deleteApps ?? providerSettings().deleteApps ?? false)) {
            const listed = apps.map((a) => `app ${a.AppType}/${a.AppName} (${a.Status})`).join(", ");
            throw new Error(`${subject} cannot be deleted while it has ${listed}. ${deleteAppsAdvice(props.deleteApps === false, "the space")}; or delete them yourself.`);
        }
        console.log(`${subject}: deleting ${apps.length} app(s) first`);
        await deleteAppsUntilGone(client, { label: `apps of ${subject}`, subject, domainId, blockingApps: spaceApps }, remaining());
    }
    if ((await deleteSpace(client, domainId, spaceName)) === "gone") {
        return;
    }
    console.warn(`warning: ${spaceLossMessage(domainId, spaceName)}`);
    await waitUntilSpaceDeleted(client, { subject, domainId, spaceName }, remaining(), timeout);
}

/** Waits until a space already being deleted is gone. */
export async function waitUntilSpaceDeleted(
    client: SageMakerClient,
    space: { subject: string; domainId: string; spaceName: string },
    remaining: number,
    timeout = remaining,
): Promise<void> {
    const outcome = await waitUntilSpaceGone(client, space.domainId, space.spaceName, remaining);
    if (outcome.state === "failed") {
        throw new Error(`${space.subject} could not be deleted: ${outcome.reason}. Fix the cause and run pulumi destroy (or up) again.`);
    }
    if (outcome.state === "timeout") {
        throw new Error(`${space.subject} was still ${outcome.value?.Status ?? "present"} after ${timeout}s; raise timeouts.delete or run again.`);
    }
}
