import * as assert from "assert";
import { lifecycleConfigRequired } from "../../../policy/rules/lifecycle-config-required";
import { profileProps, runResourcePolicy } from "../harness";

const LCC = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/auto-shutdown";
const OTHER = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/anything";

describe("policy sagemaker-userprofile-lifecycle-config-required", () => {
    it("is advisory and passes a default spec that names an approved configuration", async () => {
        const props = profileProps({ userSettings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium", lifecycleConfigArn: LCC }, lifecycleConfigArns: [LCC] } } });
        const outcome = await runResourcePolicy(lifecycleConfigRequired, { name: "a", props, config: { allowedLifecycleConfigArns: [LCC] } });
        assert.strictEqual(outcome.level, "advisory");
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("requires a configuration where a required app has a default spec", async () => {
        const props = profileProps({ userSettings: {
            codeEditorAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } },
            kernelGatewayAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } },
        } });
        const { violations } = await runResourcePolicy(lifecycleConfigRequired, { name: "alice", props });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": userSettings.codeEditorAppSettings.defaultResourceSpec.lifecycleConfigArn is not set; allowed: any lifecycle configuration.',
        ]);
    });

    it("flags unapproved configurations in the spec and in the list", async () => {
        const props = profileProps({ userSettings: { kernelGatewayAppSettings: { defaultResourceSpec: { lifecycleConfigArn: OTHER }, lifecycleConfigArns: [LCC, OTHER] } } });
        const { violations } = await runResourcePolicy(lifecycleConfigRequired, { name: "alice", props, config: { allowedLifecycleConfigArns: [LCC] } });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            `member "alice": userSettings.kernelGatewayAppSettings.defaultResourceSpec.lifecycleConfigArn is "${OTHER}", not approved; allowed: "${LCC}".`,
            `member "alice": userSettings.kernelGatewayAppSettings.lifecycleConfigArns has "${OTHER}", not approved; allowed: "${LCC}".`,
        ]);
    });

    it("only accepts apps that have lifecycle configurations in requireForApps", async () => {
        await assert.rejects(runResourcePolicy(lifecycleConfigRequired, { name: "a", props: profileProps(), config: { requireForApps: ["tensorBoardAppSettings"] } }), /validating policy config/);
    });
});
