// The create call found a record of that name. When it carries this resource's owner tag, an
// earlier deployment created it and was interrupted before the engine recorded it (or kept it
// when its member left a team, and forgot it): take it over, or, when it cannot become what the
// program says (it is going away, failed, or differs in what cannot change), delete it and create
// it again.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { OWNER_TAG } from "../../../gateway/ownership";
import { deleteRecord } from "../delete";
import type { Desired, ResourceKind } from "../kind";
import { identityDifferences } from "../identity";
import { existingRecord } from "./adoption";
import { converge } from "./converge";
import { waitUntilDeleted } from "./settle";

/** The record taken over, "foreign" for one this resource did not create, or "create" to create it again. */
export async function recoverInterrupted(kind: ResourceKind, client: SageMakerClient, desired: Desired): Promise<pulumi.dynamic.CreateResult | "foreign" | "create"> {
    const found = await existingRecord(kind, client, desired);
    if (found === undefined) {
        return "create";
    }
    const { existing, adopted: owned, tags } = found;
    if (desired.owner === undefined || tags[OWNER_TAG] !== desired.owner) {
        return "foreign";
    }
    if (existing.Status === "Deleting") {
        console.log(`${owned.subject}: an interrupted deployment was deleting it; creating it again once it is gone`);
        await waitUntilDeleted(kind, client, owned.domainId, owned.name, desired.timeouts.delete);
        return "create";
    }
    if (existing.Status === "Failed" || existing.Status === "Delete_Failed" || identityDifferences(kind, existing, desired.inputs).length > 0) {
        console.log(`${owned.subject}: an interrupted deployment left it ${existing.Status}; deleting it and creating it again`);
        await deleteRecord(kind, client, owned.id, { ...desired.inputs, deleteApps: false });
        return "create";
    }
    console.log(`${owned.subject}: this resource created it before (in a deployment that was interrupted, or one that kept it when its member left); taking it over`);
    return { id: owned.id, outs: await converge(kind, client, existing, owned) };
}
