// UserProfile through its whole life, driven by the real Pulumi CLI against
// sagemaker-local: create, no-change preview, in-place updates, drift,
// clearing, renames, destroy.
import * as assert from "assert";
import { DescribeUserProfileCommand, ListTagsCommand, SageMakerClient, UpdateUserProfileCommand } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { OWNER_TAG, STACK_TAG } from "../../gateway/ownership";
import { cleanWorkDirs } from "../support/engine";
import { DOMAIN, emulatorClient, ProfilesStack, SSO_DOMAIN, startEmulator } from "../support/profiles-stack";

const ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";
const OTHER_ROLE = "arn:aws:iam::123456789012:role/OutOfBand";
const LCC = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/idle-shutdown";
const SG1 = "sg-0123456789abcdef0";
const SG2 = "sg-0fedcba9876543210";
const SG3 = "sg-0aaaaaaaaaaaaaaaa";

const MUTATING = /^(Create|Update|Delete)|^(AddTags|DeleteTags)$/;

function alice(overrides: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
    return {
        domainId: DOMAIN,
        userProfileName: "alice",
        tags: { team: "fraud-ml", env: "dev" },
        userSettings: {
            executionRole: ROLE,
            securityGroups: [SG1, SG2],
            jupyterLabAppSettings: {
                defaultResourceSpec: { instanceType: "ml.t3.medium" },
                lifecycleConfigArns: [LCC],
            },
            ...settings,
        },
        ...overrides,
    };
}

async function describe_(client: SageMakerClient, name: string, domain = DOMAIN) {
    return client.send(new DescribeUserProfileCommand({ DomainId: domain, UserProfileName: name }));
}

describe("UserProfile on the engine: its whole life", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    let stack: ProfilesStack;

    before(async () => {
        emulator = await startEmulator(undefined, ["carol@example.com", "carol.smith@example.com"]);
        client = emulatorClient(emulator);
        stack = await ProfilesStack.create(emulator, "profile-life");
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("creates a profile with its settings and tags", async () => {
        await stack.declare({ alice: alice() });
        await stack.up();
        const state = await stack.profile("alice");
        assert.strictEqual(state.id, `${DOMAIN}/alice`);
        assert.strictEqual(state.outputs?.status, "InService");
        assert.match(String(state.outputs?.arn), /^arn:aws:sagemaker:us-east-1:\d{12}:user-profile\/d-testdomain01\/alice$/);
        const live = await describe_(client, "alice");
        assert.strictEqual(live.UserSettings?.JupyterLabAppSettings?.DefaultResourceSpec?.InstanceType, "ml.t3.medium");
        assert.deepStrictEqual(live.UserSettings?.SecurityGroups, [SG1, SG2]);
        const tags = await client.send(new ListTagsCommand({ ResourceArn: live.UserProfileArn }));
        const { [OWNER_TAG]: owner, [STACK_TAG]: stackTag, ...programTags } = Object.fromEntries((tags.Tags ?? []).map((t) => [t.Key, t.Value]));
        assert.deepStrictEqual(programTags, { team: "fraud-ml", env: "dev" });
        assert.match(String(owner), /^[0-9a-f]{40}$/, "the owner tag that lets an interrupted create be taken over");
        assert.strictEqual(stackTag, "profiles/dev", "the stack tag that names the project and stack to a person");
        assert.deepStrictEqual(state.outputs?.tags, { team: "fraud-ml", env: "dev" });
    });

    it("previews no changes afterwards, and none for reordered security groups", async () => {
        await stack.project.ok(["preview", "--expect-no-changes"]);
        await stack.declare({ alice: alice({}, { securityGroups: [SG2, SG1] }) });
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("updates settings and tags in place, showing each changed setting", async () => {
        await stack.declare({
            alice: alice(
                { tags: { team: "fraud-ml", env: "prod" } },
                {
                    securityGroups: [SG1, SG2, SG3],
                    jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" }, lifecycleConfigArns: [LCC] },
                    sharingSettings: { notebookOutputOption: "Disabled" },
                },
            ),
        });
        const preview = await stack.project.ok(["preview", "--diff"]);
        assert.match(preview.stdout, /instanceType\s*:\s*"ml\.t3\.medium"\s*=>\s*"ml\.m5\.large"/);
        assert.match(preview.stdout, /1 to update/);
        assert.doesNotMatch(preview.stdout, /to replace/);
        emulator.clearRequests();
        const out = await stack.up();
        assert.match(out, /1 updated/);
        const ops = emulator.requests().map((r) => r.operation).filter((o) => MUTATING.test(o));
        assert.ok(!ops.includes("CreateUserProfile") && !ops.includes("DeleteUserProfile"), ops.join(","));
        const live = await describe_(client, "alice");
        assert.strictEqual(live.UserSettings?.JupyterLabAppSettings?.DefaultResourceSpec?.InstanceType, "ml.m5.large");
        assert.deepStrictEqual([...(live.UserSettings?.SecurityGroups ?? [])].sort(), [SG1, SG2, SG3].sort());
        assert.strictEqual(live.UserSettings?.SharingSettings?.NotebookOutputOption, "Disabled");
        const tags = await client.send(new ListTagsCommand({ ResourceArn: live.UserProfileArn }));
        const { [OWNER_TAG]: _owner, [STACK_TAG]: _stack, ...programTags } = Object.fromEntries((tags.Tags ?? []).map((t) => [t.Key, t.Value]));
        assert.deepStrictEqual(programTags, { team: "fraud-ml", env: "prod" });
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("clears a setting removed from the program", async () => {
        await stack.declare({
            alice: alice({ tags: { team: "fraud-ml" } }, { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" } } }),
        });
        await stack.up();
        const live = await describe_(client, "alice");
        assert.deepStrictEqual(live.UserSettings?.JupyterLabAppSettings?.LifecycleConfigArns ?? [], []);
        const tags = await client.send(new ListTagsCommand({ ResourceArn: live.UserProfileArn }));
        const { [OWNER_TAG]: owner, [STACK_TAG]: _stack, ...programTags } = Object.fromEntries((tags.Tags ?? []).map((t) => [t.Key, t.Value]));
        assert.deepStrictEqual(programTags, { team: "fraud-ml" });
        assert.ok(owner, "a removed program tag never removes the owner tag");
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("shows drift after refresh and corrects it on the next up", async () => {
        await client.send(
            new UpdateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "alice", UserSettings: { ExecutionRole: OTHER_ROLE } }),
        );
        await new Promise((r) => setTimeout(r, 400)); // the emulator's Updating latency
        await stack.project.ok(["refresh", "--yes"]);
        const refreshed = await stack.profile("alice");
        assert.strictEqual((refreshed.outputs?.userSettings as { executionRole?: string }).executionRole, OTHER_ROLE);
        const preview = await stack.project.run(["preview", "--expect-no-changes", "--diff"]);
        assert.notStrictEqual(preview.code, 0, "the drift shows as a change");
        assert.match(preview.stdout, /executionRole/);
        await stack.up();
        assert.strictEqual((await describe_(client, "alice")).UserSettings?.ExecutionRole, ROLE);
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("treats a change of letter case in the name as no change", async () => {
        await stack.declare({ alice: alice({ userProfileName: "Alice", tags: { team: "fraud-ml" } }, { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" } } }) });
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("replaces on rename, creating the new profile before deleting the old one", async () => {
        await stack.declare({ alice: alice({ userProfileName: "alice-new", tags: { team: "fraud-ml" } }) });
        emulator.clearRequests();
        const out = await stack.up();
        assert.match(out, /1 replaced/);
        const ops = emulator.requests().map((r) => r.operation);
        assert.ok(ops.indexOf("CreateUserProfile") < ops.indexOf("DeleteUserProfile"), ops.join(","));
        await assert.rejects(describe_(client, "alice"), /ResourceNotFound|does not exist/);
        assert.strictEqual((await describe_(client, "alice-new")).Status, "InService");
    });

    it("replaces an SSO profile delete-before-replace when only its SSO user changes", async () => {
        const carol = (value: string) => ({
            domainId: SSO_DOMAIN,
            userProfileName: "carol",
            singleSignOnUserIdentifier: "UserName",
            singleSignOnUserValue: value,
            userSettings: { executionRole: ROLE },
        });
        await stack.declare({ carol: carol("carol@example.com") });
        await stack.up();
        assert.strictEqual((await stack.profile("carol")).outputs?.identityCenterAssignment, "made");
        await stack.declare({ carol: carol("carol.smith@example.com") });
        emulator.clearRequests();
        const out = await stack.up();
        assert.match(out, /1 replaced/);
        const ops = emulator.requests().map((r) => r.operation);
        assert.ok(ops.indexOf("DeleteUserProfile") >= 0 && ops.indexOf("DeleteUserProfile") < ops.indexOf("CreateUserProfile"), ops.join(","));
        assert.strictEqual((await describe_(client, "carol", SSO_DOMAIN)).SingleSignOnUserValue, "carol.smith@example.com");
    });

    it("destroys every profile", async () => {
        await stack.project.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(await stack.profiles(), []);
        await assert.rejects(describe_(client, "alice-new"), /ResourceNotFound|does not exist/);
        await assert.rejects(describe_(client, "carol", SSO_DOMAIN), /ResourceNotFound|does not exist/);
    });
});
