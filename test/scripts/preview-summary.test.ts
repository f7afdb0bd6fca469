// scripts/preview-summary.js on real previews (the engine on sagemaker-local, with the policy
// pack) and on hand-written events for the cases a preview on the emulator cannot produce.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, REPO_ROOT } from "../support/engine";
import { ProfilesStack, startEmulator } from "../support/profiles-stack";
import { profile } from "../policy/profiles";

const { readPreview } = require("../../scripts/preview-summary/read");
const { renderSummary } = require("../../scripts/preview-summary/markdown");

const SCRIPT = path.join(REPO_ROOT, "scripts", "preview-summary.js");
const PROFILE_URN = "urn:pulumi:dev::studio::pulumi-nodejs:dynamic/sagemaker:UserProfile::";

function summarize(...files: string[]): string {
    return execFileSync(process.execPath, [SCRIPT, ...files], { encoding: "utf8" });
}

const EXPECTED_REAL = `## SageMaker Studio user profiles: preview

**Members:** 1 to create, 1 to update, 1 to replace, 1 to delete. **Policy:** 1 mandatory, 2 advisory.

> [!CAUTION]
> **1 mandatory policy violation: this change cannot be deployed until it is fixed.**

> [!WARNING]
> **\`carol\` will be replaced** because \`userProfileName\` changes: the profile is deleted and created again, and the member loses access to the files in their EFS home directory (the new profile gets a new home).

| Member | Change | Settings changed | Policy |
| --- | --- | --- | --- |
| \`carol\` | replace | 2 | ⚠️ 1 |
| \`dan\` | delete | — | ✅ |
| \`bob\` | create | 5 | ❌ 1 ⚠️ 1 |
| \`alice\` | update | 1 | ✅ |

### \`carol\`: replace

Profile \`carol2\`.

| Setting | From | To |
| --- | --- | --- |
| \`userProfileName\` | \`"carol"\` | \`"carol2"\` |
| \`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType\` | \`"ml.t3.medium"\` | \`"ml.g5.xlarge"\` |

- ⚠️ **advisory** (medium) \`sagemaker-userprofile-allowed-instance-types\`: member "carol2" (resource carol): userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.g5.xlarge", which is not allowed; allowed: "system", "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*".

### \`dan\`: delete

### \`bob\`: create

| Setting | From | To |
| --- | --- | --- |
| \`domainId\` | — | \`"d-testdomain01"\` |
| \`tags.owner\` | — | \`"bob@example.com"\` |
| \`userProfileName\` | — | \`"bob"\` |
| \`userSettings.executionRole\` | — | \`"arn:aws:iam::123456789012:role/sagemaker/studio-bob"\` |
| \`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType\` | — | \`"ml.p3.2xlarge"\` |

- ❌ **mandatory** (high) \`sagemaker-userprofile-denied-instance-families\`: member "bob": userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.p3.2xlarge", of denied family "p3"; denied families: "p3", "p3dn".
- ⚠️ **advisory** (medium) \`sagemaker-userprofile-allowed-instance-types\`: member "bob": userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.p3.2xlarge", which is not allowed; allowed: "system", "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*".

### \`alice\`: update

| Setting | From | To |
| --- | --- | --- |
| \`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType\` | \`"ml.t3.medium"\` | \`"ml.m5.large"\` |
`;

describe("scripts/preview-summary on real previews", function () {
    let emulator: SageMakerLocal;
    let stack: ProfilesStack;
    let events: string;
    let digest: string;
    let eventLog: string;

    before(async () => {
        emulator = await startEmulator(0);
        stack = await ProfilesStack.create(emulator, "preview-summary");
        await stack.declare({ alice: profile("alice", "ml.t3.medium"), carol: profile("carol", "ml.t3.medium"), dan: profile("dan", "ml.t3.medium") });
        await stack.up();
        await stack.declare({
            alice: profile("alice", "ml.m5.large"),
            bob: profile("bob", "ml.p3.2xlarge"),
            carol: { ...profile("carol", "ml.g5.xlarge"), userProfileName: "carol2" },
        });
        const config = path.join(stack.project.dir, "policy-config.json");
        fs.writeFileSync(config, JSON.stringify({ "sagemaker-userprofile-idle-shutdown": "disabled", "sagemaker-userprofile-lifecycle-config-required": "disabled" }));
        const policyArgs = ["--policy-pack", path.join(REPO_ROOT, "policy"), "--policy-pack-config", config];
        const streamed = await stack.project.run(["preview", "--json", ...policyArgs], { PULUMI_ENABLE_STREAMING_JSON_PREVIEW: "true" });
        assert.notStrictEqual(streamed.code, 0, "the mandatory violation fails the preview");
        events = path.join(stack.project.dir, "preview.jsonl");
        fs.writeFileSync(events, streamed.stdout);
        const whole = await stack.project.run(["preview", "--json", ...policyArgs]);
        digest = path.join(stack.project.dir, "preview.json");
        fs.writeFileSync(digest, whole.stdout);
        // --event-log is a hidden flag in this CLI version; PULUMI_DEBUG_COMMANDS lists it.
        eventLog = path.join(stack.project.dir, "events.jsonl");
        await stack.project.run(["preview", "--event-log", eventLog, ...policyArgs], { PULUMI_DEBUG_COMMANDS: "true" });
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("summarizes streamed engine events: changes per member, the replacement, every violation with its level", () => {
        assert.strictEqual(summarize(events), EXPECTED_REAL);
    });

    it("gives the same summary from an --event-log file", () => {
        assert.strictEqual(summarize(eventLog), EXPECTED_REAL);
    });

    it("gives the same summary from the digest and the events together", () => {
        assert.strictEqual(summarize(digest, events), EXPECTED_REAL);
    });

    it("from the digest alone, shows the changes without policy results", () => {
        const markdown = summarize(digest);
        assert.match(markdown, /\*\*Members:\*\* 1 to create, 1 to update, 1 to replace, 1 to delete\. \*\*Policy:\*\* 0 mandatory, 0 advisory\./);
        assert.match(markdown, /> \*\*The preview failed; see the job log\.\*\*/);
        assert.match(markdown, /\*\*`carol` will be replaced\*\*/);
        assert.doesNotMatch(markdown, /sagemaker-userprofile-/);
    });
});

describe("scripts/preview-summary on hand-written events", () => {
    const pre = (op: string, name: string, oldInputs?: object, newInputs?: object, keys?: string[]) => JSON.stringify({
        resourcePreEvent: { metadata: { op, urn: PROFILE_URN + name, type: "pulumi-nodejs:dynamic/sagemaker:UserProfile", old: oldInputs && { inputs: oldInputs }, new: newInputs && { inputs: newInputs }, keys } },
    });
    const policy = (urn: string, policyName: string, enforcementLevel: string, message: string) =>
        JSON.stringify({ policyEvent: { resourceUrn: urn, policyName, policyPackName: "sagemaker-studio-guard", enforcementLevel, message } });

    it("marks values unknown in preview and secrets, and notes rules that could not run", () => {
        const lines = [
            pre("update", "ml-eve", { userSettings: { executionRole: "arn:a" }, tags: { "cost center": "1" } },
                { userSettings: { executionRole: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }, tags: { "cost center": { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "2" } } }),
            policy(PROFILE_URN + "ml-eve", "sagemaker-userprofile-execution-role-allowed", "advisory",
                "can't run policy 'sagemaker-userprofile-execution-role-allowed' from policy pack 'sagemaker-studio-guard@v0.1.0' during preview: string value at .userSettings.executionRole can't be known during preview"),
        ];
        const markdown = renderSummary(readPreview([lines.join("\n")]));
        assert.ok(markdown.includes('| `tags["cost center"]` | `"1"` | _secret_ |'), markdown);
        assert.ok(markdown.includes('| `userSettings.executionRole` | `"arn:a"` | _known after apply_ |'), markdown);
        assert.ok(markdown.includes("- ⏳ **not checked in preview** `sagemaker-userprofile-execution-role-allowed`: string value at .userSettings.executionRole can't be known during preview; it is enforced at deploy"), markdown);
    });

    it("lists stack-level violations under the stack and teams, and unchanged members that violate", () => {
        const lines = [
            pre("same", "ml-fay", { userProfileName: "fay" }, { userProfileName: "fay" }),
            policy(PROFILE_URN + "ml-fay", "sagemaker-userprofile-required-tags", "mandatory", "A user profile must carry the required tags.\nmember \"fay\" (resource ml-fay): tags lack \"owner\"; required: \"owner\"."),
            policy("urn:pulumi:dev::studio::sagemaker:index:StudioTeam::ml", "sagemaker-team-gpu-quota", "advisory", "A team may give at most its quota.\nteam \"ml\": 3 members have a GPU app default, above its quota of 2."),
        ];
        const markdown = renderSummary(readPreview([lines.join("\n")]));
        assert.ok(markdown.includes("| `ml-fay` | unchanged | 0 | ❌ 1 |"), markdown);
        assert.ok(markdown.includes("### Stack and teams\n\n- ⚠️ **advisory** `sagemaker-team-gpu-quota`: team \"ml\": 3 members have a GPU app default, above its quota of 2. (`ml`)"), markdown);
        assert.ok(markdown.includes("**Policy:** 1 mandatory, 1 advisory."), markdown);
    });

    it("says so when nothing changes", () => {
        const markdown = renderSummary(readPreview([pre("same", "ml-gus", { a: 1 }, { a: 1 })]));
        assert.strictEqual(markdown, "## SageMaker Studio user profiles: preview\n\n**Members:** no changes. **Policy:** 0 mandatory, 0 advisory.\n");
    });

    it("exits 2 with usage when given no file", () => {
        assert.throws(() => execFileSync(process.execPath, [SCRIPT], { stdio: "pipe" }), (e: { status: number }) => e.status === 2);
    });
});
