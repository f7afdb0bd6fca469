// Wraps a rule body so that it runs only for UserProfiles (or only for Spaces), gets a view of the
// resource and its typed config, and lets the engine report unknown values after every known
// violation was reported.
import type { ReportViolation, ResourceValidation, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { ProfileView, USER_PROFILE_TYPE } from "./profile";
import { SPACE_TYPE, SpaceView } from "./space";

export type ProfileCheck<C extends object> = (profile: ProfileView, config: C, report: ReportViolation, args: ResourceValidationArgs) => void;

export function validateUserProfile<C extends object>(check: ProfileCheck<C>): ResourceValidation {
    return validateType(USER_PROFILE_TYPE, (args) => new ProfileView(args.name, args.props), check);
}

export type SpaceCheck<C extends object> = (space: SpaceView, config: C, report: ReportViolation, args: ResourceValidationArgs) => void;

export function validateSpace<C extends object>(check: SpaceCheck<C>): ResourceValidation {
    return validateType(SPACE_TYPE, (args) => new SpaceView(args.name, args.props), check);
}

function validateType<V extends { unknowns: { rethrow(): void } }, C extends object>(
    type: string,
    view: (args: ResourceValidationArgs) => V,
    check: (view: V, config: C, report: ReportViolation, args: ResourceValidationArgs) => void,
): ResourceValidation {
    const validate = (args: ResourceValidationArgs, report: ReportViolation): void => {
        if (args.type !== type) {
            args.notApplicable(`Policy only applies to resources of type '${type}'`);
        }
        const viewed = view(args);
        check(viewed, args.getConfig<C>(), report, args);
        viewed.unknowns.rethrow();
    };
    // The policy server skips other resource types without calling the rule.
    return Object.assign(validate, { __pulumiType: type });
}

/** The stack's UserProfiles as views over their outputs. */
export function userProfilesOf(args: StackValidationArgs): { view: ProfileView; resource: StackValidationArgs["resources"][number] }[] {
    return args.resources
        .filter((r) => r.type === USER_PROFILE_TYPE)
        .map((resource) => ({ view: new ProfileView(resource.name, resource.props), resource }));
}

/** The stack's Spaces as views over their outputs. */
export function spacesOf(args: StackValidationArgs): { view: SpaceView; resource: StackValidationArgs["resources"][number] }[] {
    return args.resources.filter((r) => r.type === SPACE_TYPE).map((resource) => ({ view: new SpaceView(resource.name, resource.props), resource }));
}
