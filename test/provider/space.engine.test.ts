// Space through the real CLI on sagemaker-local: a standalone private space and its owner in one
// up, its drift reported by `sagemaker-studio drift`, a shared space above its domain's maximum
// refused at preview, adopting a space made by hand, a space with apps deleted only with
// deleteApps, kill -9 in the middle of creates converging like profiles do, and destroy leaving
// nothing.
import * as assert from "assert";
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { CreateAppCommand, CreateDomainCommand, CreateSpaceCommand, DescribeDomainCommand, DescribeSpaceCommand, ListSpacesCommand, ListTagsCommand, UpdateSpaceCommand } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, startEmulator } from "../support/profiles-stack";
import { okPulumi, sleep, startPulumi } from "../support/reliability";

const execute = promisify(execFile);
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "provider", "spaces-project");
const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";
const ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";

const profile = (name: string) => ({ domainId: DOMAIN, userProfileName: name, userSettings: { executionRole: ROLE } });
const privateSpace = (owner: string, extra: Record<string, unknown> = {}) => ({
    domainId: DOMAIN,
    spaceName: `${owner}-private`,
    ownershipSettings: { ownerUserProfileName: owner },
    spaceSharingSettings: { sharingType: "Private" },
    spaceSettings: { appType: "JupyterLab", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } },
    ...extra,
});

describe("provider/Space on the engine", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;
    const client = () => emulatorClient(emulator);

    async function declare(profiles: Record<string, unknown>, spaces: Record<string, unknown>): Promise<void> {
        await project.ok(["config", "set", "profiles", JSON.stringify(profiles)]);
        await project.ok(["config", "set", "spaces", JSON.stringify(spaces)]);
    }

    async function spaces(domainId = DOMAIN) {
        return (await client().send(new ListSpacesCommand({ DomainIdEquals: domainId, MaxResults: 100 }))).Spaces ?? [];
    }

    before(async () => {
        emulator = await startEmulator(150);
        project = new PulumiProject(makeWorkDir("spaces", FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        await pointProjectAt(project, emulator.url);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("creates a private space after its owner's profile in the same up, and previews no change afterwards", async () => {
        await declare({ ana: profile("ana") }, { "ana-space": privateSpace("ana") });
        const preview = await project.ok(["preview"]);
        assert.doesNotMatch(preview.output, /error/i, "the owner that does not exist yet is judged at up");
        await project.ok(["up", "--yes"]);
        const [space] = await spaces();
        assert.strictEqual(space.SpaceName, "ana-private");
        assert.strictEqual(space.OwnershipSettingsSummary?.OwnerUserProfileName, "ana");
        assert.strictEqual(space.Status, "InService");
        const [recorded] = resourcesOfType(await project.exportStack(), SPACE_TYPE);
        assert.ok(JSON.stringify(recorded).length < 3000, `state of a space: ${JSON.stringify(recorded).length} bytes`);
        assert.strictEqual(String((recorded.outputs as Record<string, unknown>).__provider), 'exports.handler=()=>require("pulumi-sagemaker-studio/space-provider")');
        await project.ok(["preview", "--expect-no-changes"]);
        await project.ok(["refresh", "--yes"]);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("sagemaker-studio drift reports a space changed out of band setting by setting, and is clean after up --refresh", async () => {
        const drift = () =>
            execute(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "drift", "--cwd", project.dir], { env: project.env() }).then(
                ({ stdout }) => ({ code: 0, stdout }),
                (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
            );
        await client().send(
            new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "ana-private", SpaceSettings: { JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.m5.large" } } } }),
        );
        for (let i = 0; i < 100; i++) {
            const { Status } = await client().send(new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: "ana-private" }));
            if (Status === "InService") break;
            await sleep(50);
        }
        const drifted = await drift();
        assert.strictEqual(drifted.code, 3, drifted.stdout);
        assert.ok(drifted.stdout.includes("**Drift** in 1 space (1 changed)."), drifted.stdout);
        assert.ok(
            drifted.stdout.includes(
                `### \`ana-space\`: changed\n\nSpace \`${DOMAIN}/ana-private\`.\n\n| Setting | From | To |\n| --- | --- | --- |\n| \`spaceSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType\` | \`"ml.t3.medium"\` | \`"ml.m5.large"\` |`,
            ),
            drifted.stdout,
        );
        await project.ok(["up", "--yes", "--refresh", "--skip-preview"]);
        assert.deepStrictEqual(await drift(), { code: 0, stdout: "## SageMaker Studio user profiles: drift of `dev`\n\n**No drift:** every member is as the stack's state records it.\n" });
    });

    it("refuses at preview a shared space above its domain's maximum, and writes nothing at up", async () => {
        const created = await client().send(
            new CreateDomainCommand({
                DomainName: "capped",
                AuthMode: "IAM",
                DefaultUserSettings: { ExecutionRole: ROLE },
                DefaultSpaceSettings: { SpaceStorageSettings: { DefaultEbsStorageSettings: { DefaultEbsVolumeSizeInGb: 10, MaximumEbsVolumeSizeInGb: 40 } } },
            }),
        );
        while ((await client().send(new DescribeDomainCommand({ DomainId: created.DomainId }))).Status !== "InService") await sleep(50);
        await declare({ ana: profile("ana") }, {
            "ana-space": privateSpace("ana"),
            big: { domainId: created.DomainId, spaceName: "big", spaceSharingSettings: { sharingType: "Shared" }, spaceSettings: { appType: "JupyterLab", spaceStorageSettings: { ebsStorageSettings: { ebsVolumeSizeInGb: 80 } } } },
        });
        const preview = await project.run(["preview"]);
        assert.notStrictEqual(preview.code, 0);
        assert.match(preview.output, /spaceSettings\.spaceStorageSettings\.ebsStorageSettings\.ebsVolumeSizeInGb.*EbsVolumeSizeInGb \(80\) must be less than or equal to the MaximumEbsVolumeSizeInGb \(40\) in SpaceStorageSettings\.DefaultEbsStorageSettings of the domain's DefaultSpaceSettings/);
        emulator.clearRequests();
        assert.notStrictEqual((await project.run(["up", "--yes"])).code, 0);
        assert.deepStrictEqual(emulator.requests().filter((r) => /^Create/.test(r.operation)), []);
        assert.deepStrictEqual(await spaces(created.DomainId), []);
    });

    it("adopts a space made by hand: the preview shows what changes, up adds the owner tag without creating anything", async () => {
        await client().send(
            new CreateSpaceCommand({
                DomainId: DOMAIN,
                SpaceName: "handmade",
                SpaceSharingSettings: { SharingType: "Shared" },
                SpaceSettings: { AppType: "CodeEditor", CodeEditorAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.large" } } },
                Tags: [{ Key: "legacy", Value: "yes" }],
            }),
        );
        const handmade = { domainId: DOMAIN, spaceName: "handmade", spaceSharingSettings: { sharingType: "Shared" }, spaceSettings: { appType: "CodeEditor", codeEditorAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } }, tags: { team: "ml" }, adopt: true };
        await declare({ ana: profile("ana") }, { "ana-space": privateSpace("ana"), handmade });
        const preview = await project.ok(["preview"]);
        assert.match(preview.output, /space d-testdomain01\/handmade: adopting the existing space; up will change what the program does not say:/);
        assert.match(preview.output, /spaceSettings\.codeEditorAppSettings\.defaultResourceSpec\.instanceType: "ml\.t3\.large" → "ml\.t3\.medium"/);
        assert.match(preview.output, /tags\.legacy: "yes" → \(removed\)/);
        emulator.clearRequests();
        await project.ok(["up", "--yes", "--skip-preview"]);
        const writes = emulator.requests().map((r) => r.operation).filter((op) => /^(Create|Update|Delete|AddTags)/.test(op));
        assert.ok(!writes.includes("CreateSpace"), writes.join(","));
        assert.ok(writes.includes("UpdateSpace") && writes.includes("AddTags"), writes.join(","));
        const arn = (await spaces()).find((s) => s.SpaceName === "handmade");
        assert.ok(arn);
        const tags = (await client().send(new ListTagsCommand({ ResourceArn: `arn:aws:sagemaker:us-east-1:123456789012:space/${DOMAIN}/handmade` }))).Tags ?? [];
        assert.deepStrictEqual(tags.map((t) => t.Key).sort(), ["pulumi-sagemaker-studio:owner", "pulumi-sagemaker-studio:stack", "team"]);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("deletes a space with a running app only with deleteApps, calling out the lost storage", async () => {
        await client().send(new CreateAppCommand({ DomainId: DOMAIN, SpaceName: "ana-private", AppType: "JupyterLab", AppName: "default" }));
        await sleep(400);
        await declare({ ana: profile("ana") }, {});
        const blocked = await project.run(["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(blocked.code, 0);
        assert.match(blocked.output, /space d-testdomain01\/ana-private cannot be deleted while it has app JupyterLab\/default \(InService\)\. To delete them with the space, run `pulumi config set sagemaker:deleteApps true`/);
        await project.ok(["config", "set", "sagemaker:deleteApps", "true"]);
        const done = await project.ok(["up", "--yes", "--skip-preview"]);
        assert.match(done.output, /warning: space d-testdomain01\/ana-private: deleting it: the files on its storage volume are lost/);
        assert.deepStrictEqual((await spaces()).map((s) => s.SpaceName), []);
    });

    it("kill -9 in the middle of creating spaces converges with pulumi cancel and one more up: no duplicate, no orphan", async () => {
        const owners = ["kim", "lee", "max", "noa"];
        const profiles = Object.fromEntries(owners.map((o) => [o, profile(o)]));
        await declare(profiles, {});
        await project.ok(["up", "--yes", "--skip-preview"]);
        await declare(profiles, Object.fromEntries(owners.map((o) => [`${o}-space`, privateSpace(o)])));
        emulator.clearRequests();
        const run = startPulumi(project, ["up", "--yes", "--skip-preview"]);
        while (emulator.requests().filter((r) => r.operation === "CreateSpace").length < 2) await sleep(20);
        run.kill();
        await run.done;
        await okPulumi(project, ["cancel", "--yes"]).catch(() => undefined);
        const recovery = await okPulumi(project, ["up", "--yes", "--skip-preview"]);
        const listed = await spaces();
        assert.deepStrictEqual(listed.map((s) => s.SpaceName).sort(), owners.map((o) => `${o}-private`), recovery.output);
        assert.ok(listed.every((s) => s.Status === "InService"));
        assert.match(recovery.output, /space d-testdomain01\/\w+-private: this resource created it before \(in a deployment that was interrupted[^)]*\); taking it over/);
        assert.strictEqual(resourcesOfType(await project.exportStack(), SPACE_TYPE).length, owners.length);
        await okPulumi(project, ["refresh", "--yes", "--clear-pending-creates"]);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("destroy leaves no space", async () => {
        await project.ok(["destroy", "--yes", "--skip-preview"]);
        assert.deepStrictEqual(await spaces(), []);
    });
});
