// Rationale: lifecycle configurations install approved packages and auto-shutdown; a profile
// default that names none (or an unapproved one) replaces the domain's silently.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { list, quote } from "../lib/format";
import { validateUserProfile } from "../lib/policy-kit";
import { APPS_WITH_LIFECYCLE_CONFIGS, type AppSettingsKey } from "../lib/profile";

interface LifecycleConfigRequiredConfig {
    allowedLifecycleConfigArns: string[];
    requireForApps: AppSettingsKey[];
}

export const lifecycleConfigRequired: ResourceValidationPolicy = {
    name: "sagemaker-userprofile-lifecycle-config-required",
    description: "Apps with a default resource spec must use an approved lifecycle configuration.",
    enforcementLevel: "advisory",
    severity: "medium",
    configSchema: {
        properties: {
            allowedLifecycleConfigArns: {
                type: "array", items: { type: "string", pattern: "^arn:" }, default: [],
                description: "Approved lifecycle configuration ARNs; empty approves any.",
            },
            requireForApps: {
                type: "array", items: { type: "string", enum: [...APPS_WITH_LIFECYCLE_CONFIGS] },
                default: ["jupyterLabAppSettings", "codeEditorAppSettings"],
                description: "Apps whose default resource spec must name a lifecycle configuration.",
            },
        },
    },
    validateResource: validateUserProfile<LifecycleConfigRequiredConfig>((profile, config, report) => {
        const approved = (arn: string) => config.allowedLifecycleConfigArns.length === 0 || config.allowedLifecycleConfigArns.includes(arn);
        const allowed = list(config.allowedLifecycleConfigArns, "any lifecycle configuration");
        for (const { app, path, spec } of profile.defaultResourceSpecs()) {
            const arn = profile.unknowns.attempt(() => spec.lifecycleConfigArn ?? undefined);
            if (arn === undefined) {
                if (config.requireForApps.includes(app)) {
                    report(`${profile.label}: ${path}.lifecycleConfigArn is not set; allowed: ${allowed}.`);
                }
            } else if (!approved(arn)) {
                report(`${profile.label}: ${path}.lifecycleConfigArn is ${quote(arn)}, not approved; allowed: ${allowed}.`);
            }
        }
        for (const app of APPS_WITH_LIFECYCLE_CONFIGS) {
            const arns = profile.unknowns.attempt(() => [...((profile.app(app) as { lifecycleConfigArns?: string[] } | undefined)?.lifecycleConfigArns ?? [])]) ?? [];
            const denied = arns.filter((a) => !approved(a));
            if (denied.length > 0) {
                report(`${profile.label}: userSettings.${app}.lifecycleConfigArns has ${list(denied)}, not approved; allowed: ${allowed}.`);
            }
        }
    }),
};
