// Rationale: ownership and cost-allocation tags on the profile propagate to the apps the member
// launches; without them spend cannot be attributed.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { list, quote } from "../lib/format";
import { validateUserProfile } from "../lib/policy-kit";

interface RequiredTagsConfig {
    requiredTagKeys: string[];
    tagValuePatterns: Record<string, string>;
}

export const requiredTags: ResourceValidationPolicy = {
    name: "sagemaker-userprofile-required-tags",
    description: "A user profile must carry the required tags, with values in the expected form.",
    enforcementLevel: "mandatory",
    severity: "medium",
    configSchema: {
        properties: {
            requiredTagKeys: {
                type: "array",
                // Keys must not start with "aws:" (reserved); written without lookahead for the engine's RE2.
                items: { type: "string", minLength: 1, pattern: "^(.{1,3}$|[^a]|a[^w]|aw[^s]|aws[^:])" },
                default: ["owner"],
                description: "Tag keys every profile must have (non-empty values).",
            },
            tagValuePatterns: {
                type: "object",
                additionalProperties: { type: "string" },
                default: {},
                description: "Tag key → regular expression its value must match, where the tag is present.",
            },
        },
    },
    validateResource: validateUserProfile<RequiredTagsConfig>((profile, config, report) => {
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
    }),
};
