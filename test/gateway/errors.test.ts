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
});
