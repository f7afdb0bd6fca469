import type { IdentityStoreContext } from "../../models/identity-center/context";
import { identityStoreArn } from "../../models/identity-center/identifiers";
import { createMembership, deleteMembership, membershipsOf } from "../../models/identity-center/memberships";
import { requiredString, type Operation } from "../operation";
import { compact } from "../output";
import { membershipOutput } from "./identity-store-output";
import { pageInCreationOrder } from "./paging";

type IdentityStoreOperation = Operation<IdentityStoreContext>;

export const CreateGroupMembership: IdentityStoreOperation = {
    mutates: true,
    handle(input, context) {
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
        deleteMembership(context, requiredString(input, "MembershipId"));
        return {};
    },
};
