import { randomUUID } from "node:crypto";
import { identityStoreConflict } from "../../protocol/identity-center-errors";
import { inCreationOrder, nextSeq } from "../record-store";
import type { IdentityStoreContext } from "./context";
import { GROUP } from "./groups";
import { requireResource } from "./identifiers";
import { requirePrincipal } from "./principals";
import type { MembershipRecord } from "./records";
import { USER } from "./users";

export function findMembership(context: IdentityStoreContext, groupId: string, userId: string): MembershipRecord | undefined {
    return Object.values(context.state.memberships).find((membership) => membership.groupId === groupId && membership.userId === userId);
}

/** A user is a member of a group at most once. */
export function createMembership(context: IdentityStoreContext, groupIdOrArn: string, userIdOrArn: string): MembershipRecord {
    const group = requirePrincipal(context, GROUP, groupIdOrArn);
    const user = requirePrincipal(context, USER, userIdOrArn);
    const existing = findMembership(context, group.groupId, user.userId);
    if (existing) {
        throw identityStoreConflict(
            "UNIQUENESS_CONSTRAINT_VIOLATION",
            `User ${user.userId} is already a member of group ${group.groupId} (membership ${existing.membershipId}).`,
        );
    }
    const membership: MembershipRecord = {
        membershipId: randomUUID(),
        groupId: group.groupId,
        userId: user.userId,
        createdAt: context.now,
        seq: nextSeq(context.state),
    };
    context.state.memberships[membership.membershipId] = membership;
    return membership;
}

export function deleteMembership(context: IdentityStoreContext, membershipIdOrArn: string): void {
    const membership = requireResource(context.state.memberships, "membership", membershipIdOrArn);
    delete context.state.memberships[membership.membershipId];
}

/** The memberships of an existing group, in creation order. */
export function membershipsOf(context: IdentityStoreContext, groupIdOrArn: string): MembershipRecord[] {
    const group = requirePrincipal(context, GROUP, groupIdOrArn);
    return inCreationOrder(context.state.memberships).filter((membership) => membership.groupId === group.groupId);
}
