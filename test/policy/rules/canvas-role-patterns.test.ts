import * as assert from "assert";
import { canvasRolePatterns } from "../../../policy/rules/canvas-role-patterns";
import { profileProps, runResourcePolicy } from "../harness";

const ROLE = "arn:aws:iam::123456789012:role/canvas-forecast";
const canvas = (canvasAppSettings: Record<string, unknown>) => profileProps({ userSettings: { canvasAppSettings } });

describe("policy sagemaker-userprofile-canvas-role-patterns", () => {
    it("is advisory and passes Canvas with dedicated roles", async () => {
        const outcome = await runResourcePolicy(canvasRolePatterns, { name: "a", props: canvas({
            timeSeriesForecastingSettings: { status: "ENABLED", amazonForecastRoleArn: ROLE },
            generativeAiSettings: { amazonBedrockRoleArn: ROLE },
        }) });
        assert.strictEqual(outcome.level, "advisory");
        assert.deepStrictEqual(outcome.violations, []);
        assert.deepStrictEqual((await runResourcePolicy(canvasRolePatterns, { name: "a", props: profileProps() })).violations, []);
    });

    it("flags forecasting without a role and a Bedrock role of the wrong form", async () => {
        const { violations } = await runResourcePolicy(canvasRolePatterns, { name: "alice", props: canvas({
            timeSeriesForecastingSettings: { status: "ENABLED" },
            generativeAiSettings: { amazonBedrockRoleArn: "arn:aws:iam::123456789012:role/other" },
        }), config: { bedrockRoleArnPattern: "^arn:aws:iam::\\d{12}:role/canvas-bedrock$" } });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": userSettings.canvasAppSettings.timeSeriesForecastingSettings.amazonForecastRoleArn is not set, so time-series forecasting ' +
            'uses the execution role; set a role matching "^arn:aws(-[a-z]+)*:iam::\\\\d{12}:role/.+$".',
            'member "alice": userSettings.canvasAppSettings.generativeAiSettings.amazonBedrockRoleArn is "arn:aws:iam::123456789012:role/other", ' +
            'which does not match "^arn:aws:iam::\\\\d{12}:role/canvas-bedrock$".',
        ]);
    });

    it("ignores disabled forecasting and flags cross-account registration unless allowed", async () => {
        const props = canvas({
            timeSeriesForecastingSettings: { status: "DISABLED" },
            modelRegisterSettings: { status: "ENABLED", crossAccountModelRegisterRoleArn: "arn:aws:iam::999999999999:role/reg" },
        });
        const { violations } = await runResourcePolicy(canvasRolePatterns, { name: "a", props });
        assert.strictEqual(violations.length, 1);
        assert.match(violations[0], /crossAccountModelRegisterRoleArn is "arn:aws:iam::999999999999:role\/reg"; cross-account model registration is not allowed/);
        assert.deepStrictEqual((await runResourcePolicy(canvasRolePatterns, { name: "a", props, config: { crossAccountRegisterAllowed: true } })).violations, []);
    });
});
