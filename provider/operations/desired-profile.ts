// What the program asks for, converted to the API's names once, at the start of an operation:
// every step after this works on the API-cased request members, never on Pulumi names.
import type { UserSettings } from "@aws-sdk/client-sagemaker";
import { toApiValue } from "../../model/schema/names";
import { SERVER_FILLED_MEMBERS } from "../../model/settings/setting-values";
import { timeoutSeconds } from "../../model/profile/profile-options";
import type { UserProfileInputs } from "../../model/profile/profile-properties";
import { OWNER_PROPERTY } from "../common/ownership";
import { parseResourceId, resourceId } from "../common/resource-id";
import { PROGRAM_SETS_KEY } from "../common/state-keys";

export interface DesiredProfile {
    /** `domainId/userProfileName`, the resource id. */
    readonly id: string;
    readonly domainId: string;
    readonly userProfileName: string;
    readonly singleSignOnUserIdentifier?: string;
    readonly singleSignOnUserValue?: string;
    /** The program's UserSettings in the API's names; undefined when the program sets none. */
    readonly settings?: UserSettings;
    /** The program's tags (without the owner tag). */
    readonly tags: Record<string, string>;
    /** This resource's owner token, for the owner tag. */
    readonly owner?: string;
    /** Members the service fills in that the program sets (API names). */
    readonly programSets: readonly string[];
    readonly timeouts: { readonly create: number; readonly update: number; readonly delete: number };
    /** The inputs as the program wrote them: the outputs echo their behaviour options. */
    readonly inputs: UserProfileInputs;
}

/** The desired profile; for an existing resource, `id` names the profile (its name's letter case may differ). */
export function desiredProfile(inputs: UserProfileInputs, id?: string): DesiredProfile {
    const { domainId, name: userProfileName } = id === undefined ? { domainId: inputs.domainId, name: inputs.userProfileName } : parseResourceId(id);
    const owner = (inputs as unknown as Record<string, unknown>)[OWNER_PROPERTY];
    const settings = inputs.userSettings === undefined ? undefined : (toApiValue("UserSettings", inputs.userSettings) as UserSettings);
    return {
        id: resourceId(domainId, userProfileName),
        domainId,
        userProfileName,
        ...(inputs.singleSignOnUserIdentifier !== undefined ? { singleSignOnUserIdentifier: inputs.singleSignOnUserIdentifier } : {}),
        ...(inputs.singleSignOnUserValue !== undefined ? { singleSignOnUserValue: inputs.singleSignOnUserValue } : {}),
        ...(settings !== undefined ? { settings } : {}),
        tags: inputs.tags ?? {},
        ...(typeof owner === "string" ? { owner } : {}),
        programSets: Object.keys(settings ?? {}).filter((member) => SERVER_FILLED_MEMBERS.has(member)),
        timeouts: timeoutSeconds(inputs.timeouts),
        inputs,
    };
}

/** The same desire for the profile as the service names it (a name may differ in letter case). */
export function asNamed(desired: DesiredProfile, userProfileName: string): DesiredProfile {
    return userProfileName === desired.userProfileName ? desired : { ...desired, userProfileName, id: resourceId(desired.domainId, userProfileName) };
}

/** The members the service fills in that the program set, as the outputs of the last deployment record them. */
export function programSetsOf(outputs: object): string[] {
    const recorded = (outputs as Record<string, unknown>)[PROGRAM_SETS_KEY];
    return Array.isArray(recorded) ? recorded.filter((m): m is string => typeof m === "string") : [];
}
