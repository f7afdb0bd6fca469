import { ServiceError } from "./errors";

/** The Identity Center services' modeled errors keep the "Exception" suffix that SageMaker's drop. */

/** The identity store's `ResourceNotFoundException.ResourceType` values that the emulator answers. */
export type IdentityStoreResourceType = "USER" | "GROUP" | "GROUP_MEMBERSHIP" | "IDENTITY_STORE";

export function resourceNotFoundException(message: string, fields: Record<string, string> = {}): ServiceError {
    return new ServiceError("ResourceNotFoundException", message, 400, fields);
}

/** The identity store names the missing resource in the error, as its model allows. */
export function identityStoreResourceNotFound(type: IdentityStoreResourceType, id?: string): ServiceError {
    const noun = { USER: "User", GROUP: "Group", GROUP_MEMBERSHIP: "GroupMembership", IDENTITY_STORE: "Identity store" }[type];
    return resourceNotFoundException(`${noun} not found.`, { ResourceType: type, ...(id !== undefined ? { ResourceId: id } : {}) });
}

/**
 * The identity store's two kinds of conflict: a uniqueness claim (user name, group name, membership)
 * already taken, or a resource no longer at the revision the caller expected.
 */
export function identityStoreConflict(
    reason: "UNIQUENESS_CONSTRAINT_VIOLATION" | "CONCURRENT_MODIFICATION",
    message: string,
): ServiceError {
    return new ServiceError("ConflictException", message, 400, { Reason: reason });
}
