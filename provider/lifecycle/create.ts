// `create`: for a record, the kind's rules with the service as it is now, then (with `adopt`) taking
// over a record of that name unless another stack owns it, else the create call with this
// resource's owner tag, recovering an interrupted earlier create, and a wait until the new record
// is InService; then the access part. A kind without a record only ensures its access.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { sagemakerClient } from "../../gateway/clients";
import { tagsWithOwner } from "../../gateway/ownership";
import { withAccess } from "./access";
import { desiredOf } from "./desired";
import type { Desired, Inputs, Outputs, ResourceKind } from "./kind";
import { recordedOnFailure } from "./init-error";
import { adoptExisting } from "./record/adoption";
import { programTags } from "./record/converge";
import { recordOutputs } from "./record/outputs";
import { asksToAdopt } from "./record/ownership";
import { recoverInterrupted } from "./record/recover";
import { settled } from "./record/settle";

export function create(kind: ResourceKind, inputs: Inputs): Promise<pulumi.dynamic.CreateResult> {
    return createResource(kind, sagemakerClient(), desiredOf(kind, inputs));
}

/** `before`: the outputs of a resource this one replaces in place (a failed record created again): its access record carries over. */
export async function createResource(kind: ResourceKind, client: SageMakerClient, desired: Desired, options = { adopt: asksToAdopt(desired), before: {} as Outputs }): Promise<pulumi.dynamic.CreateResult> {
    if (!kind.record) {
        return { id: desired.id, outs: await withAccess(kind, client, desired, { ...desired.inputs }, options.before) };
    }
    if (options.adopt) {
        const adopted = await adoptExisting(kind, client, desired);
        if (adopted !== undefined) {
            return adopted;
        }
    }
    await kind.record.rulesBeforeWrite?.(client, desired, "create");
    const tags = tagsWithOwner(desired.tags, desired.owner, desired.stack);
    const request = { ...desired.request, ...(tags === undefined ? {} : { Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }) };
    for (let attempt = 0; ; attempt++) {
        if ((await kind.record.calls.create(client, request)) === "created") {
            break;
        }
        const recovered = attempt === 0 ? await recoverInterrupted(kind, client, desired) : "foreign";
        if (recovered === "foreign") {
            throw new Error(
                `A ${kind.noun} named ${desired.name} already exists in domain ${desired.domainId} (names are compared without regard to case). ` +
                    `To manage it with this program, set adopt: true on the resource and run pulumi up again (pulumi import cannot import dynamic resources).`,
            );
        }
        if (recovered !== "create") {
            return recovered;
        }
    }
    // From here on the record exists: every failure carries its id so it is recorded, never orphaned.
    const outs = await recordedOnFailure(desired.id, () => ({ ...desired.inputs, status: "Unknown" }), desired.inputs, async () => {
        const described = await settled(kind, client, desired, "created");
        return recordOutputs(kind, desired, described, await programTags(client, kind.record!, described, desired.subject));
    });
    return { id: desired.id, outs: await withAccess(kind, client, desired, outs, options.before) };
}
