import * as assert from "assert";
import { DEFAULT_SETTINGS, settingsFromConfig } from "../../gateway/settings";

const config = (values: Record<string, string>) => ({ get: (key: string) => values[key] });

describe("gateway/settings", () => {
    it("takes region, endpoint, profile, attempts and polling from stack config, with the AWS fallbacks", () => {
        assert.deepStrictEqual(settingsFromConfig(config({})), { ...DEFAULT_SETTINGS, region: undefined, endpoint: undefined, profile: undefined });
        assert.deepStrictEqual(
            settingsFromConfig(
                config({
                    "aws:region": "eu-west-1",
                    "sagemaker:endpoint": "http://127.0.0.1:4599",
                    "aws:profile": "admin",
                    "sagemaker:maxAttempts": "3.7",
                    "sagemaker:pollMinDelay": "0.5",
                    "sagemaker:pollMaxDelay": "0.1",
                }),
            ),
            { region: "eu-west-1", endpoint: "http://127.0.0.1:4599", profile: "admin", maxAttempts: 3, pollMinDelay: 0.5, pollMaxDelay: 0.5 },
        );
        assert.strictEqual(settingsFromConfig(config({ "aws:region": "eu-west-1", "sagemaker:region": "us-west-2" })).region, "us-west-2");
    });

    it("says which key is wrong and what it should be", () => {
        assert.throws(() => settingsFromConfig(config({ "sagemaker:endpoint": "127.0.0.1 port 4599" })), /sagemaker:endpoint must be a URL such as http:\/\/127\.0\.0\.1:4566, got "127\.0\.0\.1 port 4599"/);
        assert.throws(() => settingsFromConfig(config({ "sagemaker:maxAttempts": "0" })), /sagemaker:maxAttempts must be a positive number, got "0"/);
        assert.throws(() => settingsFromConfig(config({ "sagemaker:pollMinDelay": "soon" })), /sagemaker:pollMinDelay must be a positive number/);
    });
});
