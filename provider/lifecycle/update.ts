// `update`: converge the record on what the program now says (a record whose creation failed
// cannot be updated: it is deleted and created again), then the access part. A kind without a
// record updates its access only.
import type * as pulumi from "@pulumi/pulumi";
import { sagemakerClient } from "../../gateway/clients";
import { withAccess } from "./access";
import { createResource } from "./create";
import { deleteRecord } from "./delete";
import { desiredOf, programSetsOf } from "./desired";
import type { Inputs, Outputs, ResourceKind } from "./kind";
import { converge } from "./record/converge";

export async function update(kind: ResourceKind, id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.UpdateResult> {
    const client = sagemakerClient();
    const desired = desiredOf(kind, news, id);
    if (!kind.record) {
        return { outs: await withAccess(kind, client, desired, { ...news }, olds) };
    }
    const existing = await kind.record.calls.describe(client, desired.domainId, desired.name);
    if (!existing) {
        throw new Error(`${desired.subject} no longer exists; run pulumi refresh to drop it from state, then pulumi up to create it again`);
    }
    if (existing.Status === "Failed") {
        console.log(`${desired.subject}: creation had failed (${existing.FailureReason ?? "no reason given"}); deleting and creating it again`);
        await deleteRecord(kind, client, desired.id, { ...olds, deleteApps: false });
        return { outs: (await createResource(kind, client, desired, { adopt: false, before: olds })).outs };
    }
    return { outs: await converge(kind, client, existing, desired, { programSets: programSetsOf(olds), outputs: olds }) };
}
