// Rationale: idle apps are the main Studio cost leak; every app a profile configures that can
// shut down when idle must do so within the cap.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { AppLifecycleManagement } from "pulumi-sagemaker-studio/model";
import { quote } from "../lib/format";
import { validateUserProfile } from "../lib/policy-kit";
import { APPS_WITH_LIFECYCLE_MANAGEMENT } from "../lib/profile";

interface IdleShutdownConfig {
    maxIdleMinutes: number;
}

export const idleShutdown: ResourceValidationPolicy = {
    name: "sagemaker-userprofile-idle-shutdown",
    description: "Apps a profile configures must shut down when idle, within the allowed time.",
    enforcementLevel: "advisory",
    severity: "low",
    configSchema: {
        properties: {
            maxIdleMinutes: {
                type: "integer", minimum: 60, maximum: 525600, default: 180,
                description: "Largest idleTimeoutInMinutes / maxIdleTimeoutInMinutes allowed.",
            },
        },
    },
    validateResource: validateUserProfile<IdleShutdownConfig>((profile, { maxIdleMinutes }, report) => {
        for (const app of APPS_WITH_LIFECYCLE_MANAGEMENT) {
            profile.unknowns.attempt(() => {
                const settings = profile.app(app) as { appLifecycleManagement?: AppLifecycleManagement } | undefined;
                if (settings === undefined) return;
                const path = `userSettings.${app}.appLifecycleManagement.idleSettings`;
                const idle = settings.appLifecycleManagement?.idleSettings ?? undefined;
                if (idle?.lifecycleManagement !== "ENABLED") {
                    report(`${profile.label}: ${path}.lifecycleManagement is ${quote(idle?.lifecycleManagement ?? undefined)}; ` +
                        `it must be "ENABLED" with an idle timeout of at most ${maxIdleMinutes} minutes.`);
                    return;
                }
                for (const field of ["idleTimeoutInMinutes", "maxIdleTimeoutInMinutes"] as const) {
                    const minutes = idle[field] ?? undefined;
                    if (minutes !== undefined && minutes > maxIdleMinutes) {
                        report(`${profile.label}: ${path}.${field} is ${minutes}; at most ${maxIdleMinutes} is allowed.`);
                    }
                }
            });
        }
    }),
};
