import {
    assignmentsOf,
    createAssignment,
    deleteAssignment,
    requireAssignment,
    type AssignmentKey,
} from "../../backend/identity-center/assignments";
import type { IdentityCenterContext } from "../../backend/identity-center/context";
import type { PrincipalType } from "../../backend/identity-center/records";
import { validateSsoAdminRequest } from "../../validation/identity-center-validation";
import { requiredString, type Input, type Operation } from "../operation";
import { compact, timestamp } from "../output";
import { pageInCreationOrder } from "./paging";

type SsoAdminOperation = Operation<IdentityCenterContext>;

function assignmentKey(input: Input): AssignmentKey {
    return {
        applicationArn: requiredString(input, "ApplicationArn"),
        principalType: requiredString(input, "PrincipalType") as PrincipalType,
        principalId: requiredString(input, "PrincipalId"),
    };
}

function assignmentOutput(assignment: AssignmentKey) {
    return {
        ApplicationArn: assignment.applicationArn,
        PrincipalId: assignment.principalId,
        PrincipalType: assignment.principalType,
    };
}

/** The account's one instance, whatever the RegionScope; paged like every list, so a foreign NextToken is refused. */
export const ListInstances: SsoAdminOperation = {
    mutates: false,
    handle(input, context) {
        validateSsoAdminRequest("ListInstances", input);
        const { instance, state } = context;
        const page = pageInCreationOrder([{ seq: 0 }], input);
        return compact({
            Instances: page.items.map(() => ({
                InstanceArn: instance.instanceArn,
                IdentityStoreId: instance.identityStoreId,
                IdentityStoreArn: instance.identityStoreArn,
                OwnerAccountId: instance.ownerAccountId,
                CreatedDate: timestamp(state.createdAt),
                Status: "ACTIVE",
            })),
            NextToken: page.nextToken,
        });
    },
};

export const CreateApplicationAssignment: SsoAdminOperation = {
    mutates: true,
    handle(input, context) {
        validateSsoAdminRequest("CreateApplicationAssignment", input);
        createAssignment(context, assignmentKey(input));
        return {};
    },
};

export const DeleteApplicationAssignment: SsoAdminOperation = {
    mutates: true,
    handle(input, context) {
        validateSsoAdminRequest("DeleteApplicationAssignment", input);
        deleteAssignment(context, assignmentKey(input));
        return {};
    },
};

export const DescribeApplicationAssignment: SsoAdminOperation = {
    mutates: false,
    handle(input, context) {
        validateSsoAdminRequest("DescribeApplicationAssignment", input);
        return assignmentOutput(requireAssignment(context, assignmentKey(input)));
    },
};

export const ListApplicationAssignments: SsoAdminOperation = {
    mutates: false,
    handle(input, context) {
        validateSsoAdminRequest("ListApplicationAssignments", input);
        const page = pageInCreationOrder(assignmentsOf(context, requiredString(input, "ApplicationArn")), input);
        return compact({ ApplicationAssignments: page.items.map(assignmentOutput), NextToken: page.nextToken });
    },
};
