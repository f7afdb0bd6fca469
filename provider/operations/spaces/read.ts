// Refresh: the space as the service has it becomes the outputs and the inputs, so the next preview
// shows drift and up corrects it; a space gone out of band leaves state. The inputs are what a
// program would write to get that space (no empty members, no values the service fills in by
// itself unless the program set them).
import type * as pulumi from "@pulumi/pulumi";
import { toPulumiValue } from "../../../model/schema/names";
import { settingsAsWritten } from "../../../model/settings/setting-values";
import { SPACE_INPUT_PROPERTIES, type SpaceInputs, type SpaceOutputs } from "../../../model/space/space-properties";
import { sagemakerClient } from "../../aws/client";
import { describeSpace, spaceSubject } from "../../aws/spaces";
import { listTags } from "../../aws/tags";
import { OWNER_PROPERTY, recordedOwner, withoutOwnerTag } from "../../common/ownership";
import { parseResourceId } from "../../common/resource-id";
import { programSetsOf } from "../desired-profile";
import { spaceOutputs } from "./outputs";

export async function readSpace(id: string, props: SpaceOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = sagemakerClient();
    const { domainId, name: spaceName } = parseResourceId(id);
    const described = await describeSpace(client, domainId, spaceName);
    if (!described) {
        return { id: "" };
    }
    const tags = described.SpaceArn ? withoutOwnerTag(await listTags(client, described.SpaceArn, spaceSubject(domainId, spaceName))) : {};
    const owner = (props as unknown as Record<string, unknown>)[OWNER_PROPERTY];
    const programSets = programSetsOf(props);
    const outs = spaceOutputs({ inputs: { ...props, domainId, spaceName }, owner: typeof owner === "string" ? owner : undefined, programSets }, described, tags);
    const inputs: SpaceInputs = { ...recordedOwner(outs), domainId: outs.domainId, spaceName: outs.spaceName };
    for (const key of SPACE_INPUT_PROPERTIES) {
        if (outs[key] !== undefined && key !== "spaceSettings") {
            (inputs as unknown as Record<string, unknown>)[key] = outs[key];
        }
    }
    const written = described.SpaceSettings ? settingsAsWritten(described.SpaceSettings as Record<string, unknown>, programSets, "SpaceSettings") : undefined;
    if (written !== undefined) {
        inputs.spaceSettings = toPulumiValue("SpaceSettings", written) as SpaceInputs["spaceSettings"];
    }
    return { id, props: outs, inputs };
}
