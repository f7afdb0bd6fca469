import * as assert from "node:assert/strict";
import { IdentitystoreClient } from "@aws-sdk/client-identitystore";
import { SSOAdminClient } from "@aws-sdk/client-sso-admin";
import { identityCenterInstance } from "../../../emulator";
import { OPERATIONS as IDENTITY_STORE_MODEL_OPERATIONS } from "../../../model/generated/identitystore-model";
import { OPERATIONS as SSO_ADMIN_MODEL_OPERATIONS } from "../../../model/generated/sso-admin-model";
import { ACCOUNT, expectAwsError } from "../helpers";

const credentials = { accessKeyId: "AKIDTESTLOCAL", secretAccessKey: "test-secret-key" };

/** The official clients, unmodified but for the endpoint; one attempt unless told, so that errors show at once. */
export function ssoAdminClient(emulator: { url: string }, region = "us-east-1", maxAttempts = 1): SSOAdminClient {
    return new SSOAdminClient({ endpoint: emulator.url, region, maxAttempts, credentials });
}

export function identityStoreClient(emulator: { url: string }, region = "us-east-1", maxAttempts = 1): IdentitystoreClient {
    return new IdentitystoreClient({ endpoint: emulator.url, region, maxAttempts, credentials });
}

/** The default account's instance, as the emulator derives it from the account id. */
export const INSTANCE = identityCenterInstance(ACCOUNT);
export const STORE = INSTANCE.identityStoreId;

type ModeledOperation = keyof typeof IDENTITY_STORE_MODEL_OPERATIONS | keyof typeof SSO_ADMIN_MODEL_OPERATIONS;

const MODELED_OPERATIONS: Record<ModeledOperation, { errors: readonly string[] }> = {
    ...IDENTITY_STORE_MODEL_OPERATIONS,
    ...SSO_ADMIN_MODEL_OPERATIONS,
};

/** Expects the error `name`, which must be one the operation's model lists; returns it with its extra members. */
export async function expectModeledError(
    operation: ModeledOperation,
    promise: Promise<unknown>,
    name: string,
): Promise<Error & Record<string, unknown>> {
    assert.ok(MODELED_OPERATIONS[operation].errors.includes(name), `${name} is not a modeled error of ${operation}`);
    return (await expectAwsError(promise, name)) as unknown as Error & Record<string, unknown>;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
