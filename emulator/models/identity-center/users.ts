import { randomUUID } from "node:crypto";
import { identityStoreConflict } from "../../protocol/identity-center-errors";
import type { JsonObject } from "../records";
import { resolveAlternateIdentifier, type AlternateIdentifier } from "./alternate-identifiers";
import { findByName, inCreationOrder, nextSeq, type IdentityStoreContext } from "./context";
import { requireResource } from "./identifiers";
import type { ExternalId, UserRecord } from "./records";
import { rejectReservedName } from "./reserved-names";

/** Users are never updated here, so every user stays at its first revision. */
export const USER_REVISION = "1";

export interface NewUser {
    userName: string;
    attributes: JsonObject;
    externalIds?: ExternalId[];
}

export function findUserByName(context: IdentityStoreContext, userName: string): UserRecord | undefined {
    return findByName(context.state.users, (user) => user.userName, userName);
}

export function requireUser(context: IdentityStoreContext, userIdOrArn: string): UserRecord {
    return requireResource(context.state.users, "user", userIdOrArn);
}

export function createUser(context: IdentityStoreContext, input: NewUser): UserRecord {
    rejectReservedName("user", input.userName);
    if (findUserByName(context, input.userName)) {
        throw identityStoreConflict("UNIQUENESS_CONSTRAINT_VIOLATION", `Duplicate UserName: a user named ${input.userName} already exists.`);
    }
    const user: UserRecord = {
        userId: randomUUID(),
        userName: input.userName,
        attributes: input.attributes,
        externalIds: input.externalIds ?? [],
        createdAt: context.now,
        seq: nextSeq(context),
    };
    context.state.users[user.userId] = user;
    return user;
}

/** Deleting a user also ends its group memberships and its application assignments. */
export function deleteUser(context: IdentityStoreContext, userIdOrArn: string, expectedRevision?: string): void {
    const user = requireUser(context, userIdOrArn);
    if (expectedRevision !== undefined && expectedRevision !== USER_REVISION) {
        throw identityStoreConflict(
            "CONCURRENT_MODIFICATION",
            `User ${user.userId} is at revision ${USER_REVISION}, not ${expectedRevision}.`,
        );
    }
    const { memberships, applicationAssignments } = context.state;
    for (const [key, membership] of Object.entries(memberships)) if (membership.userId === user.userId) delete memberships[key];
    for (const [key, assignment] of Object.entries(applicationAssignments)) {
        if (assignment.principalType === "USER" && assignment.principalId === user.userId) delete applicationAssignments[key];
    }
    delete context.state.users[user.userId];
}

export function usersInOrder(context: IdentityStoreContext): UserRecord[] {
    return inCreationOrder(context.state.users);
}

function emailsOf(user: UserRecord): string[] {
    const emails = user.attributes.Emails;
    if (!Array.isArray(emails)) return [];
    return emails.flatMap((email) => (typeof (email as JsonObject)?.Value === "string" ? [(email as JsonObject).Value as string] : []));
}

/** GetUserId: the documented unique attributes of a user are `userName` and `emails.value`. */
export function resolveUser(context: IdentityStoreContext, identifier: AlternateIdentifier): UserRecord {
    return resolveAlternateIdentifier(
        usersInOrder(context),
        identifier,
        { userName: (user) => [user.userName], "emails.value": emailsOf },
        "USER",
    );
}
