import * as assert from "assert";
import { requiredTags } from "../../../policy/rules/required-tags";
import { profileProps, runResourcePolicy, UNKNOWN } from "../harness";

describe("policy sagemaker-userprofile-required-tags", () => {
    it("is mandatory and passes a profile with an owner", async () => {
        const outcome = await runResourcePolicy(requiredTags, { name: "a", props: profileProps() });
        assert.strictEqual(outcome.level, "mandatory");
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("names the missing and empty keys", async () => {
        const props = profileProps({ tags: { owner: "", team: "ml" } });
        const { violations } = await runResourcePolicy(requiredTags, { name: "bob", props: { ...props, userProfileName: "bob" }, config: { requiredTagKeys: ["owner", "cost-center"] } });
        assert.deepStrictEqual(violations, [
            "A user profile must carry the required tags, with values in the expected form.\n" +
            'member "bob": tags lack "owner", "cost-center"; required: "owner", "cost-center".',
        ]);
        const noTags = { ...profileProps(), tags: undefined };
        assert.strictEqual((await runResourcePolicy(requiredTags, { name: "a", props: noTags })).violations.length, 1);
    });

    it("checks values against patterns", async () => {
        const config = { tagValuePatterns: { "cost-center": "^CC-\\d{4}$" } };
        assert.deepStrictEqual((await runResourcePolicy(requiredTags, { name: "a", props: profileProps({ tags: { owner: "a", "cost-center": "CC-1234" } }), config })).violations, []);
        const { violations } = await runResourcePolicy(requiredTags, { name: "a", props: profileProps({ tags: { owner: "a", "cost-center": "1234" } }), config });
        assert.match(violations[0], /tags\["cost-center"\] is "1234", which does not match "\^CC-\\\\d\{4\}\$"/);
    });

    it("rejects aws: keys in config", async () => {
        await assert.rejects(runResourcePolicy(requiredTags, { name: "a", props: profileProps(), config: { requiredTagKeys: ["aws:owner"] } }), /validating policy config/);
    });

    it("leaves unknown tags to the update", async () => {
        const outcome = await runResourcePolicy(requiredTags, { name: "a", props: profileProps({ tags: { owner: UNKNOWN.string } }) });
        assert.match(outcome.unknownNote ?? "", /string value at \.tags\.owner can't be known/);
    });
});
