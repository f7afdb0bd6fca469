import type { IdentityStoreContext } from "../../models/identity-center/context";
import { requirePrincipal, principalsInOrder } from "../../models/identity-center/principals";
import { createUser, deleteUser, USER } from "../../models/identity-center/users";
import type { UserRecord } from "../../models/identity-center/records";
import { validationError } from "../../protocol/errors";
import { optionalString, requiredString, type Input, type Operation } from "../operation";
import { compact } from "../output";
import { userOutput } from "./identity-store-output";
import { pageInCreationOrder } from "./paging";
import type { PrincipalApi } from "./principal-operations";

type IdentityStoreOperation = Operation<IdentityStoreContext>;

/** CreateUser keeps every attribute as sent. */
export const USER_API: PrincipalApi<UserRecord> = {
    kind: USER,
    requiredMembers: [["UserName"], ["DisplayName"], ["Name", "GivenName"], ["Name", "FamilyName"]],
    create(input, context) {
        const { IdentityStoreId: _store, UserName: _name, ...attributes } = input;
        return createUser(context, { name: requiredString(input, "UserName"), attributes });
    },
};

export const DescribeUser: IdentityStoreOperation = {
    mutates: false,
    handle: (input, context) => userOutput(context, requirePrincipal(context, USER, requiredString(input, "UserId")), input.Extensions),
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
        const userName = userNameFilter(input);
        const matching = principalsInOrder(context, USER).filter((user) => userName === undefined || user.userName.toLowerCase() === userName);
        const page = pageInCreationOrder(matching, input);
        return compact({ Users: page.items.map((user) => userOutput(context, user, input.Extensions)), NextToken: page.nextToken });
    },
};

export const DeleteUser: IdentityStoreOperation = {
    mutates: true,
    handle(input, context) {
        deleteUser(context, requiredString(input, "UserId"), optionalString(input, "Revision"));
        return {};
    },
};
