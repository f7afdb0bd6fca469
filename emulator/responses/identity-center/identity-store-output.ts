import type { IdentityStoreContext } from "../../models/identity-center/context";
import { identityStoreArn } from "../../models/identity-center/identifiers";
import type { MembershipRecord, UserRecord } from "../../models/identity-center/records";
import { PRINCIPAL_REVISION } from "../../models/identity-center/principals";
import type { JsonObject } from "../../models/records";
import { compact, timestamp } from "../output";

/**
 * A `User` as DescribeUser and ListUsers answer it: the attributes given at creation, and of the
 * `Extensions` only those the request names (the service leaves the others out).
 */
export function userOutput(context: IdentityStoreContext, user: UserRecord, requestedExtensions: unknown): JsonObject {
    const { Extensions: extensions, ...attributes } = user.attributes;
    const wanted = Array.isArray(requestedExtensions) ? requestedExtensions : [];
    const returned =
        extensions !== null && typeof extensions === "object"
            ? Object.fromEntries(Object.entries(extensions).filter(([name]) => wanted.includes(name)))
            : {};
    return compact({
        IdentityStoreId: context.instance.identityStoreId,
        UserId: user.userId,
        UserArn: identityStoreArn("user", user.userId),
        Revision: PRINCIPAL_REVISION,
        UserName: user.userName,
        ExternalIds: user.externalIds.length > 0 ? user.externalIds : undefined,
        ...attributes,
        UserStatus: "ENABLED",
        CreatedAt: timestamp(user.createdAt),
        UpdatedAt: timestamp(user.createdAt),
        Extensions: Object.keys(returned).length > 0 ? returned : undefined,
    });
}

export function membershipOutput(context: IdentityStoreContext, membership: MembershipRecord): JsonObject {
    return {
        IdentityStoreId: context.instance.identityStoreId,
        MembershipId: membership.membershipId,
        MembershipArn: identityStoreArn("membership", membership.membershipId),
        GroupId: membership.groupId,
        MemberId: { UserId: membership.userId },
        CreatedAt: timestamp(membership.createdAt),
        UpdatedAt: timestamp(membership.createdAt),
    };
}
