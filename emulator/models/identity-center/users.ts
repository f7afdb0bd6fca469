import { identityStoreConflict } from "../../protocol/identity-center-errors";
import { removeWhere } from "../record-store";
import type { JsonObject } from "../records";
import type { IdentityStoreContext } from "./context";
import { createPrincipal, PRINCIPAL_REVISION, requirePrincipal, type NewPrincipal, type PrincipalKind } from "./principals";
import type { UserRecord } from "./records";

function emailsOf(user: UserRecord): string[] {
    const emails = user.attributes.Emails;
    if (!Array.isArray(emails)) return [];
    return emails.flatMap((email) => (typeof (email as JsonObject)?.Value === "string" ? [(email as JsonObject).Value as string] : []));
}

/** The documented unique attributes of a user are `userName` and `emails.value`. */
export const USER: PrincipalKind<UserRecord> = {
    noun: "User",
    resource: "user",
    type: "USER",
    records: (state) => state.users,
    idOf: (user) => user.userId,
    nameOf: (user) => user.userName,
    nameTaken: (name) => `Duplicate UserName: a user named ${name} already exists.`,
    uniqueAttributes: { userName: (user) => [user.userName], "emails.value": emailsOf },
};

export function createUser(context: IdentityStoreContext, input: NewPrincipal & { attributes: JsonObject }): UserRecord {
    return createPrincipal(context, USER, input, (userId, common) => ({ userId, userName: input.name, attributes: input.attributes, ...common }));
}

/** Deleting a user also ends its group memberships and its application assignments. */
export function deleteUser(context: IdentityStoreContext, userIdOrArn: string, expectedRevision?: string): void {
    const user = requirePrincipal(context, USER, userIdOrArn);
    if (expectedRevision !== undefined && expectedRevision !== PRINCIPAL_REVISION) {
        throw identityStoreConflict(
            "CONCURRENT_MODIFICATION",
            `User ${user.userId} is at revision ${PRINCIPAL_REVISION}, not ${expectedRevision}.`,
        );
    }
    const { memberships, applicationAssignments } = context.state;
    removeWhere(memberships, (membership) => membership.userId === user.userId);
    removeWhere(applicationAssignments, (assignment) => assignment.principalType === "USER" && assignment.principalId === user.userId);
    delete context.state.users[user.userId];
}
