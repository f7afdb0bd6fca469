// A resource's access part: in a domain whose AuthMode is SSO, a profile alone does not let its
// user open Studio; the Identity Center user (or a group of users) must be assigned to the
// domain's application ("Access Denied" otherwise). The assignment is ensured after the
// resource's own writes, looked at again at refresh ("missing" makes the next up restore it), and
// removed with the resource when this resource made it or took it over (a user's, in place already
// when the resource first ensured it); "found" ones (a group's in place before) are left alone.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { describeDomain } from "../../gateway/domains";
import { applicationUserId, assignmentExists, createAssignment, deleteAssignment, type Assignment } from "../../gateway/identity-center";
import type { PropertyFailure } from "../../model/validation/failure-reasons";
import type { AccessPart, Desired, Inputs, Outputs, Principal, ResourceKind } from "./kind";
import { ResourceInitError } from "./init-error";
import { isUnknown } from "./unknowns";
import { warnOnce } from "./warnings";

/** What the outputs record of the assignment. */
interface AccessRecord {
    state?: string;
    principalId?: string;
}

function recordOf(access: AccessPart, outputs: Outputs): AccessRecord {
    const state = outputs[access.properties.state];
    const principalId = outputs[access.properties.principalId];
    return { ...(typeof state === "string" ? { state } : {}), ...(typeof principalId === "string" ? { principalId } : {}) };
}

/** The record as outputs: a user's id is recorded with the state; a group's id is an input, echoed already. */
function asOutputs(access: AccessPart, record: AccessRecord): Outputs {
    return {
        ...(access.principalType === "USER" && record.principalId !== undefined ? { [access.properties.principalId]: record.principalId } : {}),
        ...(record.state !== undefined ? { [access.properties.state]: record.state } : {}),
    };
}

function withoutRecord(access: AccessPart, outs: Outputs): Outputs {
    const { [access.properties.state]: _state, ...rest } = outs;
    if (access.principalType === "USER") delete rest[access.properties.principalId];
    return rest;
}

function unknownUserReason(userName: string): string {
    return `no user named ${JSON.stringify(userName)} exists in the domain's IAM Identity Center identity store; check the user name, or set assignIdentityCenterUser: false if users are assigned another way`;
}

/** A group's id is known; a user's is looked up by name (one ListUsers pass per store per run). */
function principalId(principal: Principal, applicationArn: string, subject: string): Promise<string | undefined> {
    return principal.type === "GROUP" ? Promise.resolve(principal.groupId) : applicationUserId(applicationArn, principal.userName, subject);
}

function assignmentOf(access: AccessPart, applicationArn: string, id: string): Assignment {
    return { applicationArn, principalType: access.principalType, principalId: id };
}

/** At preview: the user to assign exists in the domain's identity store. */
export async function checkAccess(access: AccessPart, domain: DescribeDomainResponse, desired: Desired): Promise<PropertyFailure[]> {
    const principal = access.principal(desired.inputs, domain);
    if (principal?.type !== "USER" || isUnknown(principal.userName) || !domain.SingleSignOnApplicationArn) {
        return [];
    }
    const id = await applicationUserId(domain.SingleSignOnApplicationArn, principal.userName, desired.subject);
    return id === undefined ? [{ path: [principal.property], reason: unknownUserReason(principal.userName) }] : [];
}

/**
 * Assignments a resource of this deployment took over (`<application>|<principal>`): the provider
 * process serves one deployment, whose deletes run after its creates, so a profile renamed to a new
 * resource (created first) keeps the access the old one's delete would otherwise remove.
 */
const takenOverThisDeployment = new Set<string>();
const assignmentKey = (applicationArn: string, id: string) => `${applicationArn}|${id}`;

/**
 * The assignment the inputs ask for, ensured; `before`: what the last deployment recorded. A user's
 * assignment in place already becomes this resource's ("made": removed with it; access follows
 * membership), except one an earlier release recorded as "found"; a group's stays "found".
 */
async function ensure(access: AccessPart, domain: DescribeDomainResponse, desired: Desired, before: AccessRecord): Promise<AccessRecord> {
    const principal = access.principal(desired.inputs, domain);
    const applicationArn = domain.SingleSignOnApplicationArn;
    if (principal === undefined || !applicationArn) {
        if (before.state === "made" && before.principalId !== undefined && applicationArn) {
            // No longer wanted (or no longer an SSO user): an assignment this resource made goes with it.
            await deleteAssignment(assignmentOf(access, applicationArn, before.principalId), desired.subject);
        }
        return {};
    }
    const id = await principalId(principal, applicationArn, desired.subject);
    if (id === undefined) {
        throw new Error(`${desired.subject}: ${unknownUserReason(principal.type === "USER" ? principal.userName : principal.groupName)}`);
    }
    const who = principal.type === "USER" ? `user ${principal.userName}` : `group ${principal.groupName}`;
    if (await assignmentExists(assignmentOf(access, applicationArn, id), desired.subject)) {
        if (before.principalId === id && (before.state === "made" || before.state === "found")) {
            return { principalId: id, state: before.state };
        }
        if (access.principalType === "GROUP") {
            // A group's assignment may open Studio for more than this team: one in place stays someone else's.
            return { principalId: id, state: "found" };
        }
        takenOverThisDeployment.add(assignmentKey(applicationArn, id));
        console.log(`${desired.subject}: the assignment of Identity Center ${who} to the domain's application, in place already, is this resource's from now on: removed when it goes (access follows membership)`);
        return { principalId: id, state: "made" };
    }
    await createAssignment(assignmentOf(access, applicationArn, id), desired.subject);
    console.log(`${desired.subject}: assigned Identity Center ${who} to the domain's application`);
    return { principalId: id, state: "made" };
}

/**
 * After the resource's own writes: the assignment, recorded in the outputs. A failure leaves the
 * resource recorded (never orphaned) with its assignment "missing", so the next up tries again.
 * `olds`: the last deployment's outputs.
 */
export async function withAccess(kind: ResourceKind, client: SageMakerClient, desired: Desired, outs: Outputs, olds: Outputs = {}): Promise<Outputs> {
    const access = kind.access;
    if (access === undefined) {
        return outs;
    }
    const before = recordOf(access, olds);
    try {
        const domain = await describeDomain(client, desired.domainId, desired.subject);
        const notice = access.unassignedNotice?.(desired.inputs, domain);
        if (notice !== undefined) warnOnce(`unassigned:${kind.type}`, notice);
        return { ...withoutRecord(access, outs), ...asOutputs(access, await ensure(access, domain, desired, before)) };
    } catch (err) {
        const failed = { ...withoutRecord(access, outs), ...asOutputs(access, { principalId: before.principalId, state: "missing" }) };
        throw new ResourceInitError(`${(err as Error).message}. ${desired.subject} exists; the next pulumi up assigns access again.`, desired.id, failed, desired.inputs);
    }
}

/**
 * At refresh: whether the assignment is still there (`outs`: the resource as just read, with the
 * last deployment's record). A resource an earlier release created has no record yet: its user's
 * assignment is looked up.
 */
export async function refreshedAccess(access: AccessPart, client: SageMakerClient, domainId: string, subject: string, outs: Outputs): Promise<Outputs> {
    const record = recordOf(access, outs);
    const domain = await describeDomain(client, domainId, subject).catch(() => undefined);
    const applicationArn = domain?.AuthMode === "SSO" ? domain.SingleSignOnApplicationArn : undefined;
    const principal = domain === undefined ? undefined : access.principal(outs, domain);
    if (!applicationArn || (principal === undefined && record.state === undefined)) {
        return asOutputs(access, record);
    }
    const id = principal === undefined ? record.principalId : principal.type === "GROUP" ? principal.groupId : (record.principalId ?? (await principalId(principal, applicationArn, subject)));
    if (id === undefined) {
        return asOutputs(access, record);
    }
    const there = await assignmentExists(assignmentOf(access, applicationArn, id), subject);
    return asOutputs(access, { principalId: id, state: there ? (record.state === "made" ? "made" : "found") : "missing" });
}

/** With the resource gone: the assignment this resource made goes too. */
export async function removeAccess(access: AccessPart, client: SageMakerClient, domainId: string, subject: string, props: Outputs): Promise<void> {
    const record = recordOf(access, props);
    if (record.state !== "made" || record.principalId === undefined) {
        return;
    }
    const domain = await describeDomain(client, domainId, subject);
    const applicationArn = domain.SingleSignOnApplicationArn;
    if (applicationArn && takenOverThisDeployment.has(assignmentKey(applicationArn, record.principalId))) {
        console.log(`${subject}: left the assignment of Identity Center ${access.principalOf(props) ?? record.principalId} to the domain's Studio application in place: a resource created in this deployment took it over`);
        return;
    }
    if (applicationArn) {
        await deleteAssignment(assignmentOf(access, applicationArn, record.principalId), subject);
        console.log(`${subject}: removed the assignment of Identity Center ${access.principalOf(props) ?? record.principalId} to the domain's Studio application (this stack made it)`);
    }
}

/** In the diff: an assignment refresh found missing is restored by an update. */
export function accessMissing(access: AccessPart, olds: Outputs, news: Inputs): boolean {
    return olds[access.properties.state] === "missing" && access.wanted(news);
}
