/** Stored records; times are epoch milliseconds, settings are kept as the API-cased JSON the client sent. */
import type { RecordState } from "./record-store";

export type JsonObject = { [key: string]: unknown };

export interface Tag {
    Key: string;
    Value?: string;
}

/** Statuses shared by domains, user profiles and spaces. */
type ResourceStatus =
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

interface Transition {
    at: number;
    to: TransitionTarget;
    failureReason?: string;
    /** What an update ending in `Update_Failed` restores: its kind's snapshot (a profile's UserSettings, a space's settings and name). */
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

/** What every SageMaker record has: the domain it is in (a domain's is its own id), its ARN and its lifecycle. */
export interface StudioRecord extends LifecycleFields {
    domainId: string;
    arn: string;
}

export interface DomainRecord extends StudioRecord {
    domainName: string;
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

export interface UserProfileRecord extends StudioRecord {
    userProfileName: string;
    homeEfsFileSystemUid: string;
    userSettings?: JsonObject;
    singleSignOnUserIdentifier?: string;
    singleSignOnUserValue?: string;
}

export interface SpaceRecord extends StudioRecord {
    spaceName: string;
    homeEfsFileSystemUid: string;
    url: string;
    ownerUserProfileName?: string;
    sharingType?: string;
    spaceDisplayName?: string;
    spaceSettings?: JsonObject;
}

/** An app belongs to one user profile or one space: exactly one of the two names is set. */
export interface AppRecord extends StudioRecord {
    userProfileName?: string;
    spaceName?: string;
    appType: string;
    appName: string;
    resourceSpec?: JsonObject;
}

export const STATE_SCHEMA_VERSION = 1;

/** Everything one account holds in one region: a collection per kind (see each kind's `key`). */
export interface RegionState extends RecordState {
    domains: Record<string, DomainRecord>;
    userProfiles: Record<string, UserProfileRecord>;
    spaces: Record<string, SpaceRecord>;
    apps: Record<string, AppRecord>;
}

export function emptyRegionState(): RegionState {
    return { schemaVersion: STATE_SCHEMA_VERSION, nextSeq: 1, domains: {}, userProfiles: {}, spaces: {}, apps: {} };
}
