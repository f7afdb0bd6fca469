// Refresh: the profile as the service has it becomes the outputs and the inputs, so the next
// preview shows drift and up corrects it; a profile gone out of band leaves state. The inputs are
// what a program would write to get that profile (no empty members, no values the service fills
// in by itself), so that refresh followed by preview never shows our own normalisation as drift.
import type * as pulumi from "@pulumi/pulumi";
import { INPUT_PROPERTIES, type UserProfileInputs, type UserProfileOutputs } from "../../model/profile/profile-properties";
import { toPulumiValue } from "../../model/schema/names";
import { settingsAsWritten } from "../../model/settings/setting-values";
import { sagemakerClient } from "../aws/client";
import { describeDomain } from "../aws/domains";
import { describeProfile } from "../aws/profiles";
import { listTags } from "../aws/tags";
import { OWNER_PROPERTY, recordedOwner, withoutOwnerTag } from "../common/ownership";
import { parseResourceId } from "../common/resource-id";
import { programSetsOf } from "./desired-profile";
import { refreshedAssignment } from "./identity-center-assignment";
import { profileOutputs } from "./outputs";

export async function readProfile(id: string, props: UserProfileOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = sagemakerClient();
    const { domainId, name: userProfileName } = parseResourceId(id);
    const described = await describeProfile(client, domainId, userProfileName);
    if (!described) {
        // Gone out of band: an empty id drops it from state.
        return { id: "" };
    }
    const tags = described.UserProfileArn ? withoutOwnerTag(await listTags(client, described.UserProfileArn, id)) : {};
    const bookkeeping = props as unknown as Record<string, unknown>;
    const owner = bookkeeping[OWNER_PROPERTY];
    const programSets = programSetsOf(props);
    const outs = {
        ...profileOutputs({ inputs: { ...props, domainId, userProfileName }, owner: typeof owner === "string" ? owner : undefined, programSets }, described, tags),
        ...(await refreshedAssignment(
            await domainOf(client, domainId, id),
            { identityCenterUserId: props.identityCenterUserId, identityCenterAssignment: props.identityCenterAssignment },
            id,
            props.assignIdentityCenterUser === false ? undefined : described.SingleSignOnUserValue,
        )),
    };
    const inputs: UserProfileInputs = { ...recordedOwner(outs), domainId: outs.domainId, userProfileName: outs.userProfileName };
    for (const key of INPUT_PROPERTIES) {
        if (outs[key] !== undefined && key !== "userSettings") {
            (inputs as unknown as Record<string, unknown>)[key] = outs[key];
        }
    }
    const written = described.UserSettings ? settingsAsWritten(described.UserSettings as Record<string, unknown>, programSets) : undefined;
    if (written !== undefined) {
        inputs.userSettings = toPulumiValue("UserSettings", written) as UserProfileInputs["userSettings"];
    }
    return { id, props: outs, inputs };
}

/** The domain, for the Identity Center assignment; a refresh of a profile whose domain is gone needs none. */
async function domainOf(client: ReturnType<typeof sagemakerClient>, domainId: string, id: string) {
    return describeDomain(client, domainId, id).catch(() => undefined);
}
