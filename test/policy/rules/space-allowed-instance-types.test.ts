import * as assert from "assert";
import { spaceAllowedInstanceTypes } from "../../../policy/rules/space-allowed-instance-types";
import { space, run, messages } from "../spaces";

describe("policy sagemaker-space-allowed-instance-types", () => {
    it("is advisory and refuses a default outside the allow-list, with its path", async () => {
        const outcome = await run(spaceAllowedInstanceTypes, space({ instanceType: "ml.g5.xlarge" }));
        assert.strictEqual(outcome.level, "advisory");
        assert.deepStrictEqual(messages(outcome), [
            'space "alice-private" (resource ml-alice-space): spaceSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.g5.xlarge", which is not allowed; ' +
                'allowed: "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*".',
        ]);
        assert.deepStrictEqual((await run(spaceAllowedInstanceTypes, space({ instanceType: "ml.g5.xlarge" }), { allowedInstanceTypes: ["ml.g5.*"] })).violations, []);
    });
});
