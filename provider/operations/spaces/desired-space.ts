// What the program asks of a space, converted to the API's names once, at the start of an
// operation: every step after this works on the API-cased request members.
import type { CreateSpaceRequest, SharingType, SpaceSettings } from "@aws-sdk/client-sagemaker";
import { timeoutSeconds } from "../../../model/profile/profile-options";
import { toApiValue } from "../../../model/schema/names";
import { serverFilledMembers } from "../../../model/settings/setting-values";
import type { SpaceInputs } from "../../../model/space/space-properties";
import { spaceSubject } from "../../aws/spaces";
import { OWNER_PROPERTY } from "../../common/ownership";
import { parseResourceId, resourceId } from "../../common/resource-id";

export interface DesiredSpace {
    /** `domainId/spaceName`, the resource id. */
    readonly id: string;
    /** "space d-…/name", as messages name it. */
    readonly subject: string;
    readonly domainId: string;
    readonly spaceName: string;
    readonly ownerUserProfileName?: string;
    readonly sharingType?: SharingType;
    readonly spaceDisplayName?: string;
    /** The program's SpaceSettings in the API's names; undefined when the program sets none. */
    readonly settings?: SpaceSettings;
    /** The program's tags (without the owner tag). */
    readonly tags: Record<string, string>;
    /** This resource's owner token, for the owner tag. */
    readonly owner?: string;
    /** Members the service fills in that the program sets (API names). */
    readonly programSets: readonly string[];
    readonly timeouts: { readonly create: number; readonly update: number; readonly delete: number };
    /** The inputs as the program wrote them: the outputs echo their behaviour options. */
    readonly inputs: SpaceInputs;
}

/** The desired space; for an existing resource, `id` names the space (its name's letter case may differ). */
export function desiredSpace(inputs: SpaceInputs, id?: string): DesiredSpace {
    const { domainId, name: spaceName } = id === undefined ? { domainId: inputs.domainId, name: inputs.spaceName } : parseResourceId(id);
    const owner = (inputs as unknown as Record<string, unknown>)[OWNER_PROPERTY];
    const settings = inputs.spaceSettings === undefined ? undefined : (toApiValue("SpaceSettings", inputs.spaceSettings) as SpaceSettings);
    const serverFilled = serverFilledMembers("SpaceSettings");
    return {
        id: resourceId(domainId, spaceName),
        subject: spaceSubject(domainId, spaceName),
        domainId,
        spaceName,
        ...(inputs.ownershipSettings?.ownerUserProfileName !== undefined ? { ownerUserProfileName: inputs.ownershipSettings.ownerUserProfileName } : {}),
        ...(inputs.spaceSharingSettings?.sharingType !== undefined ? { sharingType: inputs.spaceSharingSettings.sharingType } : {}),
        ...(inputs.spaceDisplayName !== undefined ? { spaceDisplayName: inputs.spaceDisplayName } : {}),
        ...(settings !== undefined ? { settings } : {}),
        tags: inputs.tags ?? {},
        ...(typeof owner === "string" ? { owner } : {}),
        programSets: Object.keys(settings ?? {}).filter((member) => serverFilled.has(member)),
        timeouts: timeoutSeconds(inputs.timeouts),
        inputs,
    };
}

/** The same desire for the space as the service names it (a name may differ in letter case). */
export function asNamedSpace(desired: DesiredSpace, spaceName: string): DesiredSpace {
    return spaceName === desired.spaceName
        ? desired
        : { ...desired, spaceName, id: resourceId(desired.domainId, spaceName), subject: spaceSubject(desired.domainId, spaceName) };
}

/** The CreateSpace request of the space (without tags), as the rules and CreateSpace take it. */
export function spaceRequest(desired: DesiredSpace): CreateSpaceRequest {
    return {
        DomainId: desired.domainId,
        SpaceName: desired.spaceName,
        ...(desired.ownerUserProfileName !== undefined ? { OwnershipSettings: { OwnerUserProfileName: desired.ownerUserProfileName } } : {}),
        ...(desired.sharingType !== undefined ? { SpaceSharingSettings: { SharingType: desired.sharingType } } : {}),
        ...(desired.spaceDisplayName !== undefined ? { SpaceDisplayName: desired.spaceDisplayName } : {}),
        ...(desired.settings !== undefined ? { SpaceSettings: desired.settings } : {}),
    };
}
