// Rationale: the app a space runs decides what its users can install and reach; a platform team
// supports the apps it has images, lifecycle configurations and training for.
import { stringListSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { spaceRule } from "../lib/rule";

export const spaceAllowedAppTypes = spaceRule({
    name: "sagemaker-space-allowed-app-types",
    description: "A space must run an allowed app type.",
    enforcementLevel: "mandatory",
    severity: "medium",
    config: {
        allowedAppTypes: stringListSetting({ items: { minLength: 1 }, default: ["JupyterLab", "CodeEditor"], description: "App types a space may run." }),
    },
    check: (space, { allowedAppTypes }, report) => {
        const appType = space.appType;
        if (appType === undefined) {
            report(`${space.label}: spaceSettings.appType is not set; allowed: ${list(allowedAppTypes)}.`);
        } else if (!allowedAppTypes.includes(appType)) {
            report(`${space.label}: spaceSettings.appType is ${quote(appType)}, which is not allowed; allowed: ${list(allowedAppTypes)}.`);
        }
    },
});
