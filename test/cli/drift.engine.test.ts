// `sagemaker-studio drift` on a stack on sagemaker-local: profiles changed, retagged and deleted
// behind Pulumi's back with the AWS CLI are reported, member by member and setting by setting,
// with the drift exit status; a stack nobody touched (rich settings, empty lists and all) is clean;
// the check writes no state.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import { DescribeUserProfileCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, REPO_ROOT } from "../support/engine";
import { fullUserSettings } from "../support/full-user-settings";
import { DOMAIN, emulatorClient, ProfilesStack, startEmulator } from "../support/profiles-stack";

const execute = promisify(execFile);
const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };
const AWS_CLI = "/usr/bin/aws";
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const ROLE = "arn:aws:iam::123456789012:role/Studio";
const WRITES = /^(Create|Update|Delete|AddTags)/;

interface Run {
    code: number;
    stdout: string;
    stderr: string;
}

async function drift(stack: ProfilesStack, ...args: string[]): Promise<Run> {
    try {
        const { stdout, stderr } = await execute(process.execPath, [COMMAND, "drift", "--cwd", stack.project.dir, ...args], { env: stack.project.env() });
        return { code: 0, stdout, stderr };
    } catch (e) {
        const failed = e as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
}

const EXPECTED_DRIFT = `## SageMaker Studio user profiles: drift of \`dev\`

**Drift** in 3 members (2 changed, 1 deleted).

From is what the stack's state records, To what is live now. \`pulumi up --refresh\` brings them back to what the program says (a value SageMaker cannot unset stays, and its preview says so).

| Member | Drift | Settings changed |
| --- | --- | --- |
| \`carl\` | deleted | — |
| \`alice\` | changed | 1 |
| \`bob\` | changed | 2 |

### \`carl\`: deleted

Profile \`d-testdomain01/carl\` no longer exists; \`pulumi up --refresh\` creates it again.

### \`alice\`: changed

| Setting | From | To |
| --- | --- | --- |
| \`userSettings.kernelGatewayAppSettings.defaultResourceSpec.instanceType\` | \`"ml.t3.medium"\` | \`"ml.m5.large"\` |

### \`bob\`: changed

| Setting | From | To |
| --- | --- | --- |
| \`tags.rogue\` | — | \`"yes"\` |
| \`tags.team\` | \`"b"\` | \`"changed"\` |
`;

const CLEAN = "## SageMaker Studio user profiles: drift of `dev`\n\n**No drift:** every member is as the stack's state records it.\n";

describe("sagemaker-studio drift", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    let stack: ProfilesStack;
    const awsEnv = { ...process.env, ...LOCAL_CREDENTIALS, AWS_REGION: "us-east-1", AWS_EC2_METADATA_DISABLED: "true" } as Record<string, string>;
    const aws = (...args: string[]) => execute(AWS_CLI, ["sagemaker", "--endpoint-url", emulator.url, ...args], { env: awsEnv });
    const status = async (name: string) =>
        client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name })).then((p) => p.Status, () => "gone");
    const settled = async (name: string, wanted: string) => {
        for (let i = 0; i < 200 && (await status(name)) !== wanted; i++) await new Promise((r) => setTimeout(r, 50));
        assert.strictEqual(await status(name), wanted, name);
    };

    before(async () => {
        emulator = await startEmulator(50);
        client = emulatorClient(emulator);
        stack = await ProfilesStack.create(emulator, "drift");
        await stack.declare({
            alice: { domainId: DOMAIN, userProfileName: "alice", tags: { team: "a" }, userSettings: { executionRole: ROLE, kernelGatewayAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } } },
            bob: { domainId: DOMAIN, userProfileName: "bob", tags: { team: "b" }, userSettings: { executionRole: ROLE } },
            carl: { domainId: DOMAIN, userProfileName: "carl" },
            // What the program writes in its own way must not look like drift.
            dana: { domainId: DOMAIN, userProfileName: "Dana", tags: { "cost center": "1" }, userSettings: fullUserSettings(), deleteApps: true, timeouts: { delete: "20m" } },
            erin: { domainId: DOMAIN, userProfileName: "erin", tags: {}, userSettings: { securityGroups: [], jupyterLabAppSettings: {}, customFileSystemConfigs: [] } },
        });
        await stack.up();
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("exits 0 on a stack nobody changed, and writes no state", async () => {
        const before = await stack.project.exportStack();
        emulator.clearRequests();
        const clean = await drift(stack);
        assert.strictEqual(clean.code, 0, clean.stderr);
        assert.strictEqual(clean.stdout, CLEAN);
        assert.deepStrictEqual(emulator.requests().filter((r) => WRITES.test(r.operation)), []);
        assert.deepStrictEqual(await stack.project.exportStack(), before);
    });

    it("reports settings and tags changed and a profile deleted with the AWS CLI, exits 3, and writes no state", async () => {
        await aws("update-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "alice", "--user-settings", JSON.stringify({ KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: "ml.m5.large" } } }));
        const { stdout } = await aws("describe-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "bob");
        await aws("add-tags", "--resource-arn", JSON.parse(stdout).UserProfileArn, "--tags", "Key=team,Value=changed", "Key=rogue,Value=yes");
        await aws("delete-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "carl");
        await settled("alice", "InService");
        await settled("carl", "gone");

        const before = await stack.project.exportStack();
        emulator.clearRequests();
        const out = path.join(stack.project.dir, "drift.md");
        const drifted = await drift(stack, "--stack", "dev", "--out", out);
        assert.strictEqual(drifted.code, 3, drifted.stderr);
        assert.strictEqual(drifted.stdout, "");
        assert.strictEqual(fs.readFileSync(out, "utf8"), EXPECTED_DRIFT);
        assert.deepStrictEqual(emulator.requests().filter((r) => WRITES.test(r.operation)), [], "the check only reads");
        assert.deepStrictEqual(await stack.project.exportStack(), before);
    });

    it("is clean again once pulumi up --refresh has applied the program", async () => {
        await stack.project.ok(["up", "--refresh", "--yes", "--skip-preview"]);
        const clean = await drift(stack);
        assert.strictEqual(clean.code, 0, clean.stdout);
        assert.strictEqual(clean.stdout, CLEAN);
        assert.strictEqual(await status("carl"), "InService", "created again");
        const alice = await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "alice" }));
        assert.strictEqual(alice.UserSettings?.KernelGatewayAppSettings?.DefaultResourceSpec?.InstanceType, "ml.t3.medium", "set back");
    });

    it("is clean after the program stops setting notebook sharing: SageMaker's Disabled is what removing it means", async () => {
        const sharing = (settings: Record<string, unknown>) => ({ domainId: DOMAIN, userProfileName: "fay", userSettings: { executionRole: ROLE, ...settings } });
        await stack.declare({ fay: sharing({ sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: "s3://notebooks/fay" } }) });
        await stack.up();
        await stack.declare({ fay: sharing({}) });
        await stack.up();
        const fay = await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "fay" }));
        assert.strictEqual(fay.UserSettings?.SharingSettings?.NotebookOutputOption, "Disabled", "sharing turned off");
        const clean = await drift(stack);
        assert.strictEqual(clean.code, 0, clean.stdout);
        await aws("update-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "fay", "--user-settings", JSON.stringify({ SharingSettings: { NotebookOutputOption: "Allowed" } }));
        await settled("fay", "InService");
        const drifted = await drift(stack);
        assert.strictEqual(drifted.code, 3, drifted.stdout);
        assert.ok(drifted.stdout.includes('| `userSettings.sharingSettings.notebookOutputOption` | — | `"Allowed"` |'), drifted.stdout);
    });

    it("exits 1 with pulumi's error when the check cannot run, and 2 on a wrong command line", async () => {
        const missing = await drift(stack, "--stack", "no-such-stack");
        assert.strictEqual(missing.code, 1);
        assert.match(missing.stderr, /sagemaker-studio: pulumi refresh --preview-only exited with \d+:[\s\S]*no-such-stack/);
        assert.strictEqual(missing.stdout, "");
        const wrong = await drift(stack, "extra");
        assert.strictEqual(wrong.code, 2);
        assert.match(wrong.stderr, /extra/);
    });
});
