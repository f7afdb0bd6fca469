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
    /** On delete, keep the profile (and its files) in SageMaker and only forget it; access this resource gave is still removed. */
    retainOnDelete?: boolean;
    /** SSO domains: assign the user to the domain's Identity Center application (default true). */
    assignIdentityCenterUser?: boolean;
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
    /** SSO domains: the Identity Center user id of singleSignOnUserValue. */
    identityCenterUserId?: string;
    /**
     * SSO domains: the user's assignment to the domain's application: "made" by this resource or in
     * place before and taken over (its delete removes it), "found" as earlier releases recorded one in
     * place before (left alone), or "missing" (the next up restores it).
     */
    identityCenterAssignment?: IdentityCenterAssignment;
}

type IdentityCenterAssignment = "made" | "found" | "missing";

/** Properties the service reports; the resource declares them so programs can read them. */
export const OUTPUT_PROPERTIES = ["arn", "status", "homeEfsFileSystemUid", "creationTime", "lastModifiedTime", "identityCenterUserId", "identityCenterAssignment"] as const;

export const INPUT_PROPERTIES: readonly (keyof UserProfileInputs)[] = [
    "domainId",
    "userProfileName",
    "singleSignOnUserIdentifier",
    "singleSignOnUserValue",
    "tags",
    "userSettings",
    "adopt",
    "deleteApps",
    "retainOnDelete",
    "assignIdentityCenterUser",
    "timeouts",
];
