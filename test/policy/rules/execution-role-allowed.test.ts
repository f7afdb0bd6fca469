import * as assert from "assert";
import { executionRoleAllowed } from "../../../policy/rules/execution-role-allowed";
import { profileProps, runResourcePolicy, UNKNOWN } from "../harness";

const withRole = (executionRole: unknown) => ({ ...profileProps(), userSettings: executionRole === undefined ? {} : { executionRole } });

describe("policy sagemaker-userprofile-execution-role-allowed", () => {
    it("is mandatory and passes an IAM role ARN", async () => {
        const outcome = await runResourcePolicy(executionRoleAllowed, { name: "alice", props: profileProps() });
        assert.strictEqual(outcome.level, "mandatory");
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("requires a role unless the domain default is allowed", async () => {
        const missing = await runResourcePolicy(executionRoleAllowed, { name: "alice", props: withRole(undefined) });
        assert.deepStrictEqual(missing.violations, [
            "A user profile must set an execution role that matches an allowed role ARN pattern.\n" +
            'member "alice": userSettings.executionRole is not set; set a role matching one of "^arn:aws(-[a-z]+)*:iam::\\\\d{12}:role/.+$".',
        ]);
        const allowed = await runResourcePolicy(executionRoleAllowed, { name: "alice", props: withRole(undefined), config: { allowDomainDefault: true } });
        assert.deepStrictEqual(allowed.violations, []);
    });

    it("flags a role outside the configured patterns", async () => {
        const config = { allowedRoleArnPatterns: ["^arn:aws:iam::123456789012:role/sagemaker/studio-[a-z0-9-]+$"] };
        const ok = await runResourcePolicy(executionRoleAllowed, { name: "alice", props: withRole("arn:aws:iam::123456789012:role/sagemaker/studio-alice"), config });
        assert.deepStrictEqual(ok.violations, []);
        const bad = await runResourcePolicy(executionRoleAllowed, { name: "alice", props: withRole("arn:aws:iam::123456789012:role/Admin"), config });
        assert.strictEqual(bad.violations.length, 1);
        assert.match(bad.violations[0], /userSettings\.executionRole is "arn:aws:iam::123456789012:role\/Admin", which matches none of the allowed patterns/);
    });

    it("rejects an empty pattern list", async () => {
        await assert.rejects(runResourcePolicy(executionRoleAllowed, { name: "a", props: profileProps(), config: { allowedRoleArnPatterns: [] } }), /validating policy config/);
    });

    it("leaves an unknown role to the update", async () => {
        const outcome = await runResourcePolicy(executionRoleAllowed, { name: "a", props: withRole(UNKNOWN.string) });
        assert.deepStrictEqual(outcome.violations, []);
        assert.match(outcome.unknownNote ?? "", /string value at \.userSettings\.executionRole can't be known during preview/);
    });
});
