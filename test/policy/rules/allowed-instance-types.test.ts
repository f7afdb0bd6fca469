import * as assert from "assert";
import { allowedInstanceTypes } from "../../../policy/rules/allowed-instance-types";
import { profileProps, runResourcePolicy, UNKNOWN } from "../harness";

const withLab = (instanceType: unknown) => profileProps({ userSettings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType } } } });

describe("policy sagemaker-userprofile-allowed-instance-types", () => {
    it("is advisory by default and passes small CPU types", async () => {
        for (const instanceType of ["ml.t3.medium", "ml.m5.large", "ml.c6i.xlarge", "system"]) {
            const outcome = await runResourcePolicy(allowedInstanceTypes, { name: "alice", props: withLab(instanceType) });
            assert.strictEqual(outcome.level, "advisory");
            assert.deepStrictEqual(outcome.violations, [], instanceType);
        }
    });

    it("flags a type outside the allow-list with the path, value and allowed set", async () => {
        const { violations } = await runResourcePolicy(allowedInstanceTypes, { name: "alice", props: withLab("ml.g5.xlarge") });
        assert.deepStrictEqual(violations, [
            "A user profile's app default instance types must be on the allow-list.\n" +
            'member "alice": userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.g5.xlarge", which is not allowed; ' +
            'allowed: "system", "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*".',
        ]);
    });

    it("matches globs whole, from config", async () => {
        const config = { allowedInstanceTypes: ["ml.g5.xlarge", "ml.t3.*"] };
        assert.deepStrictEqual((await runResourcePolicy(allowedInstanceTypes, { name: "a", props: withLab("ml.g5.xlarge"), config })).violations, []);
        assert.strictEqual((await runResourcePolicy(allowedInstanceTypes, { name: "a", props: withLab("ml.g5.2xlarge"), config })).violations.length, 1);
        assert.strictEqual((await runResourcePolicy(allowedInstanceTypes, { name: "a", props: withLab("xml.t3.medium"), config })).violations.length, 1);
    });

    it("can be made mandatory by config", async () => {
        const outcome = await runResourcePolicy(allowedInstanceTypes, { name: "a", props: withLab("ml.p4d.24xlarge"), config: { enforcementLevel: "mandatory" } });
        assert.strictEqual(outcome.level, "mandatory");
        assert.strictEqual(outcome.violations.length, 1);
    });

    it("gives an advisory note for an unknown instance type", async () => {
        const outcome = await runResourcePolicy(allowedInstanceTypes, { name: "a", props: withLab(UNKNOWN.string) });
        assert.deepStrictEqual(outcome.violations, []);
        assert.match(outcome.unknownNote ?? "", /jupyterLabAppSettings\.defaultResourceSpec\.instanceType can't be known during preview/);
    });
});
