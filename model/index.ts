// The shared SageMaker user-profile model: generated shapes, validation, rules, names, types.
export { BOTOCORE_VERSION, OPERATIONS, SHAPES, type OperationName, type ShapeName } from "./generated/service-model";
export type { OperationDef, ShapeDef, ShapeType } from "./shape-def";
export { getShape, isShapeName, memberShape } from "./model";
export {
    validateShape, validateInput, formatAwsValidationMessage, formatAwsValue, toCheckFailures, codePointLength,
    type CheckFailure, type ValidateOptions, type Violation, type ViolationKind,
} from "./validate";
export {
    PULUMI_NAME_EXCEPTIONS, toApiName, toApiValue, toAwsMessageName, toAwsPath, toPulumiName, toPulumiPath, toPulumiValue,
    type PathOptions, type PathSegment,
} from "./names";
export { compilePattern, displayPattern, javaPatternToSource } from "./patterns";
export {
    USER_PROFILE_RULES, USER_PROFILE_RULES_BY_ID, checkUserProfileRules,
    type CheckRulesOptions, type DomainFacts, type ProfileOperation, type ProfileRule, type RuleContext,
} from "./rules";
export {
    SERVER_FILLED_MEMBERS, SET_LIKE_LISTS, canonicalize, canonicalizeUserSettings, isEmptySetting, isSetLikeList,
    type CanonicalizeOptions,
} from "./normalize";
export type * from "./shapes";
