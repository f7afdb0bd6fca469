import { IDENTITYSTORE_MODEL, SSO_ADMIN_MODEL } from "../../model/identity-center-models";
import { isRecord } from "../../model/plain-object";
import { validateInput, type Violation } from "../../model/validation/shape-validator";
import { rejectViolations } from "./request-validation";

/** Checks an sso-admin request against its input shape, answering AWS's ValidationException text. */
export function validateSsoAdminRequest(operation: string, input: Record<string, unknown>): void {
    rejectViolations(validateInput(operation, input, { model: SSO_ADMIN_MODEL }));
}

export function validateIdentityStoreRequest(operation: string, input: Record<string, unknown>): void {
    rejectViolations(validateInput(operation, input, { model: IDENTITYSTORE_MODEL }));
}

/**
 * Members that the identity store's model leaves optional but that an Identity Center identity
 * store requires ("When used in IAM Identity Center, this parameter is required"); reported as
 * the service reports any missing member.
 */
export function requireIdentityCenterMembers(input: Record<string, unknown>, paths: readonly (readonly string[])[]): void {
    const missing = paths.filter((path) => {
        let value: unknown = input;
        for (const member of path) value = isRecord(value) ? value[member] : undefined;
        return value === undefined || value === null;
    });
    rejectViolations(
        missing.map((path): Violation => ({ path: [...path], value: null, kind: "required", constraint: "Member must not be null" })),
    );
}
