// Rationale: idle apps are the main Studio cost leak; every app a profile configures that can
// shut down when idle must do so within the cap.
import type { AppLifecycleManagement } from "pulumi-sagemaker-studio/model";
import { integerSetting } from "../lib/config-schema";
import { quote } from "../lib/format";
import { APPS_WITH_LIFECYCLE_MANAGEMENT } from "../lib/profile";
import { userProfileRule } from "../lib/rule";

export const idleShutdown = userProfileRule({
    name: "sagemaker-userprofile-idle-shutdown",
    description: "Apps a profile configures must shut down when idle, within the allowed time.",
    enforcementLevel: "advisory",
    severity: "low",
    config: {
        maxIdleMinutes: integerSetting({
            minimum: 60, maximum: 525600, default: 180,
            description: "Largest idleTimeoutInMinutes / maxIdleTimeoutInMinutes allowed.",
        }),
    },
    check: (profile, { maxIdleMinutes }, report) => {
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
    },
});
