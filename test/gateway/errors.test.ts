import * as assert from "assert";
import { describeFailure, translateAwsPaths } from "../../gateway/errors";

describe("gateway/errors: errors users can act on", () => {
    it("names the operation, the profile and the missing permission for AccessDenied", () => {
        const err = describeFailure("UpdateUserProfile", "d-1/alice", { name: "AccessDeniedException", message: "User: arn:aws:sts::1:assumed-role/ci is not authorized" });
        assert.match(err.message, /^UpdateUserProfile of user profile d-1\/alice failed: AccessDeniedException: User: .* is not authorized\./);
        assert.match(err.message, /must allow sagemaker:UpdateUserProfile/);
    });

    it("puts ValidationException paths in Pulumi's names", () => {
        assert.strictEqual(
            translateAwsPaths("Value 'x' at 'userSettings.kernelGatewayAppSettings.customImages.2.member.imageName' failed"),
            "Value 'x' at 'userSettings.kernelGatewayAppSettings.customImages[1].imageName' failed",
        );
        assert.strictEqual(translateAwsPaths("at 'userSettings.autoMountHomeEFS'"), "at 'userSettings.autoMountHomeEfs'");
    });

    it("says what to do about throttling and credentials", () => {
        assert.match(describeFailure("CreateUserProfile", "d-1/a", { name: "ThrottlingException", message: "Rate exceeded" }).message, /throttling this call for 10 minutes.*lower --parallel/);
        assert.match(describeFailure("CreateUserProfile", "d-1/a", { name: "UnrecognizedClientException", message: "bad token" }).message, /credentials/);
    });

    it("names the endpoint setting of the service it could not reach", () => {
        const unreachable = Object.assign(new Error("getaddrinfo ENOTFOUND sso.us-east-1.amazonaws.com"), { code: "ENOTFOUND" });
        const sso = describeFailure("ListInstances", "inventory of d-1", unreachable, "sso").message;
        assert.match(sso, /ENOTFOUND sso\.us-east-1\.amazonaws\.com\. IAM Identity Center's endpoint could not be reached: .*--identity-center-endpoint-url/);
        const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4599"), { code: "ECONNREFUSED" });
        assert.match(describeFailure("DescribeDomain", "d-1", refused).message, /SageMaker's endpoint could not be reached: .*sagemaker:endpoint in stack config, --endpoint-url/);
        assert.doesNotMatch(describeFailure("DescribeDomain", "d-1", new Error("boom")).message, /could not be reached/);
    });
});
