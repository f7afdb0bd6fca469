// Refresh: the profile as the service has it becomes the outputs and the inputs, so the next
// preview shows drift and up corrects it; a profile gone out of band leaves state.
import type * as pulumi from "@pulumi/pulumi";
import { INPUT_PROPERTIES, type UserProfileInputs, type UserProfileOutputs } from "../../model/profile/profile-properties";
import { sagemakerClient } from "../aws/client";
import { describeProfile } from "../aws/profiles";
import { listTags } from "../aws/tags";
import { withoutOwnerTag } from "../common/ownership";
import { parseProfileId } from "../common/profile-id";
import { profileOutputs } from "./outputs";

export async function readProfile(id: string, props: UserProfileOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = sagemakerClient();
    const { domainId, userProfileName } = parseProfileId(id);
    const described = await describeProfile(client, domainId, userProfileName);
    if (!described) {
        // Gone out of band: an empty id drops it from state.
        return { id: "" };
    }
    const tags = described.UserProfileArn ? withoutOwnerTag(await listTags(client, described.UserProfileArn, id)) : {};
    const outs = profileOutputs({ ...props, domainId, userProfileName }, described, tags);
    const inputs: UserProfileInputs = { domainId: outs.domainId, userProfileName: outs.userProfileName };
    for (const key of INPUT_PROPERTIES) {
        if (outs[key] !== undefined) {
            (inputs as unknown as Record<string, unknown>)[key] = outs[key];
        }
    }
    return { id, props: outs, inputs };
}
