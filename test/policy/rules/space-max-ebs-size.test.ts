import * as assert from "assert";
import { spaceMaxEbsSize } from "../../../policy/rules/space-max-ebs-size";
import { profileProps, runResourcePolicy, UNKNOWN } from "../harness";
import { space, run, messages } from "../spaces";

describe("policy sagemaker-space-max-ebs-size", () => {
    it("is mandatory and refuses a volume above the maximum, naming the space and the path", async () => {
        const outcome = await run(spaceMaxEbsSize, space({ ebs: 600 }));
        assert.strictEqual(outcome.level, "mandatory");
        assert.deepStrictEqual(messages(outcome), [
            'space "alice-private" (resource ml-alice-space): spaceSettings.spaceStorageSettings.ebsStorageSettings.ebsVolumeSizeInGb is 600, above the maximum of 500 GB.',
        ]);
    });

    it("passes a volume within the configured maximum, and a space that sets no size", async () => {
        assert.deepStrictEqual((await run(spaceMaxEbsSize, space({ ebs: 600 }), { maxEbsVolumeSizeInGb: 1000 })).violations, []);
        assert.deepStrictEqual((await run(spaceMaxEbsSize, space())).violations, []);
    });

    it("notes an unknown size during preview, and does not apply to profiles", async () => {
        assert.match((await run(spaceMaxEbsSize, space({ ebs: UNKNOWN.number }))).unknownNote ?? "", /can't be known/);
        const profile = await runResourcePolicy(spaceMaxEbsSize, { name: "ml-alice", props: profileProps() });
        assert.match(profile.notApplicable ?? "", /only applies to resources of type 'pulumi-nodejs:dynamic\/sagemaker:Space'/);
    });
});
