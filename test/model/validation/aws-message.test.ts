import * as assert from "assert";
import { formatAwsValidationMessage } from "../../../model/validation/aws-message";
import { validateShape } from "../../../model/validation/shape-validator";

describe("model/validation/aws-message formatAwsValidationMessage", () => {
    it("prints one violation exactly as AWS does", () => {
        const vs = validateShape("UserSettings", { ExecutionRole: "" }, { path: ["UserSettings"] });
        assert.strictEqual(formatAwsValidationMessage(vs),
            "2 validation errors detected: " +
            "Value '' at 'userSettings.executionRole' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$; " +
            "Value '' at 'userSettings.executionRole' failed to satisfy constraint: Member must have length greater than or equal to 20");
        assert.strictEqual(formatAwsValidationMessage(validateShape("ListUserProfilesRequest", { MaxResults: 0 })),
            "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1");
        assert.strictEqual(formatAwsValidationMessage(validateShape("ListUserProfilesRequest", { SortOrder: "Up" })),
            "1 validation error detected: Value 'Up' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [Ascending, Descending]");
    });

    it("prints null unquoted, lists and structures Java-style, list paths as N.member", () => {
        assert.strictEqual(formatAwsValidationMessage(validateShape("DescribeUserProfileRequest", { UserProfileName: "a" })),
            "1 validation error detected: Value null at 'domainId' failed to satisfy constraint: Member must not be null");
        const tags = validateShape("AddTagsInput", {
            ResourceArn: "arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-1/a",
            Tags: [{ Key: "a", Value: "1" }, { Key: "b" }],
        });
        assert.strictEqual(formatAwsValidationMessage(tags),
            "1 validation error detected: Value null at 'tags.2.member.value' failed to satisfy constraint: Member must not be null");
        const sgs = validateShape("UserSettings", { SecurityGroups: ["a", "b", "c", "d", "e", "f"] });
        assert.strictEqual(formatAwsValidationMessage(sgs),
            "1 validation error detected: Value '[a, b, c, d, e, f]' at 'securityGroups' failed to satisfy constraint: Member must have length less than or equal to 5");
        const union = validateShape("CustomFileSystemConfigs", [{ EFSFileSystemConfig: { FileSystemId: "fs-0123abcd" }, S3FileSystemConfig: { S3Uri: "s3://b/" } }]);
        assert.match(formatAwsValidationMessage(union), /^1 validation error detected: Value '\{EFSFileSystemConfig=\{FileSystemId=fs-0123abcd\}, S3FileSystemConfig=\{S3Uri=s3:\/\/b\/\}\}' at '1\.member'/);
    });
});
