// Rationale: in a VpcOnly domain the security groups decide what a member's apps can reach;
// they must be present (unless the domain provides them) and drawn from the approved set.
import { integerSetting, stringListSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { userProfileRule } from "../lib/rule";

export const vpcOnlySecurityGroups = userProfileRule({
    name: "sagemaker-userprofile-vpconly-security-groups",
    description: "User profiles in VpcOnly domains must have approved security groups.",
    enforcementLevel: "mandatory",
    severity: "high",
    config: {
        vpcOnlyDomainIds: stringListSetting({ default: [], description: "Domains whose AppNetworkAccessType is VpcOnly." }),
        domainsWithDefaultSecurityGroups: stringListSetting({
            default: [],
            description: "VpcOnly domains whose DefaultUserSettings already provide security groups.",
        }),
        allowedSecurityGroupIds: stringListSetting({ items: { pattern: "^sg-" }, default: [], description: "Security groups profiles may use; empty allows any." }),
        maxSecurityGroups: integerSetting({
            minimum: 1, maximum: 5, default: 4,
            description: "At most this many (SageMaker adds one for NFS to the limit of 5).",
        }),
    },
    check: (profile, config, report) => {
        const groupsPath = "userSettings.securityGroups";
        const domainId = profile.domainId;
        if (domainId === undefined || !config.vpcOnlyDomainIds.includes(domainId)) return;
        const groups = [...(profile.userSettings.securityGroups ?? [])];
        if (groups.length === 0) {
            if (!config.domainsWithDefaultSecurityGroups.includes(domainId)) {
                report(`${profile.label}: ${groupsPath} is empty in VpcOnly domain ${quote(domainId)}, whose defaults provide none; ` +
                    `set at least one of ${list(config.allowedSecurityGroupIds, "your VPC's security groups")}.`);
            }
            return;
        }
        if (config.allowedSecurityGroupIds.length > 0) {
            const denied = groups.filter((g) => !config.allowedSecurityGroupIds.includes(g));
            if (denied.length > 0) {
                report(`${profile.label}: ${groupsPath} has ${list(denied)}, not approved; allowed: ${list(config.allowedSecurityGroupIds)}.`);
            }
        }
        if (groups.length > config.maxSecurityGroups) {
            report(`${profile.label}: ${groupsPath} has ${groups.length} groups; at most ${config.maxSecurityGroups} are allowed.`);
        }
    },
});
