// Rationale: legacy or oversized GPU families as an app's default silently bill every session
// that starts with them; deny them where the default is chosen.
import { stringListSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { instanceFamily } from "../lib/instance-types";
import { userProfileRule } from "../lib/rule";

export const deniedInstanceFamilies = userProfileRule({
    name: "sagemaker-userprofile-denied-instance-families",
    description: "A user profile's app default instance types must not belong to a denied instance family.",
    enforcementLevel: "mandatory",
    severity: "high",
    config: {
        deniedFamilies: stringListSetting({
            items: { pattern: "^[a-z0-9-]+$" },
            default: ["p3", "p3dn"],
            description: "Instance families (`p3` in `ml.p3.2xlarge`) no app may default to.",
        }),
    },
    check: (profile, { deniedFamilies }, report) => {
        for (const { path, instanceType } of profile.defaultInstanceTypes()) {
            const family = instanceFamily(instanceType);
            if (family !== undefined && deniedFamilies.includes(family)) {
                report(`${profile.label}: ${path} is ${quote(instanceType)}, of denied family ${quote(family)}; ` +
                    `denied families: ${list(deniedFamilies)}.`);
            }
        }
    },
});
