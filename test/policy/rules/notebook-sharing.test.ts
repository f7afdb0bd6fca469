import * as assert from "assert";
import { notebookSharing } from "../../../policy/rules/notebook-sharing";
import { profileProps, runResourcePolicy } from "../harness";

const sharing = (sharingSettings: Record<string, unknown>) => profileProps({ userSettings: { sharingSettings } });
const approved = { allowedS3OutputPrefixes: ["s3://studio-shared/notebooks/"] };

describe("policy sagemaker-userprofile-notebook-sharing", () => {
    it("is mandatory and passes profiles without sharing or with sharing disabled", async () => {
        const none = await runResourcePolicy(notebookSharing, { name: "a", props: profileProps() });
        assert.strictEqual(none.level, "mandatory");
        assert.deepStrictEqual(none.violations, []);
        const disabled = await runResourcePolicy(notebookSharing, { name: "a", props: sharing({ notebookOutputOption: "Disabled" }) });
        assert.deepStrictEqual(disabled.violations, []);
    });

    it("allows sharing with a KMS key under an approved prefix", async () => {
        const props = sharing({ notebookOutputOption: "Allowed", s3OutputPath: "s3://studio-shared/notebooks/alice", s3KmsKeyId: "alias/studio" });
        assert.deepStrictEqual((await runResourcePolicy(notebookSharing, { name: "a", props, config: approved })).violations, []);
    });

    it("flags sharing without a key and outside the approved prefixes", async () => {
        const props = sharing({ notebookOutputOption: "Allowed", s3OutputPath: "s3://studio-shared/notebooks-other/x" });
        const { violations } = await runResourcePolicy(notebookSharing, { name: "alice", props, config: approved });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": userSettings.sharingSettings.s3KmsKeyId is not set; notebook sharing is allowed only with a KMS key.',
            'member "alice": userSettings.sharingSettings.s3OutputPath is "s3://studio-shared/notebooks-other/x"; it must be under an approved prefix: ' +
            '"s3://studio-shared/notebooks/".',
        ]);
    });

    it("with no approved prefix, says to disable sharing", async () => {
        const props = sharing({ notebookOutputOption: "Allowed", s3OutputPath: "s3://b/x", s3KmsKeyId: "k" });
        const { violations } = await runResourcePolicy(notebookSharing, { name: "a", props });
        assert.strictEqual(violations.length, 1);
        assert.match(violations[0], /none is approved, so set notebookOutputOption to "Disabled"/);
    });

    it("checks the key against patterns and can forbid sharing altogether", async () => {
        const props = sharing({ notebookOutputOption: "Allowed", s3OutputPath: "s3://studio-shared/notebooks/a", s3KmsKeyId: "alias/other" });
        const keyed = await runResourcePolicy(notebookSharing, { name: "a", props, config: { ...approved, allowedKmsKeyPatterns: ["^alias/studio$"] } });
        assert.match(keyed.violations.join("\n"), /s3KmsKeyId is "alias\/other", which matches none of "\^alias\/studio\$"/);
        const off = await runResourcePolicy(notebookSharing, { name: "a", props, config: { allowOutputSharing: false } });
        assert.match(off.violations.join("\n"), /notebookOutputOption is "Allowed"; only "Disabled" is allowed/);
    });
});
