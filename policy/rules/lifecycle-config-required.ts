// Rationale: lifecycle configurations install approved packages and auto-shutdown; a profile
// default that names none (or an unapproved one) replaces the domain's silently.
import { stringListSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { APPS_WITH_LIFECYCLE_CONFIGS, type AppSettingsKey } from "../lib/profile";
import { userProfileRule } from "../lib/rule";

export const lifecycleConfigRequired = userProfileRule({
    name: "sagemaker-userprofile-lifecycle-config-required",
    description: "Apps with a default resource spec must use an approved lifecycle configuration.",
    enforcementLevel: "advisory",
    severity: "medium",
    config: {
        allowedLifecycleConfigArns: stringListSetting({
            items: { pattern: "^arn:" }, default: [],
            description: "Approved lifecycle configuration ARNs; empty approves any.",
        }),
        requireForApps: stringListSetting<AppSettingsKey>({
            items: { enum: [...APPS_WITH_LIFECYCLE_CONFIGS] },
            default: ["jupyterLabAppSettings", "codeEditorAppSettings"],
            description: "Apps whose default resource spec must name a lifecycle configuration.",
        }),
    },
    check: (profile, config, report) => {
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
    },
});
