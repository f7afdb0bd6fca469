// Update: converge the space on what the program now says. A space whose creation failed cannot be
// updated: it is deleted and created again.
import type * as pulumi from "@pulumi/pulumi";
import type { SpaceOutputs } from "../../../model/space/space-properties";
import { sagemakerClient } from "../../aws/client";
import { describeSpace } from "../../aws/spaces";
import { programSetsOf } from "../desired-profile";
import { convergeSpace } from "./converge";
import { createSpaceResource } from "./create";
import { deleteSpaceResource } from "./delete";
import type { DesiredSpace } from "./desired-space";

export async function updateSpaceResource(olds: SpaceOutputs, desired: DesiredSpace): Promise<pulumi.dynamic.UpdateResult> {
    const client = sagemakerClient();
    const existing = await describeSpace(client, desired.domainId, desired.spaceName);
    if (!existing) {
        throw new Error(`${desired.subject} no longer exists; run pulumi refresh to drop it from state, then pulumi up to create it again`);
    }
    if (existing.Status === "Failed") {
        console.log(`${desired.subject}: creation had failed (${existing.FailureReason ?? "no reason given"}); deleting and creating it again`);
        await deleteSpaceResource(desired.id, { ...olds, deleteApps: false });
        return { outs: (await createSpaceResource(desired, { adopt: false })).outs };
    }
    return { outs: await convergeSpace(client, existing, desired, programSetsOf(olds)) };
}
