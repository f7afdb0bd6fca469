import { identityStoreResourceNotFound, type IdentityStoreResourceType } from "../../protocol/identity-center-errors";
import { recordAt } from "../record-store";
import type { IdentityStoreContext } from "./context";

export type IdentityStoreResource = "user" | "group" | "membership";

const RESOURCE_TYPES: Record<IdentityStoreResource, IdentityStoreResourceType> = {
    user: "USER",
    group: "GROUP",
    membership: "GROUP_MEMBERSHIP",
};

/** `arn:aws:identitystore:::user/<id>`, as the identity store names its users, groups and memberships. */
export function identityStoreArn(resource: IdentityStoreResource, id: string): string {
    return `arn:aws:identitystore:::${resource}/${id}`;
}

/** Users, groups and memberships may be named by id or by ARN. */
function resourceIdOf(resource: IdentityStoreResource, idOrArn: string): string {
    const prefix = new RegExp(`^arn:aws[a-z-]*:identitystore:::${resource}/`);
    return idOrArn.replace(prefix, "");
}

/** The user, group or membership an id or ARN names; ResourceNotFoundException naming its type if there is none. */
export function requireResource<T>(records: Record<string, T>, resource: IdentityStoreResource, idOrArn: string): T {
    const record = recordAt(records, resourceIdOf(resource, idOrArn));
    if (!record) throw identityStoreResourceNotFound(RESOURCE_TYPES[resource], idOrArn);
    return record;
}

/** The identity store may be named by id or by ARN; any other store is not this account's. */
export function requireIdentityStore(context: IdentityStoreContext, idOrArn: string): void {
    const { identityStoreId, identityStoreArn: storeArn } = context.instance;
    if (idOrArn !== identityStoreId && idOrArn !== storeArn) throw identityStoreResourceNotFound("IDENTITY_STORE", idOrArn);
}
