// `delete`: for a record, one that now carries another resource's owner tag was handed over
// (adopt: "takeover") and is only forgotten here, its access with it; one kept on delete is
// forgotten (its tags say so); otherwise what blocks it is cleared (or the error says how), then the
// delete call, the storage-loss callout where files go with it, and a wait until it is gone. Then
// the access part: an assignment this resource made (or took over) is removed.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { DEFAULT_TIMEOUT_SECONDS, durationSeconds } from "../../model/profile/profile-options";
import { sagemakerClient } from "../../gateway/clients";
import { parseResourceId } from "../../gateway/resource-id";
import { removeAccess } from "./access";
import { subjectFor } from "./desired";
import type { Outputs, ResourceKind } from "./kind";
import { clearBlockers } from "./record/blockers";
import { arnOf } from "./record/converge";
import { forgetKept, forgettingWarning, ownedElsewhere } from "./record/ownership";
import { waitUntilDeleted } from "./record/settle";
import { storageLossMessage } from "./storage-loss";

export async function deleteResource(kind: ResourceKind, id: string, props: Outputs): Promise<void> {
    const client = sagemakerClient();
    const { domainId, name } = parseResourceId(id);
    const subject = subjectFor(kind, domainId, name);
    if (kind.record && props.retainOnDelete === true) {
        if ((await forgetKept(client, props, () => currentArn(kind, client, domainId, name), subject)) === "elsewhere") {
            // Another stack's now, with the assignment it took over: nothing of it is this resource's to remove.
            console.warn(forgettingWarning(subject));
            return;
        }
        // Kept, with its owner tag: were it declared again, this resource would take it over.
        console.warn(`warning: ${subject}: forgotten, not deleted (retainOnDelete): it stays in SageMaker with its files`);
    } else if (kind.record && (await deleteRecord(kind, client, id, props)) === "forgotten") {
        return;
    }
    if (kind.access) {
        await removeAccess(kind.access, client, domainId, subject, props);
    }
}

/** The record's ARN as the service has it now; undefined when it is gone. */
async function currentArn(kind: ResourceKind, client: SageMakerClient, domainId: string, name: string): Promise<string | undefined> {
    const described = await kind.record!.calls.describe(client, domainId, name);
    return described === undefined ? undefined : arnOf(kind.record!, described);
}

/** The record part of a delete; "forgotten" when it belongs to another resource now. */
export async function deleteRecord(kind: ResourceKind, client: SageMakerClient, id: string, props: Outputs): Promise<"deleted" | "forgotten"> {
    const record = kind.record!;
    const { domainId, name } = parseResourceId(id);
    const subject = subjectFor(kind, domainId, name);
    const timeouts = props.timeouts as { delete?: number | string } | undefined;
    const timeout = durationSeconds(timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete);
    const deadline = Date.now() + timeout * 1000;
    if (await ownedElsewhere(client, props, () => currentArn(kind, client, domainId, name), subject)) {
        console.warn(forgettingWarning(subject));
        return "forgotten";
    }
    const blockers = await record.blockers(client, domainId, name, subject);
    const deleteApps = typeof props.deleteApps === "boolean" ? props.deleteApps : undefined;
    await clearBlockers(kind, client, { domainId, name, subject, deleteApps, deadline }, blockers);
    if ((await record.calls.delete(client, domainId, name)) === "gone") {
        return "deleted";
    }
    if (record.losesStorage) {
        console.warn(`warning: ${storageLossMessage(subject)}`);
    }
    await waitUntilDeleted(kind, client, domainId, name, Math.max(1, Math.round((deadline - Date.now()) / 1000)), timeout);
    return "deleted";
}
