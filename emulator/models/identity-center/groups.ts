import type { IdentityStoreContext } from "./context";
import { createPrincipal, type NewPrincipal, type PrincipalKind } from "./principals";
import type { GroupRecord } from "./records";

/** The one documented unique attribute of a group is `displayName`. */
export const GROUP: PrincipalKind<GroupRecord> = {
    noun: "Group",
    resource: "group",
    type: "GROUP",
    records: (state) => state.groups,
    idOf: (group) => group.groupId,
    nameOf: (group) => group.displayName,
    nameTaken: (name) => `Duplicate GroupDisplayName: a group named ${name} already exists.`,
    uniqueAttributes: { displayName: (group) => [group.displayName] },
};

export function createGroup(context: IdentityStoreContext, input: NewPrincipal): GroupRecord {
    return createPrincipal(context, GROUP, input, (groupId, common) => ({ groupId, displayName: input.name, ...common }));
}
