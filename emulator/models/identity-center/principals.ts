import { randomUUID } from "node:crypto";
import { identityStoreConflict } from "../../protocol/identity-center-errors";
import { inCreationOrder, nextSeq } from "../record-store";
import { resolveAlternateIdentifier, type AlternateIdentifier, type UniqueAttributes } from "./alternate-identifiers";
import type { IdentityStoreContext } from "./context";
import { requireResource } from "./identifiers";
import type { ExternalId, IdentityCenterState, PrincipalRecord, PrincipalType } from "./records";
import { rejectReservedName } from "./reserved-names";

/** Nothing updates users or groups here, so every one stays at its first revision. */
export const PRINCIPAL_REVISION = "1";

/**
 * What tells the identity store's users and groups apart; finding, creating and resolving them
 * is one path. `noun` is how the APIs name the kind (`CreateUser`, `GroupId`).
 */
export interface PrincipalKind<R extends PrincipalRecord> {
    noun: "User" | "Group";
    /** As an ARN names it, and the reserved-name message. */
    resource: "user" | "group";
    type: PrincipalType;
    records(state: IdentityCenterState): Record<string, R>;
    idOf(record: R): string;
    /** The name unique regardless of case: a user's UserName, a group's DisplayName. */
    nameOf(record: R): string;
    nameTaken(name: string): string;
    /** What GetUserId/GetGroupId may look a record up by. */
    uniqueAttributes: UniqueAttributes<R>;
}

export function principalsInOrder<R extends PrincipalRecord>(context: IdentityStoreContext, kind: PrincipalKind<R>): R[] {
    return inCreationOrder(kind.records(context.state));
}

export function findPrincipalByName<R extends PrincipalRecord>(context: IdentityStoreContext, kind: PrincipalKind<R>, name: string): R | undefined {
    const wanted = name.toLowerCase();
    return Object.values(kind.records(context.state)).find((record) => kind.nameOf(record).toLowerCase() === wanted);
}

/** By id or ARN; ResourceNotFoundException naming the kind if there is none. */
export function requirePrincipal<R extends PrincipalRecord>(context: IdentityStoreContext, kind: PrincipalKind<R>, idOrArn: string): R {
    return requireResource(kind.records(context.state), kind.resource, idOrArn);
}

export interface NewPrincipal {
    name: string;
    externalIds?: ExternalId[];
}

/** `make` adds the kind's own members to the new id and the members every principal has. */
export function createPrincipal<R extends PrincipalRecord>(
    context: IdentityStoreContext,
    kind: PrincipalKind<R>,
    input: NewPrincipal,
    make: (id: string, common: PrincipalRecord) => R,
): R {
    rejectReservedName(kind.resource, input.name);
    if (findPrincipalByName(context, kind, input.name)) {
        throw identityStoreConflict("UNIQUENESS_CONSTRAINT_VIOLATION", kind.nameTaken(input.name));
    }
    const record = make(randomUUID(), { externalIds: input.externalIds ?? [], createdAt: context.now, seq: nextSeq(context.state) });
    kind.records(context.state)[kind.idOf(record)] = record;
    return record;
}

/** GetUserId, GetGroupId: the record an external id or a unique attribute names. */
export function resolvePrincipal<R extends PrincipalRecord>(context: IdentityStoreContext, kind: PrincipalKind<R>, identifier: AlternateIdentifier): R {
    return resolveAlternateIdentifier(principalsInOrder(context, kind), identifier, kind.uniqueAttributes, kind.type);
}
