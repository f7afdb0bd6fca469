// Rationale: in a VpcOnly domain the security groups decide what a member's apps can reach;
// they must be present (unless the domain provides them) and drawn from the approved set.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { list, quote } from "../lib/format";
import { validateUserProfile } from "../lib/policy-kit";

interface VpcOnlySecurityGroupsConfig {
    vpcOnlyDomainIds: string[];
    domainsWithDefaultSecurityGroups: string[];
    allowedSecurityGroupIds: string[];
    maxSecurityGroups: number;
}

const PATH = "userSettings.securityGroups";

export const vpcOnlySecurityGroups: ResourceValidationPolicy = {
    name: "sagemaker-userprofile-vpconly-security-groups",
    description: "User profiles in VpcOnly domains must have approved security groups.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema: {
        properties: {
            vpcOnlyDomainIds: {
                type: "array", items: { type: "string" }, default: [],
                description: "Domains whose AppNetworkAccessType is VpcOnly.",
            },
            domainsWithDefaultSecurityGroups: {
                type: "array", items: { type: "string" }, default: [],
                description: "VpcOnly domains whose DefaultUserSettings already provide security groups.",
            },
            allowedSecurityGroupIds: {
                type: "array", items: { type: "string", pattern: "^sg-" }, default: [],
                description: "Security groups profiles may use; empty allows any.",
            },
            maxSecurityGroups: {
                type: "integer", minimum: 1, maximum: 5, default: 4,
                description: "At most this many (SageMaker adds one for NFS to the limit of 5).",
            },
        },
    },
    validateResource: validateUserProfile<VpcOnlySecurityGroupsConfig>((profile, config, report) => {
        const domainId = profile.domainId;
        if (domainId === undefined || !config.vpcOnlyDomainIds.includes(domainId)) return;
        const groups = [...(profile.userSettings.securityGroups ?? [])];
        if (groups.length === 0) {
            if (!config.domainsWithDefaultSecurityGroups.includes(domainId)) {
                report(`${profile.label}: ${PATH} is empty in VpcOnly domain ${quote(domainId)}, whose defaults provide none; ` +
                    `set at least one of ${list(config.allowedSecurityGroupIds, "your VPC's security groups")}.`);
            }
            return;
        }
        if (config.allowedSecurityGroupIds.length > 0) {
            const denied = groups.filter((g) => !config.allowedSecurityGroupIds.includes(g));
            if (denied.length > 0) {
                report(`${profile.label}: ${PATH} has ${list(denied)}, not approved; allowed: ${list(config.allowedSecurityGroupIds)}.`);
            }
        }
        if (groups.length > config.maxSecurityGroups) {
            report(`${profile.label}: ${PATH} has ${groups.length} groups; at most ${config.maxSecurityGroups} are allowed.`);
        }
    }),
};
