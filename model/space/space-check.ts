// The one check of a space's inputs (Pulumi names), before any API call: its properties and
// behaviour options, its tags, the CreateSpace request it makes against the service model, and
// the space rules that need nothing but the inputs (a private space names its owner and has
// settings). The provider's `check` and StudioTeam judge spaces with it.
import { checkResource, requestFailures, type ResourceCheckOptions, type CheckedResource } from "../resource/resource-check";
import { toApiValue } from "../schema/names";
import { checkSpaceRules } from "../validation/cross-field-rules";
import type { PropertyFailure } from "../validation/failure-reasons";
import { SPACE_INPUT_PROPERTIES } from "./space-properties";

/** Inputs → CreateSpaceRequest members, with the shape each structure converts along. */
const API_MEMBERS: Readonly<Record<string, { member: string; shape?: string }>> = {
    domainId: { member: "DomainId" },
    spaceName: { member: "SpaceName" },
    spaceDisplayName: { member: "SpaceDisplayName" },
    ownershipSettings: { member: "OwnershipSettings", shape: "OwnershipSettings" },
    spaceSharingSettings: { member: "SpaceSharingSettings", shape: "SpaceSharingSettings" },
    spaceSettings: { member: "SpaceSettings", shape: "SpaceSettings" },
};

/** The CreateSpace request the inputs make (API names; tags aside). */
export function createSpaceRequest(inputs: Record<string, unknown>): Record<string, unknown> {
    const request: Record<string, unknown> = {};
    for (const [from, to] of Object.entries(API_MEMBERS)) {
        if (inputs[from] !== undefined) request[to.member] = to.shape ? toApiValue(to.shape, inputs[from]) : inputs[from];
    }
    return request;
}

const SPACE: CheckedResource = {
    name: "Space",
    inputProperties: SPACE_INPUT_PROPERTIES,
    flags: ["deleteApps", "retainOnDelete"],
    requestFailures(inputs, isUnknown, only) {
        return requestFailures(createSpaceRequest(inputs), "CreateSpaceRequest", isUnknown, (known) =>
            checkSpaceRules(known, {}, { warnings: false, ...(only !== undefined ? { only } : {}) }),
        );
    },
};

/** Every problem of the inputs; empty when the space can be created as written (its domain's and owner's rules aside). */
export function checkSpace(inputs: Record<string, unknown>, options: ResourceCheckOptions = {}): PropertyFailure[] {
    return checkResource(SPACE, inputs, options);
}
