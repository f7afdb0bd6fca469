/** Stored Identity Center records; times are epoch milliseconds, user attributes are kept as the API-cased JSON sent. */

import type { RecordState } from "../record-store";
import type { JsonObject } from "../records";

export interface ExternalId {
    Issuer: string;
    Id: string;
}

/** What users and groups have alike. */
export interface PrincipalRecord {
    externalIds: ExternalId[];
    createdAt: number;
    /** Creation order, the order of every list. */
    seq: number;
}

export interface UserRecord extends PrincipalRecord {
    userId: string;
    userName: string;
    /** CreateUser members echoed by DescribeUser and ListUsers (Name, DisplayName, Emails, ...). */
    attributes: JsonObject;
}

export interface GroupRecord extends PrincipalRecord {
    groupId: string;
    displayName: string;
}

export interface MembershipRecord {
    membershipId: string;
    groupId: string;
    userId: string;
    createdAt: number;
    seq: number;
}

export type PrincipalType = "USER" | "GROUP";

export interface ApplicationAssignmentRecord {
    applicationArn: string;
    principalType: PrincipalType;
    principalId: string;
    seq: number;
}

export const IDENTITY_CENTER_SCHEMA_VERSION = 1;

/** One account's Identity Center instance with its identity store. Keyed by id (assignments: see assignments.ts). */
export interface IdentityCenterState extends RecordState {
    /** When the instance came into being: the first time the account's Identity Center was used. */
    createdAt: number;
    users: Record<string, UserRecord>;
    groups: Record<string, GroupRecord>;
    memberships: Record<string, MembershipRecord>;
    applicationAssignments: Record<string, ApplicationAssignmentRecord>;
}

export function emptyIdentityCenterState(now: number): IdentityCenterState {
    return {
        schemaVersion: IDENTITY_CENTER_SCHEMA_VERSION,
        createdAt: now,
        nextSeq: 1,
        users: {},
        groups: {},
        memberships: {},
        applicationAssignments: {},
    };
}
