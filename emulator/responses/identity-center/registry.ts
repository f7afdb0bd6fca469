import type { IdentityCenterContext } from "../../backend/identity-center/context";
import { operationsIn } from "../registry";
import * as groups from "./identity-store-groups";
import * as users from "./identity-store-users";
import * as ssoAdmin from "./sso-admin";

/** The implemented sso-admin operations (`X-Amz-Target: SWBExternalService.<name>`). */
export const SSO_ADMIN_OPERATIONS = operationsIn<IdentityCenterContext>([ssoAdmin]);

/** The implemented identity store operations (`X-Amz-Target: AWSIdentityStore.<name>`). */
export const IDENTITY_STORE_OPERATIONS = operationsIn<IdentityCenterContext>([users, groups]);
