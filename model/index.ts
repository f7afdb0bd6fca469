// The shared SageMaker user-profile model (the package's `pulumi-sagemaker-studio/model`):
// generated shapes, names, validation and its two message styles, the cross-field rules (of
// profiles and of spaces), how settings compare, and the one check of a profile and of a space. See model/README.md for the map.
export { BOTOCORE_VERSION, OPERATIONS, SHAPES, type OperationName, type ShapeName } from "./generated/service-model";
export type { OperationDef, ShapeDef, ShapeType } from "./shape-def";
export { getShape, isShapeName, memberShape } from "./schema/shape-lookup";
export { MAX_TAGS } from "./schema/limits";
export {
    PULUMI_NAME_EXCEPTIONS, formatPath, toApiName, toApiValue, toAwsMessageName, toAwsPath, toPulumiName, toPulumiPath,
    toPulumiSegments, toPulumiValue, type PathOptions, type PathSegment,
} from "./schema/names";
export { compilePattern, displayPattern, javaPatternToSource } from "./schema/patterns";
export { validateShape, validateInput, codePointLength, type ValidateOptions, type Violation, type ViolationKind } from "./validation/shape-validator";
export { formatAwsValidationMessage, formatAwsValue } from "./validation/aws-message";
export { describeViolation, violationReason, type PropertyFailure } from "./validation/failure-reasons";
export {
    SPACE_RULES, SPACE_RULES_BY_ID, USER_PROFILE_RULES, USER_PROFILE_RULES_BY_ID, checkSpaceRules, checkUserProfileRules,
    type CheckRulesOptions, type CrossFieldRule, type DomainFacts, type OwnerProfileFacts, type ProfileOperation, type ProfileRule,
    type RuleContext, type SpaceOperation, type SpaceRule, type SpaceRuleContext,
} from "./validation/cross-field-rules";
export { SERVER_FILLED_MEMBERS, SET_LIKE_LISTS, isEmptySetting, isSetLikeList } from "./settings/setting-values";
export { planSettings, type SettingChange, type SettingsPlan } from "./settings/settings-plan";
export { checkProfile, type ProfileCheckOptions } from "./profile/profile-check";
export { DEFAULT_TIMEOUT_SECONDS, durationSeconds, parseDuration, type Timeouts } from "./profile/profile-options";
export { INPUT_PROPERTIES, OUTPUT_PROPERTIES, type UserProfileInputs, type UserProfileOutputs } from "./profile/profile-properties";
export { checkSpace } from "./space/space-check";
export { SPACE_INPUT_PROPERTIES, SPACE_OUTPUT_PROPERTIES, type SpaceInputs, type SpaceOutputs } from "./space/space-properties";
export { quoteValue } from "./quote";
export type * from "./shapes";
