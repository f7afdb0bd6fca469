// Rationale: shared notebook snapshots can carry cell output (data); sharing is allowed only
// into an approved S3 location encrypted with a customer KMS key.
import { booleanSetting, stringListSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { isUnderS3Prefix, matchesAnyRegExp } from "../lib/patterns";
import { userProfileRule } from "../lib/rule";

export const notebookSharing = userProfileRule({
    name: "sagemaker-userprofile-notebook-sharing",
    description: "Notebook sharing must be disabled, or allowed only with a KMS key and an approved S3 output prefix.",
    enforcementLevel: "mandatory",
    severity: "high",
    config: {
        allowOutputSharing: booleanSetting({
            default: true,
            description: "Whether NotebookOutputOption Allowed is acceptable at all (with a key and an approved prefix).",
        }),
        allowedS3OutputPrefixes: stringListSetting({ items: { pattern: "^s3://" }, default: [], description: "S3 prefixes shared notebooks may be written under." }),
        allowedKmsKeyPatterns: stringListSetting({ items: { minLength: 1 }, default: [], description: "Regular expressions for the KMS key; empty allows any key." }),
    },
    check: (profile, config, report) => {
        const sharingPath = "userSettings.sharingSettings";
        const sharing = profile.userSettings.sharingSettings ?? undefined;
        const option = sharing?.notebookOutputOption ?? undefined;
        if (sharing === undefined || option !== "Allowed") return;
        if (!config.allowOutputSharing) {
            report(`${profile.label}: ${sharingPath}.notebookOutputOption is "Allowed"; only "Disabled" is allowed.`);
            return;
        }
        const kmsKey = sharing.s3KmsKeyId ?? undefined;
        if (kmsKey === undefined || kmsKey === "") {
            report(`${profile.label}: ${sharingPath}.s3KmsKeyId is not set; notebook sharing is allowed only with a KMS key.`);
        } else if (config.allowedKmsKeyPatterns.length > 0 && !matchesAnyRegExp(config.allowedKmsKeyPatterns, kmsKey)) {
            report(`${profile.label}: ${sharingPath}.s3KmsKeyId is ${quote(kmsKey)}, which matches none of ${list(config.allowedKmsKeyPatterns)}.`);
        }
        const outputPath = sharing.s3OutputPath ?? undefined;
        if (outputPath === undefined || !config.allowedS3OutputPrefixes.some((p) => isUnderS3Prefix(p, outputPath))) {
            report(`${profile.label}: ${sharingPath}.s3OutputPath is ${quote(outputPath)}; it must be under an approved prefix: ` +
                `${list(config.allowedS3OutputPrefixes, "none is approved, so set notebookOutputOption to \"Disabled\"")}.`);
        }
    },
});
