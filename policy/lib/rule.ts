// A rule as its file declares it: name, description, default level and severity, settings and
// check. A resource rule's check runs only for its resource type, on a view of the resource, with
// the config typed by the settings; an unknown value is rethrown for the engine after every known
// violation was reported.
import type {
    EnforcementLevel, ReportViolation, ResourceValidationArgs, ResourceValidationPolicy, Severity, StackValidationArgs, StackValidationPolicy,
} from "@pulumi/policy";
import type { ConfigOf, Settings } from "./config-schema";
import { ProfileView, USER_PROFILE_TYPE } from "./profile";
import type { ResourceView } from "./resource-view";
import { SPACE_TYPE, SpaceView } from "./space";

interface Rule<S extends Settings, Check> {
    name: string;
    description: string;
    enforcementLevel: EnforcementLevel;
    severity: Severity;
    config: S;
    check: Check;
}

type ViewCheck<V, S extends Settings> = (view: V, config: ConfigOf<S>, report: ReportViolation) => void;

export function userProfileRule<S extends Settings>(rule: Rule<S, ViewCheck<ProfileView, S>>): ResourceValidationPolicy {
    return resourceRule(rule, USER_PROFILE_TYPE, (args) => new ProfileView(args.name, args.props));
}

export function spaceRule<S extends Settings>(rule: Rule<S, ViewCheck<SpaceView, S>>): ResourceValidationPolicy {
    return resourceRule(rule, SPACE_TYPE, (args) => new SpaceView(args.name, args.props));
}

export function stackRule<S extends Settings>(rule: Rule<S, (args: StackValidationArgs, config: ConfigOf<S>, report: ReportViolation) => void>): StackValidationPolicy {
    const { config, check, ...about } = rule;
    return { ...about, configSchema: { properties: config }, validateStack: (args, report) => check(args, args.getConfig<ConfigOf<S>>(), report) };
}

function resourceRule<S extends Settings, V extends ResourceView>(
    rule: Rule<S, ViewCheck<V, S>>,
    type: string,
    view: (args: ResourceValidationArgs) => V,
): ResourceValidationPolicy {
    const { config, check, ...about } = rule;
    const validate = (args: ResourceValidationArgs, report: ReportViolation): void => {
        if (args.type !== type) {
            args.notApplicable(`Policy only applies to resources of type '${type}'`);
        }
        const viewed = view(args);
        check(viewed, args.getConfig<ConfigOf<S>>(), report);
        viewed.unknowns.rethrow();
    };
    // The policy server skips other resource types without calling the rule.
    return { ...about, configSchema: { properties: config }, validateResource: Object.assign(validate, { __pulumiType: type }) };
}
