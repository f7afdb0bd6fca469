import { randomUUID } from "node:crypto";
import { identityStoreConflict } from "../../protocol/identity-center-errors";
import { resolveAlternateIdentifier, type AlternateIdentifier } from "./alternate-identifiers";
import { findByName, inCreationOrder, nextSeq, type IdentityStoreContext } from "./context";
import { requireResource } from "./identifiers";
import type { ExternalId, GroupRecord } from "./records";
import { rejectReservedName } from "./reserved-names";

/** Groups never change here: every group stays at its first revision. */
export const GROUP_REVISION = "1";

export interface NewGroup {
    displayName: string;
    externalIds?: ExternalId[];
}

export function findGroupByName(context: IdentityStoreContext, displayName: string): GroupRecord | undefined {
    return findByName(context.state.groups, (group) => group.displayName, displayName);
}

export function requireGroup(context: IdentityStoreContext, groupIdOrArn: string): GroupRecord {
    return requireResource(context.state.groups, "group", groupIdOrArn);
}

export function createGroup(context: IdentityStoreContext, input: NewGroup): GroupRecord {
    rejectReservedName("group", input.displayName);
    if (findGroupByName(context, input.displayName)) {
        throw identityStoreConflict(
            "UNIQUENESS_CONSTRAINT_VIOLATION",
            `Duplicate GroupDisplayName: a group named ${input.displayName} already exists.`,
        );
    }
    const group: GroupRecord = {
        groupId: randomUUID(),
        displayName: input.displayName,
        externalIds: input.externalIds ?? [],
        createdAt: context.now,
        seq: nextSeq(context),
    };
    context.state.groups[group.groupId] = group;
    return group;
}

/** GetGroupId: the one documented unique attribute of a group is `displayName`. */
export function resolveGroup(context: IdentityStoreContext, identifier: AlternateIdentifier): GroupRecord {
    return resolveAlternateIdentifier(
        inCreationOrder(context.state.groups),
        identifier,
        { displayName: (group) => [group.displayName] },
        "GROUP",
    );
}
