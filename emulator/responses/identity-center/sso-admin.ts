import {
    assignmentsOf,
    createAssignment,
    deleteAssignment,
    requireAssignment,
    type AssignmentKey,
} from "../../models/identity-center/assignments";
import type { IdentityCenterContext } from "../../models/identity-center/context";
import type { PrincipalType } from "../../models/identity-center/records";
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
        createAssignment(context, assignmentKey(input));
        return {};
    },
};

export const DeleteApplicationAssignment: SsoAdminOperation = {
    mutates: true,
    handle(input, context) {
        deleteAssignment(context, assignmentKey(input));
        return {};
    },
};

export const DescribeApplicationAssignment: SsoAdminOperation = {
    mutates: false,
    handle(input, context) {
        return assignmentOutput(requireAssignment(context, assignmentKey(input)));
    },
};

export const ListApplicationAssignments: SsoAdminOperation = {
    mutates: false,
    handle(input, context) {
        const page = pageInCreationOrder(assignmentsOf(context, requiredString(input, "ApplicationArn")), input);
        return compact({ ApplicationAssignments: page.items.map(assignmentOutput), NextToken: page.nextToken });
    },
};
