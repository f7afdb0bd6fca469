// Rationale: an SSO domain identifies members through IAM Identity Center and needs both SSO
// fields; an IAM domain rejects them. Catching the mismatch in preview beats a failed create.
import { toApiValue, toPulumiPath, USER_PROFILE_RULES_BY_ID } from "pulumi-sagemaker-studio/model";
import { booleanSetting, stringMapSetting } from "../lib/config-schema";
import { quote } from "../lib/format";
import { userProfileRule } from "../lib/rule";

const modelRule = USER_PROFILE_RULES_BY_ID["sso-user-fields-match-auth-mode"];

export const ssoConsistency = userProfileRule({
    name: "sagemaker-userprofile-sso-consistency",
    description: "A user profile's single sign-on fields must match its domain's authentication mode.",
    enforcementLevel: "mandatory",
    severity: "high",
    config: {
        domainAuthModes: stringMapSetting({
            values: { enum: ["SSO", "IAM"] },
            default: {},
            description: "Domain id → AuthMode; for other domains the two fields must only be set together.",
        }),
        requireValueMatchesProfileName: booleanSetting({ default: false, description: "In SSO domains, singleSignOnUserValue must equal userProfileName." }),
    },
    check: (profile, config, report) => {
        const domainId = profile.domainId;
        const authMode = domainId === undefined ? undefined : config.domainAuthModes[domainId];
        const identifier = profile.singleSignOnUserIdentifier;
        const value = profile.singleSignOnUserValue;
        const input = toApiValue("CreateUserProfileRequest", {
            domainId, singleSignOnUserIdentifier: identifier, singleSignOnUserValue: value,
        });
        const clean = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
        const domainText = authMode === undefined ? `domain ${quote(domainId)}` : `${authMode} domain ${quote(domainId)}`;
        for (const v of modelRule.check(clean, { operation: "CreateUserProfile", domain: authMode && { authMode } })) {
            report(`${profile.label}: ${toPulumiPath(v.path)} is ${quote(v.value ?? undefined)} in ${domainText}: ${v.constraint}.`);
        }
        if (identifier !== undefined && identifier !== "UserName") {
            report(`${profile.label}: singleSignOnUserIdentifier is ${quote(identifier)}; the only allowed value is "UserName".`);
        }
        if (authMode === "SSO" && config.requireValueMatchesProfileName && value !== undefined && value !== profile.userProfileName) {
            report(`${profile.label}: singleSignOnUserValue is ${quote(value)}; it must equal userProfileName ${quote(profile.userProfileName)}.`);
        }
    },
});
