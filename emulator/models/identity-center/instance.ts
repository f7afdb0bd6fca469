import { createHash, randomBytes } from "node:crypto";

/** The account's one Identity Center instance and its identity store. */
export interface IdentityCenterInstance {
    instanceArn: string;
    /** `ssoins-` and 16 hex digits, the instance part of its applications' ARNs. */
    instanceId: string;
    identityStoreId: string;
    identityStoreArn: string;
    ownerAccountId: string;
}

function hexDigest(text: string, length: number): string {
    return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/**
 * Derived from the account id alone, so the ids are the same after a restart, in every region,
 * and computable by tests: `arn:aws:sso:::instance/ssoins-<16 hex>` and `d-<10 hex>`.
 */
export function identityCenterInstance(accountId: string): IdentityCenterInstance {
    const instanceId = `ssoins-${hexDigest(`sso-instance/${accountId}`, 16)}`;
    const identityStoreId = `d-${hexDigest(`identity-store/${accountId}`, 10)}`;
    return {
        instanceArn: `arn:aws:sso:::instance/${instanceId}`,
        instanceId,
        identityStoreId,
        identityStoreArn: `arn:aws:identitystore::${accountId}:identitystore/${identityStoreId}`,
        ownerAccountId: accountId,
    };
}

export interface SsoApplication {
    singleSignOnApplicationArn: string;
    singleSignOnManagedApplicationInstanceId: string;
}

const randomHex = (length: number) => randomBytes(length / 2).toString("hex");

/** The Identity Center application that SageMaker creates for a domain in SSO mode, under the account's instance. */
export function newSsoApplication(accountId: string): SsoApplication {
    const { instanceId } = identityCenterInstance(accountId);
    return {
        singleSignOnApplicationArn: `arn:aws:sso::${accountId}:application/${instanceId}/apl-${randomHex(16)}`,
        singleSignOnManagedApplicationInstanceId: `ins-${randomHex(16)}`,
    };
}
