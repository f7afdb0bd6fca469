// The properties a UserProfile stores as its inputs: what the program says,
// in Pulumi's names, before conversion to the API's.
import type { UserSettings } from "../model/shapes";

export interface Timeouts {
    /** Seconds, or a duration such as "20m". Default 20 minutes. */
    create?: number | string;
    /** Default 20 minutes. */
    update?: number | string;
    /** Default 30 minutes (deleting apps first can take long). */
    delete?: number | string;
}

export interface UserProfileInputs {
    domainId: string;
    userProfileName: string;
    singleSignOnUserIdentifier?: string;
    singleSignOnUserValue?: string;
    tags?: Record<string, string>;
    userSettings?: UserSettings;
    adopt?: boolean;
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

/** The property of every dynamic resource that holds its serialized provider. */
export const PROVIDER_KEY = "__provider";

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

/** Properties whose change means a new profile (the API cannot change them). */
export const REPLACE_PROPERTIES = [
    "domainId",
    "userProfileName",
    "singleSignOnUserIdentifier",
    "singleSignOnUserValue",
] as const;

export const DEFAULT_TIMEOUT_SECONDS = { create: 20 * 60, update: 20 * 60, delete: 30 * 60 } as const;

/** The resource id: unique per region and account, readable in errors. */
export function profileId(domainId: string, userProfileName: string): string {
    return `${domainId}/${userProfileName}`;
}

export function parseProfileId(id: string): { domainId: string; userProfileName: string } {
    const slash = id.indexOf("/");
    return { domainId: id.slice(0, slash), userProfileName: id.slice(slash + 1) };
}
