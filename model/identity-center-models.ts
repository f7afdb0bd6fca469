// The IAM Identity Center services' generated models, for validating their requests.

import * as identityStore from "./generated/identitystore-model";
import * as ssoAdmin from "./generated/sso-admin-model";
import type { ServiceModel } from "./shape-def";

/** Their messages print patterns as modeled, without anchors (as seen in awslabs/ssosync #280). */
const asModeled = (pattern: string) => pattern;

export const SSO_ADMIN_MODEL: ServiceModel = {
    shapes: ssoAdmin.SHAPES,
    operations: ssoAdmin.OPERATIONS,
    messagePattern: asModeled,
};

export const IDENTITYSTORE_MODEL: ServiceModel = {
    shapes: identityStore.SHAPES,
    operations: identityStore.OPERATIONS,
    messagePattern: asModeled,
};
