// In a domain whose AuthMode is SSO, a user profile alone does not let its user open Studio: the
// Identity Center user must be assigned to the domain's application ("Access Denied" otherwise).
// The profile's singleSignOnUserValue is resolved to the user's id in the identity store behind
// the domain's application, and a USER assignment ensured; a delete removes only an assignment
// this resource made. assignIdentityCenterUser: false turns all of it off.
import type { DescribeDomainResponse } from "@aws-sdk/client-sagemaker";
import type { IdentityCenterAssignment } from "../../model/profile/profile-properties";
import { assignmentExists, createAssignment, deleteAssignment, instanceOfApplication, userIdOf, type Assignment } from "../aws/identity-center";
import type { DesiredProfile } from "./desired-profile";

export interface AssignmentRecord {
    identityCenterUserId?: string;
    identityCenterAssignment?: IdentityCenterAssignment;
}

/** Whether the profile's user is to be assigned, and to which application. */
export function assignmentTarget(domain: DescribeDomainResponse, desired: Pick<DesiredProfile, "singleSignOnUserValue" | "inputs">): string | undefined {
    if (domain.AuthMode !== "SSO" || desired.singleSignOnUserValue === undefined || desired.inputs.assignIdentityCenterUser === false) {
        return undefined;
    }
    return domain.SingleSignOnApplicationArn;
}

/** The user's id in the identity store behind the application; an error that says what to check when there is no such user. */
export async function identityCenterUserId(applicationArn: string, userName: string, profile: string): Promise<string | undefined> {
    const instance = await instanceOfApplication(applicationArn, profile);
    return userIdOf(instance.identityStoreId, userName, profile);
}

export function unknownUserReason(userName: string): string {
    return `no user named ${JSON.stringify(userName)} exists in the domain's IAM Identity Center identity store; check the user name, or set assignIdentityCenterUser: false if users are assigned another way`;
}

/** Ensures the assignment; what the outputs record. `before`: what the last deployment recorded. */
export async function ensureAssignment(domain: DescribeDomainResponse, desired: DesiredProfile, before: AssignmentRecord): Promise<AssignmentRecord> {
    const applicationArn = assignmentTarget(domain, desired);
    if (applicationArn === undefined) {
        if (before.identityCenterAssignment === "made" && before.identityCenterUserId !== undefined && domain.SingleSignOnApplicationArn) {
            // Turned off (or no longer an SSO user): an assignment this resource made goes with it.
            await deleteAssignment(userAssignment(domain.SingleSignOnApplicationArn, before.identityCenterUserId), desired.id);
        }
        return {};
    }
    const userId = await identityCenterUserId(applicationArn, desired.singleSignOnUserValue!, desired.id);
    if (userId === undefined) {
        throw new Error(`user profile ${desired.id}: ${unknownUserReason(desired.singleSignOnUserValue!)}`);
    }
    const assignment = userAssignment(applicationArn, userId);
    if (await assignmentExists(assignment, desired.id)) {
        const made = before.identityCenterAssignment === "made" && before.identityCenterUserId === userId;
        return { identityCenterUserId: userId, identityCenterAssignment: made ? "made" : "found" };
    }
    await createAssignment(assignment, desired.id);
    console.log(`user profile ${desired.id}: assigned Identity Center user ${desired.singleSignOnUserValue} to the domain's application`);
    return { identityCenterUserId: userId, identityCenterAssignment: "made" };
}

/**
 * On refresh: whether the assignment is there ("missing" makes the next up restore it). A profile
 * an earlier release created has no record yet: its user's assignment is looked up (`userName`).
 */
export async function refreshedAssignment(domain: DescribeDomainResponse | undefined, record: AssignmentRecord, profile: string, userName?: string): Promise<AssignmentRecord> {
    const applicationArn = domain?.AuthMode === "SSO" ? domain.SingleSignOnApplicationArn : undefined;
    const userId = !applicationArn ? undefined : (record.identityCenterUserId ?? (userName === undefined ? undefined : await identityCenterUserId(applicationArn, userName, profile)));
    if (!applicationArn || userId === undefined) {
        return recorded(record);
    }
    const there = await assignmentExists(userAssignment(applicationArn, userId), profile);
    const state = record.identityCenterAssignment;
    return { identityCenterUserId: userId, identityCenterAssignment: there ? (state === "made" ? "made" : "found") : "missing" };
}

/** After the profile is gone: remove the assignment this resource made. */
export async function removeAssignment(domain: DescribeDomainResponse, record: AssignmentRecord, profile: string): Promise<void> {
    if (record.identityCenterAssignment === "made" && record.identityCenterUserId !== undefined && domain.SingleSignOnApplicationArn) {
        await deleteAssignment(userAssignment(domain.SingleSignOnApplicationArn, record.identityCenterUserId), profile);
    }
}

/** The record without absent members: outputs hold no undefined values. */
export function recorded(record: AssignmentRecord): AssignmentRecord {
    return {
        ...(record.identityCenterUserId !== undefined ? { identityCenterUserId: record.identityCenterUserId } : {}),
        ...(record.identityCenterAssignment !== undefined ? { identityCenterAssignment: record.identityCenterAssignment } : {}),
    };
}

function userAssignment(applicationArn: string, userId: string): Assignment {
    return { applicationArn, principalType: "USER", principalId: userId };
}
