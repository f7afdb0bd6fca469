import {
    checkSpaceRules,
    checkUserProfileRules,
    type DomainFacts,
    type ProfileOperation,
    type SpaceOperation,
} from "../../model/validation/cross-field-rules";
import { formatAwsValidationMessage } from "../../model/validation/aws-message";
import { validateInput, type Violation } from "../../model/validation/shape-validator";
import type { DomainRecord, JsonObject, UserProfileRecord } from "../models/records";
import { validationError } from "../protocol/errors";

export function rejectViolations(violations: Violation[]): void {
    if (violations.length > 0) throw validationError(formatAwsValidationMessage(violations));
}

/**
 * Checks a request against the operation's input shape from the service model (required members,
 * lengths, ranges, patterns, enums, unknown members) and answers AWS's ValidationException text.
 */
export function validateRequest(operation: string, input: Record<string, unknown>): void {
    rejectViolations(validateInput(operation, input));
}

export interface UserProfileRuleCheck {
    operation: ProfileOperation;
    input: Record<string, unknown>;
    domain: DomainRecord;
    /** For an update: the profile's settings before it. */
    currentUserSettings?: JsonObject;
}

function settingsOf(domain: DomainRecord, member: "DefaultUserSettings" | "DefaultSpaceSettings"): JsonObject {
    const settings = domain.settings[member];
    return settings !== null && typeof settings === "object" ? (settings as JsonObject) : {};
}

function domainFacts(domain: DomainRecord): DomainFacts {
    return {
        authMode: domain.authMode,
        appNetworkAccessType: domain.appNetworkAccessType,
        defaultUserSettings: settingsOf(domain, "DefaultUserSettings"),
        defaultSpaceSettings: settingsOf(domain, "DefaultSpaceSettings"),
    };
}

/**
 * The cross-field rules that the service enforces (SSO fields, RStudio group, landing URI, EBS sizes, ...);
 * rules the service only "ignores" (severity warning) are not errors here.
 */
export function checkUserProfileRequestRules(check: UserProfileRuleCheck): void {
    rejectViolations(
        checkUserProfileRules(
            check.input,
            {
                operation: check.operation,
                domain: domainFacts(check.domain),
                ...(check.currentUserSettings !== undefined ? { currentUserSettings: check.currentUserSettings } : {}),
            },
            { warnings: false },
        ),
    );
}

export interface SpaceRuleCheck {
    operation: SpaceOperation;
    input: Record<string, unknown>;
    domain: DomainRecord;
    spaceArn: string;
    /** The profile that owns the space, when it has one. */
    owner?: UserProfileRecord;
    /** For an update: the space as DescribeSpace answers it before the update. */
    currentSpace?: Record<string, unknown>;
}

/** The space rules; the service answers the first broken one with its own sentence. */
export function checkSpaceRequestRules(check: SpaceRuleCheck): void {
    const [first] = checkSpaceRules(check.input, {
        operation: check.operation,
        domain: domainFacts(check.domain),
        spaceArn: check.spaceArn,
        ...(check.owner !== undefined
            ? { owner: { exists: true, status: check.owner.status, userSettings: check.owner.userSettings ?? {} } }
            : {}),
        ...(check.currentSpace !== undefined ? { currentSpace: check.currentSpace } : {}),
    });
    if (first) throw validationError(first.constraint);
}
