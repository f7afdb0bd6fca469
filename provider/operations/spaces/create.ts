// Creating a space: its domain's and owner's rules first, then (with adopt) taking over a space of
// that name unless another stack owns it, else CreateSpace with the owner tag, recovering an
// interrupted earlier create, and a wait until the new space is InService.
import type { CreateSpaceRequest } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { sagemakerClient } from "../../aws/client";
import { createSpace, describeSpace } from "../../aws/spaces";
import { listTags } from "../../aws/tags";
import { OWNER_TAG, tagsWithOwner, withoutOwnerTag } from "../../common/ownership";
import { adoptionOwnership } from "../ownership-check";
import { ProfileInitError } from "../profile-init-error";
import { convergeSpace } from "./converge";
import { asNamedSpace, spaceRequest, type DesiredSpace } from "./desired-space";
import { spaceOutputs } from "./outputs";
import { recoverInterruptedSpace } from "./recover";
import { settledSpace } from "./settle";
import { checkSpaceFits } from "./space-fit";

export async function createSpaceResource(
    desired: DesiredSpace,
    options = { adopt: desired.inputs.adopt === true || desired.inputs.adopt === "takeover" },
): Promise<pulumi.dynamic.CreateResult> {
    const client = sagemakerClient();
    if (options.adopt) {
        const existing = await describeSpace(client, desired.domainId, desired.spaceName);
        if (existing) {
            const adopted = asNamedSpace(desired, existing.SpaceName ?? desired.spaceName);
            const tags = existing.SpaceArn ? await listTags(client, existing.SpaceArn, adopted.subject) : {};
            const ownership = adoptionOwnership({ subject: adopted.subject, owner: adopted.owner, adopt: adopted.inputs.adopt }, tags[OWNER_TAG]);
            if (ownership.refused) {
                throw new Error(ownership.reason);
            }
            console.log(`${adopted.subject}: adopting the existing space${ownership.takesOverFromAnotherStack ? " from the stack that owned it" : ""}`);
            return { id: adopted.id, outs: await convergeSpace(client, existing, adopted) };
        }
    }
    await checkSpaceFits(client, desired, "CreateSpace");
    const tags = tagsWithOwner(desired.inputs.tags, desired.owner);
    const request: CreateSpaceRequest = {
        ...spaceRequest(desired),
        Tags: tags === undefined ? undefined : Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    };
    for (let attempt = 0; ; attempt++) {
        if ((await createSpace(client, request)) === "created") {
            break;
        }
        const recovered = attempt === 0 && desired.owner !== undefined ? await recoverInterruptedSpace(client, desired, desired.owner) : "foreign";
        if (recovered === "foreign") {
            throw new Error(
                `A space named ${desired.spaceName} already exists in domain ${desired.domainId} (names are compared without regard to case). ` +
                    `To manage it with this program, set adopt: true on the resource and run pulumi up again (pulumi import cannot import dynamic resources).`,
            );
        }
        if (recovered !== "create") {
            return recovered;
        }
    }
    // From here on the space exists: every failure carries its id so it is recorded, never orphaned.
    try {
        const described = await settledSpace(client, desired, "created");
        const outTags = described.SpaceArn ? withoutOwnerTag(await listTags(client, described.SpaceArn, desired.subject)) : {};
        return { id: desired.id, outs: spaceOutputs(desired, described, outTags) };
    } catch (err) {
        if (err instanceof ProfileInitError) {
            throw err;
        }
        throw new ProfileInitError((err as Error).message, desired.id, { ...desired.inputs, status: "Unknown" }, desired.inputs);
    }
}
