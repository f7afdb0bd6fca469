// The properties of a UserProfile resource: what the program says (inputs, in Pulumi's names,
// before conversion to the API's) and what the resource reports (outputs). Shared by the
// provider, StudioTeam and policy packs.
import type { UserSettings } from "../shapes";
import type { Timeouts } from "./profile-options";

/**
 * Taking over an existing profile of that name: `true` for one no other stack manages,
 * `"takeover"` also for one another stack manages (it moves here).
 */
export type Adopt = boolean | "takeover";

export interface UserProfileInputs {
    domainId: string;
    userProfileName: string;
    singleSignOnUserIdentifier?: string;
    singleSignOnUserValue?: string;
    tags?: Record<string, string>;
    userSettings?: UserSettings;
    adopt?: Adopt;
    deleteApps?: boolean;
    timeouts?: Timeouts;
}

/** The outputs: the inputs' behaviour options, and the profile as the service reports it. */
export interface UserProfileOutputs extends UserProfileInputs {
    arn: string;
    status: string;
    homeEfsFileSystemUid?: string;
    creationTime?: string;
    lastModifiedTime?: string;
    failureReason?: string;
}

/** Properties the service reports; the resource declares them so programs can read them. */
export const OUTPUT_PROPERTIES = ["arn", "status", "homeEfsFileSystemUid", "creationTime", "lastModifiedTime"] as const;

export const INPUT_PROPERTIES: readonly (keyof UserProfileInputs)[] = [
    "domainId",
    "userProfileName",
    "singleSignOnUserIdentifier",
    "singleSignOnUserValue",
    "tags",
    "userSettings",
    "adopt",
    "deleteApps",
    "timeouts",
];
