// Rationale: the execution role is the member's blast radius; it must be set explicitly and be
// one of the roles the platform team issues, so every action can be audited to a known role.
import { booleanSetting, stringListSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { matchesAnyRegExp } from "../lib/patterns";
import { userProfileRule } from "../lib/rule";

export const executionRoleAllowed = userProfileRule({
    name: "sagemaker-userprofile-execution-role-allowed",
    description: "A user profile must set an execution role that matches an allowed role ARN pattern.",
    enforcementLevel: "mandatory",
    severity: "high",
    config: {
        allowedRoleArnPatterns: stringListSetting({
            items: { minLength: 1 },
            minItems: 1,
            default: ["^arn:aws(-[a-z]+)*:iam::\\d{12}:role/.+$"],
            description: "Regular expressions; the role ARN must match one.",
        }),
        allowDomainDefault: booleanSetting({ default: false, description: "Allow profiles without their own role (they use the domain's default role)." }),
    },
    check: (profile, config, report) => {
        const rolePath = "userSettings.executionRole";
        const role = profile.userSettings.executionRole ?? undefined;
        if (role === undefined || role === "") {
            if (!config.allowDomainDefault) {
                report(`${profile.label}: ${rolePath} is not set; set a role matching one of ${list(config.allowedRoleArnPatterns)}.`);
            }
            return;
        }
        if (!matchesAnyRegExp(config.allowedRoleArnPatterns, role)) {
            report(`${profile.label}: ${rolePath} is ${quote(role)}, which matches none of the allowed patterns ` +
                `${list(config.allowedRoleArnPatterns)}.`);
        }
    },
});
