// Wraps a rule body so that it runs only for UserProfiles, gets a ProfileView and its typed
// config, and lets the engine report unknown values after every known violation was reported.
import type { ReportViolation, ResourceValidation, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { ProfileView, USER_PROFILE_TYPE } from "./profile";

export type ProfileCheck<C extends object> = (profile: ProfileView, config: C, report: ReportViolation, args: ResourceValidationArgs) => void;

export function validateUserProfile<C extends object>(check: ProfileCheck<C>): ResourceValidation {
    const validate = (args: ResourceValidationArgs, report: ReportViolation): void => {
        if (args.type !== USER_PROFILE_TYPE) {
            args.notApplicable(`Policy only applies to resources of type '${USER_PROFILE_TYPE}'`);
        }
        const profile = new ProfileView(args.name, args.props);
        check(profile, args.getConfig<C>(), report, args);
        profile.unknowns.rethrow();
    };
    // The policy server skips other resource types without calling the rule.
    return Object.assign(validate, { __pulumiType: USER_PROFILE_TYPE });
}

/** The stack's UserProfiles as views over their outputs. */
export function userProfilesOf(args: StackValidationArgs): { view: ProfileView; resource: StackValidationArgs["resources"][number] }[] {
    return args.resources
        .filter((r) => r.type === USER_PROFILE_TYPE)
        .map((resource) => ({ view: new ProfileView(resource.name, resource.props), resource }));
}
