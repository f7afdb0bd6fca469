import type { OperationName } from "../../model/generated/service-model";
import { checkUserProfileRules, type ProfileOperation } from "../../model/validation/cross-field-rules";
import { formatAwsValidationMessage } from "../../model/validation/aws-message";
import { validateInput, type Violation } from "../../model/validation/shape-validator";
import type { DomainRecord, JsonObject } from "../backend/records";
import { validationError } from "../protocol/errors";

export function rejectViolations(violations: Violation[]): void {
    if (violations.length > 0) throw validationError(formatAwsValidationMessage(violations));
}

/**
 * Checks a request against the operation's input shape from the service model (required members,
 * lengths, ranges, patterns, enums, unknown members) and answers AWS's ValidationException text.
 */
export function validateRequest(operation: OperationName, input: Record<string, unknown>): void {
    rejectViolations(validateInput(operation, input));
}

export interface UserProfileRuleCheck {
    operation: ProfileOperation;
    input: Record<string, unknown>;
    domain: DomainRecord;
    /** For an update: the profile's settings before it. */
    currentUserSettings?: JsonObject;
}

/**
 * The cross-field rules that the service enforces (SSO fields, RStudio group, landing URI, EBS sizes, ...);
 * rules the service only "ignores" (severity warning) are not errors here.
 */
export function checkUserProfileRequestRules(check: UserProfileRuleCheck): void {
    const defaultUserSettings = check.domain.settings.DefaultUserSettings;
    rejectViolations(
        checkUserProfileRules(
            check.input,
            {
                operation: check.operation,
                domain: {
                    authMode: check.domain.authMode,
                    appNetworkAccessType: check.domain.appNetworkAccessType,
                    defaultUserSettings:
                        defaultUserSettings !== null && typeof defaultUserSettings === "object"
                            ? (defaultUserSettings as JsonObject)
                            : {},
                },
                ...(check.currentUserSettings !== undefined ? { currentUserSettings: check.currentUserSettings } : {}),
            },
            { warnings: false },
        ),
    );
}
