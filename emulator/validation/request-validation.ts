import { OPERATIONS, type OperationName } from "../../model/generated/service-model";
import { formatAwsValidationMessage, validateShape } from "../../model/validate";
import { validationError } from "../protocol/errors";

/**
 * Checks a request against the operation's input shape from the service model (required members,
 * lengths, ranges, patterns, enums, unknown members) and answers AWS's ValidationException text.
 */
export function validateRequest(operation: OperationName, input: Record<string, unknown>): void {
    const shape = OPERATIONS[operation].input;
    if (shape === null) return;
    const violations = validateShape(shape, input);
    if (violations.length > 0) throw validationError(formatAwsValidationMessage(violations));
}
