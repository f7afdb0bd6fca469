import type { AlternateIdentifier } from "../../backend/identity-center/alternate-identifiers";
import type { IdentityStoreContext } from "../../backend/identity-center/context";
import { createGroup, GROUP_REVISION, resolveGroup } from "../../backend/identity-center/groups";
import { identityStoreArn } from "../../backend/identity-center/identifiers";
import { createMembership, deleteMembership, membershipsOf } from "../../backend/identity-center/memberships";
import { requireIdentityCenterMembers } from "../../validation/identity-center-validation";
import { requiredString, type Operation } from "../operation";
import { compact } from "../output";
import { membershipOutput } from "./identity-store-output";
import { checkIdentityStoreRequest } from "./identity-store-request";
import { pageInCreationOrder } from "./paging";

type IdentityStoreOperation = Operation<IdentityStoreContext>;

export const CreateGroup: IdentityStoreOperation = {
    mutates: true,
    handle(input, context) {
        checkIdentityStoreRequest("CreateGroup", input, context);
        requireIdentityCenterMembers(input, [["DisplayName"]]);
                const group = createGroup(context, { displayName: requiredString(input, "DisplayName") });
        return {
            IdentityStoreId: context.instance.identityStoreId,
            GroupId: group.groupId,
            GroupArn: identityStoreArn("group", group.groupId),
            Revision: GROUP_REVISION,
        };
    },
};

export const GetGroupId: IdentityStoreOperation = {
    mutates: false,
    handle(input, context) {
        checkIdentityStoreRequest("GetGroupId", input, context);
                const group = resolveGroup(context, input.AlternateIdentifier as AlternateIdentifier);
        return { IdentityStoreId: context.instance.identityStoreId, GroupId: group.groupId, GroupArn: identityStoreArn("group", group.groupId) };
    },
};

export const CreateGroupMembership: IdentityStoreOperation = {
    mutates: true,
    handle(input, context) {
        checkIdentityStoreRequest("CreateGroupMembership", input, context);
                const memberId = input.MemberId as { UserId: string };
        const membership = createMembership(context, requiredString(input, "GroupId"), memberId.UserId);
        return {
            IdentityStoreId: context.instance.identityStoreId,
            MembershipId: membership.membershipId,
            MembershipArn: identityStoreArn("membership", membership.membershipId),
        };
    },
};

export const ListGroupMemberships: IdentityStoreOperation = {
    mutates: false,
    handle(input, context) {
        checkIdentityStoreRequest("ListGroupMemberships", input, context);
                const page = pageInCreationOrder(membershipsOf(context, requiredString(input, "GroupId")), input);
        return compact({
            GroupMemberships: page.items.map((membership) => membershipOutput(context, membership)),
            NextToken: page.nextToken,
        });
    },
};

export const DeleteGroupMembership: IdentityStoreOperation = {
    mutates: true,
    handle(input, context) {
        checkIdentityStoreRequest("DeleteGroupMembership", input, context);
                deleteMembership(context, requiredString(input, "MembershipId"));
        return {};
    },
};
