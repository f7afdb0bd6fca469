/** Stored records; times are epoch milliseconds, settings are kept as the API-cased JSON the client sent. */

export type JsonObject = { [key: string]: unknown };

export interface Tag {
    Key: string;
    Value?: string;
}

/** Statuses shared by domains, user profiles and spaces. */
export type ResourceStatus =
    | "Pending"
    | "InService"
    | "Updating"
    | "Deleting"
    | "Failed"
    | "Update_Failed"
    | "Delete_Failed";

type AppStatus = "Pending" | "InService" | "Deleting" | "Deleted" | "Failed";

/** Where a record goes when its pending transition comes due; `Removed` deletes it. */
export type TransitionTarget = ResourceStatus | AppStatus | "Removed";

export interface Transition {
    at: number;
    to: TransitionTarget;
    failureReason?: string;
    /** What an update ending in `Update_Failed` restores: a profile's UserSettings, a space's snapshot (space-snapshot.ts). */
    restoreSettings?: JsonObject;
}

export interface LifecycleFields {
    status: string;
    failureReason?: string;
    creationTime: number;
    lastModifiedTime: number;
    /** Creation order, the tie-break of every sort. */
    seq: number;
    transition?: Transition;
    tags: Tag[];
}

export interface DomainRecord extends LifecycleFields {
    domainId: string;
    domainName: string;
    arn: string;
    authMode: string;
    appNetworkAccessType: string;
    homeEfsFileSystemId: string;
    url: string;
    /** CreateDomain members echoed by DescribeDomain (DefaultUserSettings, DomainSettings, VpcId, ...). */
    settings: JsonObject;
    nextHomeEfsUid: number;
    singleSignOnApplicationArn?: string;
    singleSignOnManagedApplicationInstanceId?: string;
}

export interface UserProfileRecord extends LifecycleFields {
    domainId: string;
    userProfileName: string;
    arn: string;
    homeEfsFileSystemUid: string;
    userSettings?: JsonObject;
    singleSignOnUserIdentifier?: string;
    singleSignOnUserValue?: string;
}

export interface SpaceRecord extends LifecycleFields {
    domainId: string;
    spaceName: string;
    arn: string;
    homeEfsFileSystemUid: string;
    url: string;
    ownerUserProfileName?: string;
    sharingType?: string;
    spaceDisplayName?: string;
    spaceSettings?: JsonObject;
}

export interface AppRecord extends LifecycleFields {
    domainId: string;
    userProfileName?: string;
    spaceName?: string;
    appType: string;
    appName: string;
    arn: string;
    resourceSpec?: JsonObject;
}

export const STATE_SCHEMA_VERSION = 1;

/** Everything one account holds in one region. Keys are lower-cased where the API compares names case-insensitively. */
export interface RegionState {
    schemaVersion: number;
    nextSeq: number;
    domains: Record<string, DomainRecord>;
    userProfiles: Record<string, UserProfileRecord>;
    spaces: Record<string, SpaceRecord>;
    apps: Record<string, AppRecord>;
}

export function emptyRegionState(): RegionState {
    return { schemaVersion: STATE_SCHEMA_VERSION, nextSeq: 1, domains: {}, userProfiles: {}, spaces: {}, apps: {} };
}
