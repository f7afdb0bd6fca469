import type { IdentityCenterContext } from "../../models/identity-center/context";
import { validateSsoAdminRequest } from "../../validation/identity-center-validation";
import type { ServiceOperations } from "../operation";
import { operationsIn } from "../registry";
import { GROUP_API } from "./identity-store-groups";
import * as memberships from "./identity-store-memberships";
import { checkIdentityStoreRequest } from "./identity-store-request";
import * as users from "./identity-store-users";
import { principalOperations } from "./principal-operations";
import * as ssoAdmin from "./sso-admin";

/** The implemented sso-admin operations (`X-Amz-Target: SWBExternalService.<name>`). */
export const SSO_ADMIN_OPERATIONS = operationsIn<IdentityCenterContext>([ssoAdmin]);

/** The implemented identity store operations (`X-Amz-Target: AWSIdentityStore.<name>`). */
export const IDENTITY_STORE_OPERATIONS = operationsIn<IdentityCenterContext>([
    principalOperations(users.USER_API),
    principalOperations(GROUP_API),
    users,
    memberships,
]);

export const SSO_ADMIN: ServiceOperations<IdentityCenterContext> = {
    operations: SSO_ADMIN_OPERATIONS,
    checkRequest: (operation, input) => validateSsoAdminRequest(operation, input),
};

export const IDENTITY_STORE: ServiceOperations<IdentityCenterContext> = {
    operations: IDENTITY_STORE_OPERATIONS,
    checkRequest: checkIdentityStoreRequest,
};
