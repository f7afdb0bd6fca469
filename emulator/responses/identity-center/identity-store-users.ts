import type { AlternateIdentifier } from "../../backend/identity-center/alternate-identifiers";
import type { IdentityStoreContext } from "../../backend/identity-center/context";
import { identityStoreArn } from "../../backend/identity-center/identifiers";
import { createUser, deleteUser, requireUser, resolveUser, USER_REVISION, usersInOrder } from "../../backend/identity-center/users";
import { validationError } from "../../protocol/errors";
import { requireIdentityCenterMembers } from "../../validation/identity-center-validation";
import { optionalString, requiredString, type Input, type Operation } from "../operation";
import { compact } from "../output";
import { userOutput } from "./identity-store-output";
import { checkIdentityStoreRequest } from "./identity-store-request";
import { pageInCreationOrder } from "./paging";

type IdentityStoreOperation = Operation<IdentityStoreContext>;

export const CreateUser: IdentityStoreOperation = {
    mutates: true,
    handle(input, context) {
        checkIdentityStoreRequest("CreateUser", input, context);
        requireIdentityCenterMembers(input, [["UserName"], ["DisplayName"], ["Name", "GivenName"], ["Name", "FamilyName"]]);
                const { IdentityStoreId: _store, UserName: _name, ...attributes } = input;
        const user = createUser(context, { userName: requiredString(input, "UserName"), attributes });
        return {
            IdentityStoreId: context.instance.identityStoreId,
            UserId: user.userId,
            UserArn: identityStoreArn("user", user.userId),
            Revision: USER_REVISION,
        };
    },
};

export const DescribeUser: IdentityStoreOperation = {
    mutates: false,
    handle(input, context) {
        checkIdentityStoreRequest("DescribeUser", input, context);
                return userOutput(context, requireUser(context, requiredString(input, "UserId")), input.Extensions);
    },
};

/** `UserName` is the one attribute ListUsers filters on (its filters are deprecated in favour of GetUserId). */
function userNameFilter(input: Input): string | undefined {
    const [filter] = (input.Filters as { AttributePath: string; AttributeValue: string }[] | undefined) ?? [];
    if (!filter) return undefined;
    if (filter.AttributePath.toLowerCase() !== "username") {
        throw validationError(`Filtering users by ${filter.AttributePath} is not supported; filter by UserName.`);
    }
    return filter.AttributeValue.toLowerCase();
}

export const ListUsers: IdentityStoreOperation = {
    mutates: false,
    handle(input, context) {
        checkIdentityStoreRequest("ListUsers", input, context);
                const userName = userNameFilter(input);
        const matching = usersInOrder(context).filter((user) => userName === undefined || user.userName.toLowerCase() === userName);
        const page = pageInCreationOrder(matching, input);
        return compact({ Users: page.items.map((user) => userOutput(context, user, input.Extensions)), NextToken: page.nextToken });
    },
};

export const GetUserId: IdentityStoreOperation = {
    mutates: false,
    handle(input, context) {
        checkIdentityStoreRequest("GetUserId", input, context);
                const user = resolveUser(context, input.AlternateIdentifier as AlternateIdentifier);
        return { IdentityStoreId: context.instance.identityStoreId, UserId: user.userId, UserArn: identityStoreArn("user", user.userId) };
    },
};

export const DeleteUser: IdentityStoreOperation = {
    mutates: true,
    handle(input, context) {
        checkIdentityStoreRequest("DeleteUser", input, context);
                deleteUser(context, requiredString(input, "UserId"), optionalString(input, "Revision"));
        return {};
    },
};
