// `sagemaker-studio stacks split` and `stacks move`: an organisation's stack split into team stacks,
// a member moved to another team's stack with their private space, and a team moved back, each by
// its state alone: sagemaker-local's request log records no call during any of them, and every
// stack then previews no change.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, type StackExport } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, startEmulator } from "../support/profiles-stack";
import { emulatorProfiles } from "../support/reliability";

const run = promisify(execFile);
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "cli", "teams-project");
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const team = (name: string, members: string[]) =>
    [
        `name: ${name}`,
        "defaults:",
        "  executionRole: arn:aws:iam::123456789012:role/team",
        "privateSpace: {appType: JupyterLab, ebsVolumeSizeInGb: 5}",
        "members:",
        ...members.map((m) => `  - name: ${m}${m === "ana" ? "\n    # ana's own settings travel with her\n    settings: {jupyterLabAppSettings: {defaultResourceSpec: {instanceType: ml.t3.large}}}" : ""}`),
        "",
    ].join("\n");

describe("sagemaker-studio stacks split and move: by state alone", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;

    const command = (...args: string[]) => run("node", [COMMAND, ...args], { cwd: project.dir, env: project.env(), maxBuffer: 64 * 1024 * 1024 });
    const failing = (...args: string[]) => command(...args).then(() => assert.fail(`sagemaker-studio ${args.join(" ")} succeeded`), (e: { code: number; stderr: string }) => e);
    const stacks = async () => (JSON.parse((await project.ok(["stack", "ls", "--json"])).stdout) as { name: string }[]).map((s) => s.name).sort();
    const urns = async (stack: string) => ((JSON.parse((await project.ok(["stack", "export", "--stack", stack])).stdout) as StackExport).deployment.resources ?? []).map((r) => r.urn.split("::").slice(2).join("::"));

    /** Runs `sagemaker-studio stacks …` and returns its output, asserting that it made no call to SageMaker. */
    async function withoutCalls(...args: string[]): Promise<string> {
        const before = emulator.requests().length;
        const { stdout } = await command("stacks", ...args);
        assert.deepStrictEqual(emulator.requests().slice(before).map((r) => r.operation), [], `sagemaker-studio stacks ${args.join(" ")} called SageMaker`);
        return stdout;
    }

    async function previewsNoChange(stack: string): Promise<void> {
        const result = await project.run(["preview", "--stack", stack, "--expect-no-changes", "--diff"]);
        assert.strictEqual(result.code, 0, `${stack} previews changes:\n${result.output}`);
    }

    before(async () => {
        emulator = await startEmulator(100);
        project = new PulumiProject(makeWorkDir("stacks-move", FIXTURE), { endpoint: emulator.url });
        fs.mkdirSync(path.join(project.dir, "teams"));
        fs.writeFileSync(path.join(project.dir, "teams", "ml.yaml"), team("ml", ["ana", "bo", "bea"]));
        fs.writeFileSync(path.join(project.dir, "teams", "cv.yaml"), team("cv", ["cy"]));
        await project.ok(["stack", "init", "org"]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["config", "set", "domainId", DOMAIN]);
        await project.ok(["up", "--yes", "--skip-preview"]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("says what a split would do and changes nothing with --dry-run", async () => {
        const stdout = await withoutCalls("split", "teams/*.yaml", "--from", "org", "--stack-prefix", "org-", "--dry-run");
        assert.match(stdout, /would move team cv \(1 members\) to new stack org-cv, which deploys teams\/cv\.yaml/);
        assert.match(stdout, /would set org's config teams to ""/);
        assert.deepStrictEqual(await stacks(), ["org"]);
    });

    it("splits the organisation's stack into one stack per team, each previewing no change", async () => {
        const stdout = await withoutCalls("split", "teams/*.yaml", "--from", "org", "--stack-prefix", "org-");
        assert.match(stdout, /moved team ml \(3 members\) to new stack org-ml, which deploys teams\/ml\.yaml/);
        assert.deepStrictEqual(await stacks(), ["org", "org-cv", "org-ml"]);
        assert.strictEqual((await project.ok(["config", "get", "teams", "--stack", "org-ml"])).stdout.trim(), "teams/ml.yaml");
        assert.strictEqual((await project.ok(["config", "get", "domainId", "--stack", "org-ml"])).stdout.trim(), DOMAIN, "the config of the stack split from");
        assert.deepStrictEqual((await urns("org-ml")).sort(), [
            "pulumi:providers:pulumi-nodejs::default",
            "pulumi:pulumi:Stack::teams-org-ml",
            "sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:Space::ml-ana-space",
            "sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:Space::ml-bea-space",
            "sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:Space::ml-bo-space",
            "sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:UserProfile::ml-ana",
            "sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:UserProfile::ml-bea",
            "sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:UserProfile::ml-bo",
            "sagemaker-studio:index:StudioTeam::ml",
        ]);
        for (const stack of ["org", "org-ml", "org-cv"]) await previewsNoChange(stack);
    });

    it("moves a member with their private space into another team's stack, and their entry between the team files", async () => {
        const stdout = await withoutCalls("move", "ana", "--from", "org-ml", "--to", "org-cv");
        assert.match(stdout, /moved member ana from team ml \(org-ml\) to team cv \(org-cv\): ml-ana → cv-ana, ml-ana-space → cv-ana-space; state only/);
        assert.match(stdout, /edited teams\/ml\.yaml \(ana taken out\) and teams\/cv\.yaml \(ana added, with their own settings\)/);
        assert.strictEqual(fs.readFileSync(path.join(project.dir, "teams", "ml.yaml"), "utf8"), team("ml", ["bo", "bea"]));
        assert.strictEqual(
            fs.readFileSync(path.join(project.dir, "teams", "cv.yaml"), "utf8"),
            team("cv", ["cy", "ana"]),
            "ana's entry, settings and comment included, ends cv's members",
        );
        const cv = await urns("org-cv");
        assert.ok(cv.includes("sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:UserProfile::cv-ana"), cv.join("\n"));
        assert.ok(cv.includes("sagemaker-studio:index:StudioTeam$pulumi-nodejs:dynamic/sagemaker:Space::cv-ana-space"), cv.join("\n"));
        assert.ok(!(await urns("org-ml")).some((urn) => urn.includes("ana")));
        await previewsNoChange("org-ml");
        await previewsNoChange("org-cv");
        assert.deepStrictEqual((await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort(), ["ana", "bea", "bo", "cy"]);
    });

    it("moves a member between teams of one stack the same way", async () => {
        await withoutCalls("move", "ml", "--from", "org-ml", "--to", "org-cv");
        const stdout = await withoutCalls("move", "bo", "--from", "org-cv", "--to", "org-cv", "--team", "cv");
        assert.match(stdout, /moved member bo from team ml \(org-cv\) to team cv \(org-cv\): ml-bo → cv-bo, ml-bo-space → cv-bo-space/);
        assert.strictEqual(fs.readFileSync(path.join(project.dir, "teams", "ml.yaml"), "utf8"), team("ml", ["bea"]));
        assert.strictEqual((await project.ok(["config", "get", "teams", "--stack", "org-cv"])).stdout.trim(), "teams/cv.yaml,teams/ml.yaml");
        await previewsNoChange("org-cv");
    });

    it("moves a whole team back into the organisation's stack, which then deploys its file again", async () => {
        const stdout = await withoutCalls("move", "cv", "--from", "org-cv", "--to", "org");
        assert.match(stdout, /moved team cv \(3 members, their spaces: cy, ana, bo\) from org-cv to org/);
        assert.strictEqual((await project.ok(["config", "get", "teams", "--stack", "org"])).stdout.trim(), "teams/cv.yaml");
        assert.strictEqual((await project.ok(["config", "get", "teams", "--stack", "org-cv"])).stdout.trim(), "teams/ml.yaml");
        await previewsNoChange("org");
        await previewsNoChange("org-cv");
        const up = await project.ok(["up", "--stack", "org", "--yes", "--skip-preview"]);
        assert.match(up.output, /unchanged/);
        assert.doesNotMatch(up.output, /created|deleted|updated/);
    });

    it("refuses what it cannot move, saying why, and moves nothing", async () => {
        const before = await urns("org");
        const unknown = await failing("stacks", "move", "zed", "--from", "org", "--to", "org-cv");
        assert.strictEqual(unknown.code, 1);
        assert.match(unknown.stderr, /org has no team and no member named zed \(its teams: cv\)/);
        const taken = await failing("stacks", "move", "cy", "--from", "org", "--to", "org-cv", "--team", "nope");
        assert.match(taken.stderr, /org-cv has no team nope \(its teams: ml\)/);
        assert.strictEqual((await failing("stacks", "move", "cy", "--from", "org")).code, 2);
        assert.deepStrictEqual(await urns("org"), before);
    });
});
