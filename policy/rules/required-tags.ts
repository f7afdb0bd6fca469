// Rationale: ownership and cost-allocation tags on the profile propagate to the apps the member
// launches; without them spend cannot be attributed.
import { stringListSetting, stringMapSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { userProfileRule } from "../lib/rule";

export const requiredTags = userProfileRule({
    name: "sagemaker-userprofile-required-tags",
    description: "A user profile must carry the required tags, with values in the expected form.",
    enforcementLevel: "mandatory",
    severity: "medium",
    config: {
        requiredTagKeys: stringListSetting({
            // Keys must not start with "aws:" (reserved); written without lookahead for the engine's RE2.
            items: { minLength: 1, pattern: "^(.{1,3}$|[^a]|a[^w]|aw[^s]|aws[^:])" },
            default: ["owner"],
            description: "Tag keys every profile must have (non-empty values).",
        }),
        tagValuePatterns: stringMapSetting({ default: {}, description: "Tag key → regular expression its value must match, where the tag is present." }),
    },
    check: (profile, config, report) => {
        const tags = profile.tags;
        const missing = config.requiredTagKeys.filter((key) => (tags[key] ?? "") === "");
        if (missing.length > 0) {
            report(`${profile.label}: tags lack ${list(missing)}; required: ${list(config.requiredTagKeys)}.`);
        }
        for (const [key, pattern] of Object.entries(config.tagValuePatterns)) {
            const value = tags[key];
            if (value !== undefined && !new RegExp(pattern).test(value)) {
                report(`${profile.label}: tags[${quote(key)}] is ${quote(value)}, which does not match ${quote(pattern)}.`);
            }
        }
    },
});
