import { resourceNotFoundException } from "../../protocol/identity-center-errors";
import { inCreationOrder, nextSeq, recordAt } from "../record-store";
import type { IdentityCenterContext } from "./context";
import { GROUP } from "./groups";
import type { ApplicationAssignmentRecord, PrincipalType } from "./records";
import { USER } from "./users";

export interface AssignmentKey {
    applicationArn: string;
    principalType: PrincipalType;
    principalId: string;
}

function keyOf(assignment: AssignmentKey): string {
    return JSON.stringify([assignment.applicationArn, assignment.principalType, assignment.principalId]);
}

/** Applications belong to SageMaker's SSO domains; one that no domain has does not exist. */
function requireApplication(context: IdentityCenterContext, applicationArn: string): void {
    if (!context.applicationExists(applicationArn)) throw resourceNotFoundException(`Application ${applicationArn} does not exist.`);
}

const PRINCIPALS = { USER, GROUP };

function requireAssignee(context: IdentityCenterContext, principalType: PrincipalType, principalId: string): void {
    const kind = PRINCIPALS[principalType];
    if (!recordAt<unknown>(kind.records(context.state), principalId)) {
        throw resourceNotFoundException(`${kind.noun} ${principalId} does not exist in the identity store.`);
    }
}

/**
 * Granting access that is already granted succeeds and changes nothing: the model documents
 * ConflictException only for writes racing each other, not for a repeated grant.
 */
export function createAssignment(context: IdentityCenterContext, wanted: AssignmentKey): ApplicationAssignmentRecord {
    requireApplication(context, wanted.applicationArn);
    requireAssignee(context, wanted.principalType, wanted.principalId);
    const key = keyOf(wanted);
    const existing = recordAt(context.state.applicationAssignments, key);
    if (existing) return existing;
    const assignment: ApplicationAssignmentRecord = { ...wanted, seq: nextSeq(context.state) };
    context.state.applicationAssignments[key] = assignment;
    return assignment;
}

export function requireAssignment(context: IdentityCenterContext, wanted: AssignmentKey): ApplicationAssignmentRecord {
    requireApplication(context, wanted.applicationArn);
    const assignment = recordAt(context.state.applicationAssignments, keyOf(wanted));
    if (!assignment) {
        throw resourceNotFoundException(
            `No assignment of ${wanted.principalType} ${wanted.principalId} to application ${wanted.applicationArn}.`,
        );
    }
    return assignment;
}

export function deleteAssignment(context: IdentityCenterContext, wanted: AssignmentKey): void {
    requireAssignment(context, wanted);
    delete context.state.applicationAssignments[keyOf(wanted)];
}

/** The direct assignments to an existing application, in creation order. */
export function assignmentsOf(context: IdentityCenterContext, applicationArn: string): ApplicationAssignmentRecord[] {
    requireApplication(context, applicationArn);
    return inCreationOrder(context.state.applicationAssignments).filter((assignment) => assignment.applicationArn === applicationArn);
}
