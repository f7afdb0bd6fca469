// StudioTeam's spaces through the real CLI on sagemaker-local: a private space per member, owned by
// their profile and created after it, a shared space of the team's, updates in place, a size above
// the member's maximum refused at preview, offboarding a member with their space in one up, the
// loss of storage called out, and destroy leaving nothing.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import { CreateAppCommand, DescribeUserProfileCommand, ListSpacesCommand, ListUserProfilesCommand } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import type { TeamSpec } from "../../components/team-spec";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, PROFILE_TYPE, startEmulator } from "../support/profiles-stack";

const run = promisify(execFile);
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "components", "team-project");
const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";
const MUTATING = /^(Create|Update|Delete)(Space|UserProfile)$/;
const ROLE = "arn:aws:iam::123456789012:role/team";

interface PreviewStep {
    op: string;
    urn: string;
}

const team = (members: string[], instanceType = "ml.t3.medium", ebsVolumeSizeInGb = 20): TeamSpec => ({
    defaults: { executionRole: ROLE, spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 10, maximumEbsVolumeSizeInGb: 50 } } },
    tags: { team: "engine" },
    privateSpace: { appType: "JupyterLab", instanceType, ebsVolumeSizeInGb },
    sharedSpaces: [{ name: "engine-shared", appType: "CodeEditor", instanceType: "ml.t3.large" }],
    members: members.map((name) => ({ name })),
});

describe("components/StudioTeam spaces on the engine", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;
    const client = () => emulatorClient(emulator);

    async function declare(spec: TeamSpec): Promise<void> {
        await project.ok(["config", "set", "team", JSON.stringify(spec)]);
    }

    async function planned(): Promise<[string, string][]> {
        const steps: PreviewStep[] = JSON.parse((await project.ok(["preview", "--json"])).stdout).steps ?? [];
        return steps.filter((s) => s.op !== "same" && (s.urn.includes(SPACE_TYPE) || s.urn.includes(PROFILE_TYPE))).map((s) => [s.op, s.urn.split("::").pop()!]);
    }

    async function upCalls(): Promise<{ calls: string[]; output: string }> {
        emulator.clearRequests();
        const result = await project.ok(["up", "--yes", "--skip-preview"]);
        return { calls: emulator.requests().map((r) => r.operation).filter((op) => MUTATING.test(op)), output: result.output };
    }

    /** The pull-request summary of a streamed preview, as `sagemaker-studio summary` prints it. */
    async function summarize(...args: string[]): Promise<string> {
        const events = path.join(project.dir, "preview.jsonl");
        fs.writeFileSync(events, (await project.ok(["preview", "--json"], { PULUMI_ENABLE_STREAMING_JSON_PREVIEW: "true" })).stdout);
        return (await run(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "summary", events, ...args], { env: project.env() })).stdout;
    }

    async function spaces() {
        return (await client().send(new ListSpacesCommand({ DomainIdEquals: DOMAIN, MaxResults: 100 }))).Spaces ?? [];
    }

    before(async () => {
        emulator = await startEmulator(100);
        project = new PulumiProject(makeWorkDir("team-spaces", FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["config", "set", "domainId", DOMAIN]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("a team of three with private JupyterLab spaces of 20 GB and a shared space makes four spaces, each private one owned by its member", async () => {
        await declare(team(["alice", "bob", "carol"]));
        const { calls } = await upCalls();
        assert.deepStrictEqual(calls.filter((c) => c === "CreateSpace").length, 4);
        assert.deepStrictEqual(calls.filter((c) => c === "CreateUserProfile").length, 3);
        const listed = await spaces();
        assert.strictEqual(listed.length, 4);
        for (const member of ["alice", "bob", "carol"]) {
            const space = listed.find((s) => s.SpaceName === `${member}-private`);
            assert.ok(space, `${member}-private exists`);
            assert.strictEqual(space.OwnershipSettingsSummary?.OwnerUserProfileName, member);
            assert.strictEqual(space.SpaceSharingSettingsSummary?.SharingType, "Private");
            assert.strictEqual(space.SpaceSettingsSummary?.AppType, "JupyterLab");
            assert.strictEqual(space.SpaceSettingsSummary?.SpaceStorageSettings?.EbsStorageSettings?.EbsVolumeSizeInGb, 20);
            // Created once its owner was InService (the emulator's latency after the profile's creation).
            const owner = await client().send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: member }));
            assert.ok(space.CreationTime!.getTime() >= owner.CreationTime!.getTime() + 100, `${member}'s space after their profile`);
        }
        const shared = listed.find((s) => s.SpaceName === "engine-shared");
        assert.strictEqual(shared?.SpaceSharingSettingsSummary?.SharingType, "Shared");
        assert.strictEqual(shared?.OwnershipSettingsSummary, undefined);
        const state = await project.exportStack();
        const recorded = resourcesOfType(state, SPACE_TYPE);
        assert.deepStrictEqual(recorded.map((r) => r.urn.split("::").pop()).sort(), ["team-alice-space", "team-bob-space", "team-carol-space", "team-engine-shared"]);
        const alice = recorded.find((r) => r.urn.endsWith("::team-alice-space")) as unknown as { dependencies?: string[]; outputs: { tags?: Record<string, string> } };
        assert.ok(alice.dependencies?.some((d) => d.endsWith("::team-alice")), "alice's space depends on her profile");
        assert.deepStrictEqual(alice.outputs.tags, { team: "engine" });
        const sharedState = recorded.find((r) => r.urn.endsWith("::team-engine-shared")) as unknown as { outputs: { tags?: Record<string, string> } };
        assert.deepStrictEqual(sharedState.outputs.tags, { team: "engine" }, "shared spaces carry the team's tags");
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("a change of the team's instance type updates the three private spaces in place", async () => {
        await declare(team(["alice", "bob", "carol"], "ml.m5.large"));
        assert.deepStrictEqual((await planned()).sort(), [["update", "team-alice-space"], ["update", "team-bob-space"], ["update", "team-carol-space"]]);
        const { calls } = await upCalls();
        assert.deepStrictEqual(calls, ["UpdateSpace", "UpdateSpace", "UpdateSpace"]);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("an EBS size above the member's maximum fails at preview with the spec's path, and up writes nothing", async () => {
        await declare(team(["alice", "bob", "carol"], "ml.m5.large", 60));
        emulator.clearRequests();
        const preview = await project.run(["preview"]);
        assert.notStrictEqual(preview.code, 0);
        assert.match(
            preview.output,
            /privateSpace\.ebsVolumeSizeInGb \(members alice, bob, carol\): EbsVolumeSizeInGb \(60\) must be less than or equal to the MaximumEbsVolumeSizeInGb \(50\) in the member's userSettings\.spaceStorageSettings\.defaultEbsStorageSettings/,
        );
        const up = await project.run(["up", "--yes"]);
        assert.notStrictEqual(up.code, 0);
        assert.deepStrictEqual(emulator.requests().filter((r) => MUTATING.test(r.operation)), []);
    });

    it("removing a member deletes their space and then their profile in one up: the preview lists both deletes, up calls out the lost storage", async () => {
        await project.ok(["config", "set", "sagemaker:deleteApps", "true"]);
        await declare(team(["alice", "carol"], "ml.m5.large"));
        assert.deepStrictEqual((await planned()).sort(), [["delete", "team-bob"], ["delete", "team-bob-space"]]);
        await client().send(new CreateAppCommand({ DomainId: DOMAIN, SpaceName: "bob-private", AppType: "JupyterLab", AppName: "default" }));
        const summary = await summarize("--endpoint-url", emulator.url, "--region", "us-east-1");
        assert.ok(summary.includes("**Members:** 1 to delete. **Spaces:** 1 to delete (storage lost)."), summary);
        assert.match(
            summary,
            /> \*\*The space `d-testdomain01\/bob-private` \(private, owner `bob`\) will be deleted: the files on its storage volume \(20 GB\) are lost\.\*\*\n> Running apps: `JupyterLab\/default \((Pending|InService)\)`\.\n/,
        );
        assert.ok(summary.includes("\nBeyond the spaces above, no deleted or replaced member has a private space or a running app.\n"), summary);
        const { calls, output } = await upCalls();
        assert.deepStrictEqual(calls, ["DeleteSpace", "DeleteUserProfile"]);
        assert.match(output, /warning: space d-testdomain01\/bob-private: deleting it: the files on its storage volume are lost/);
        assert.deepStrictEqual((await spaces()).map((s) => s.SpaceName).sort(), ["alice-private", "carol-private", "engine-shared"]);
    });

    it("a member with privateSpace: false has none, and a replacement of the app type warns of the lost storage at preview", async () => {
        const spec = team(["alice", "carol"], "ml.m5.large");
        spec.members![1].privateSpace = false;
        spec.members![0].privateSpace = { appType: "CodeEditor" };
        await declare(spec);
        const preview = await project.ok(["preview", "--diff"]);
        assert.match(preview.output, /space d-testdomain01\/alice-private: deleting it \(spaceSettings\.appType cannot change, so the space is replaced\): the files on its storage volume are lost/);
        const steps = await planned();
        assert.deepStrictEqual(steps.filter(([, name]) => name === "team-carol-space"), [["delete", "team-carol-space"]]);
        assert.ok(steps.some(([op, name]) => name === "team-alice-space" && /replace/.test(op)), JSON.stringify(steps));
        await upCalls();
        const alice = (await spaces()).find((s) => s.SpaceName === "alice-private");
        assert.strictEqual(alice?.SpaceSettingsSummary?.AppType, "CodeEditor");
    });

    it("destroy leaves no space and no profile", async () => {
        await project.ok(["destroy", "--yes", "--skip-preview"]);
        assert.deepStrictEqual(await spaces(), []);
        assert.deepStrictEqual((await client().send(new ListUserProfilesCommand({ DomainIdEquals: DOMAIN }))).UserProfiles ?? [], []);
    });
});
