// `sagemaker-studio up|preview|destroy --stacks`: one stack per team file through the Automation
// API, several at once, each created from a base stack's config; a change to one team previews
// only that team's stack.
import * as assert from "assert";
import { execFile, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType, type StackExport } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, PROFILE_TYPE, startEmulator } from "../support/profiles-stack";
import { git } from "../support/git";
import { assertNothingLeft, processTree } from "../support/processes";
import { emulatorProfiles, sleep } from "../support/reliability";

const run = promisify(execFile);
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "cli", "teams-project");
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const team = (name: string, members: string[]) =>
    [`name: ${name}`, "defaults:", "  executionRole: arn:aws:iam::123456789012:role/team", "members:", ...members.map((m) => `  - name: ${m}`), ""].join("\n");

describe("sagemaker-studio --stacks: one stack per team", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;

    // A failed run's error carries what the runner printed (its report is on stdout).
    const command = async (...args: string[]) => {
        try {
            return await run("node", [COMMAND, ...args], { cwd: project.dir, env: project.env(), maxBuffer: 64 * 1024 * 1024 });
        } catch (e) {
            const failed = e as Error & { stdout?: string; stderr?: string };
            failed.message += `\n--- stdout\n${failed.stdout ?? ""}\n--- stderr\n${failed.stderr ?? ""}`;
            throw failed;
        }
    };

    before(async () => {
        emulator = await startEmulator(100);
        project = new PulumiProject(makeWorkDir("stacks", FIXTURE), { endpoint: emulator.url });
        fs.mkdirSync(path.join(project.dir, "teams"));
        fs.writeFileSync(path.join(project.dir, "teams", "alpha.yaml"), team("alpha", ["a1", "a2"]));
        fs.writeFileSync(path.join(project.dir, "teams", "beta.yaml"), team("beta", ["b1", "b2"]));
        fs.writeFileSync(path.join(project.dir, "teams", "gamma.yaml"), team("gamma", ["c1"]));
        await project.ok(["stack", "init", "base"]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["config", "set", "domainId", DOMAIN]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("deploys every team in its own stack, two at a time, from the base stack's config", async () => {
        const { stdout } = await command("up", "--stacks", "teams/*.yaml", "--concurrency", "2", "--base-stack", "base", "--stack-prefix", "team-");
        assert.match(stdout, /3 of 3 stacks done/);
        assert.match(stdout, /ok {5}team-alpha \(teams\/alpha\.yaml\): 4 create/, "the stack, the team and two profiles");
        for (const [stack, count] of [["team-alpha", 2], ["team-beta", 2], ["team-gamma", 1]] as const) {
            const exported = JSON.parse((await project.ok(["stack", "export", "--stack", stack])).stdout) as StackExport;
            assert.strictEqual(resourcesOfType(exported, PROFILE_TYPE).length, count, stack);
        }
        assert.deepStrictEqual((await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort(), ["a1", "a2", "b1", "b2", "c1"]);
    });

    it("previews only the stack of the team that changed", async () => {
        fs.writeFileSync(path.join(project.dir, "teams", "beta.yaml"), team("beta", ["b1", "b2", "b3"]));
        const { stdout } = await command("preview", "--stacks", "teams/beta.yaml", "--stack-prefix", "team-");
        assert.match(stdout, /1 of 1 stacks previewed/);
        assert.match(stdout, /ok {5}team-beta \(teams\/beta\.yaml\): 1 create, \d+ same/);
        assert.doesNotMatch(stdout, /team-alpha|team-gamma/);
    });

    it("points an existing team stack back at its file when its config names another one", async () => {
        await project.ok(["config", "set", "teams", "teams/alpha.yaml", "--stack", "team-beta"]);
        const { stdout } = await command("preview", "--stacks", "teams/beta.yaml", "--stack-prefix", "team-");
        assert.match(stdout, /ok {5}team-beta \(teams\/beta\.yaml\): 1 create, \d+ same/, "beta's new member, not alpha's team");
        assert.strictEqual((await project.ok(["config", "get", "teams", "--stack", "team-beta"])).stdout.trim(), "teams/beta.yaml");
    });

    it("takes comma-separated lists, creates no stack at preview, and never changes the selected stack", async () => {
        const selected = (await project.ok(["stack", "--show-name"])).stdout.trim();
        const { stdout } = await command("preview", "--stacks", "teams/alpha.yaml,teams/gamma.yaml", "--stack-prefix", "team-");
        assert.match(stdout, /2 of 2 stacks previewed/);
        fs.writeFileSync(path.join(project.dir, "teams", "delta.yaml"), team("delta", ["d1"]));
        const fresh = await command("preview", "--stacks", "teams/delta.yaml", "--stack-prefix", "team-", "--base-stack", "base");
        assert.match(fresh.stdout, /ok {5}team-delta \(teams\/delta\.yaml\): no stack yet: the team file is valid/);
        const stacks = (await project.ok(["stack", "ls", "--json"])).stdout;
        assert.doesNotMatch(stacks, /team-delta/, "a preview creates no stack");
        await command("up", "--stacks", "teams/delta.yaml", "--stack-prefix", "team-", "--base-stack", "base");
        assert.match((await project.ok(["stack", "ls", "--json"])).stdout, /team-delta/);
        assert.strictEqual((await project.ok(["stack", "--show-name"])).stdout.trim(), selected, "the selected stack stays the user's");
        await command("destroy", "--stacks", "teams/delta.yaml", "--stack-prefix", "team-");
        fs.rmSync(path.join(project.dir, "teams", "delta.yaml"));
    });

    it("counts a member kept on delete as a forget, apart from deletes", async () => {
        const retained = (members: string[]) => team("alpha", members).replace("members:", "retainOnDelete: true\nmembers:");
        fs.writeFileSync(path.join(project.dir, "teams", "alpha.yaml"), retained(["a1", "a2"]));
        await command("up", "--stacks", "teams/alpha.yaml", "--stack-prefix", "team-");
        fs.writeFileSync(path.join(project.dir, "teams", "alpha.yaml"), retained(["a1"]));
        const { stdout } = await command("preview", "--stacks", "teams/alpha.yaml", "--stack-prefix", "team-");
        assert.match(stdout, /ok {5}team-alpha \(teams\/alpha\.yaml\): .*1 forget \(kept in SageMaker\)/);
        assert.doesNotMatch(stdout, /team-alpha \(teams\/alpha\.yaml\): [^\n]*\bdelete\b/);
        await command("up", "--stacks", "teams/alpha.yaml", "--stack-prefix", "team-");
        assert.ok((await emulatorProfiles(emulatorClient(emulator))).some((p) => p.name === "a2"), "kept in the domain");
        // Back as it was: the stack takes the kept profile over again.
        fs.writeFileSync(path.join(project.dir, "teams", "alpha.yaml"), team("alpha", ["a1", "a2"]));
        await command("up", "--stacks", "teams/alpha.yaml", "--stack-prefix", "team-");
    });

    it("with --changed-since, runs the stacks `stacks list` selects, and destroys the stack of a deleted team file", async () => {
        fs.writeFileSync(path.join(project.dir, ".gitignore"), ".pulumi-state/\n.pulumi-home/\n");
        git(project.dir, "init", "-q");
        git(project.dir, "add", ".");
        git(project.dir, "commit", "-qm", "teams");
        const beta = fs.readFileSync(path.join(project.dir, "teams", "beta.yaml"), "utf8");
        const gamma = fs.readFileSync(path.join(project.dir, "teams", "gamma.yaml"), "utf8");
        fs.writeFileSync(path.join(project.dir, "teams", "beta.yaml"), team("beta", ["b1", "b2", "b4"]));
        fs.rmSync(path.join(project.dir, "teams", "gamma.yaml"));
        const listed = await command("stacks", "list", "teams/*.yaml", "--changed-since", "HEAD", "--stack-prefix", "team-", "--format", "json");
        assert.deepStrictEqual(JSON.parse(listed.stdout).map((s: { stack: string; action: string }) => [s.stack, s.action]), [["team-beta", "deploy"], ["team-gamma", "destroy"]]);
        const preview = await command("preview", "--stacks", "teams/*.yaml", "--changed-since", "HEAD", "--stack-prefix", "team-");
        assert.match(preview.stdout, /ok {5}team-beta \(teams\/beta\.yaml\): 1 create, \d+ same/, "b4 comes");
        assert.match(preview.stdout, /ok {5}team-gamma \(teams\/gamma\.yaml\): 3 delete in/, preview.stdout.split("\n").filter((l) => !l.startsWith("[")).join("\n"));
        assert.match(preview.stdout, /2 of 2 stacks previewed/);
        assert.deepStrictEqual((await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort(), ["a1", "a2", "b1", "b2", "c1"], "a preview changes nothing");
        const up = await command("up", "--stacks", "teams/*.yaml", "--changed-since", "HEAD", "--stack-prefix", "team-");
        assert.match(up.stdout, /2 of 2 stacks done/);
        assert.deepStrictEqual((await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort(), ["a1", "a2", "b1", "b2", "b4"]);
        // As it was, for the tests that follow.
        fs.writeFileSync(path.join(project.dir, "teams", "beta.yaml"), beta);
        fs.writeFileSync(path.join(project.dir, "teams", "gamma.yaml"), gamma);
        assert.match((await command("up", "--stacks", "teams/beta.yaml,teams/gamma.yaml", "--stack-prefix", "team-")).stdout, /2 of 2 stacks done/);
    });

    it("destroys every team stack and reports a failure with a non-zero exit", async () => {
        const { stdout } = await command("destroy", "--stacks", "teams/*.yaml", "--stack-prefix", "team-");
        assert.match(stdout, /3 of 3 stacks done/);
        assert.deepStrictEqual(await emulatorProfiles(emulatorClient(emulator)), []);
        fs.writeFileSync(path.join(project.dir, "teams", "broken.yaml"), "name: broken\nmembers:\n  - name: bad_name\n");
        const failed = await command("preview", "--stacks", "teams/broken.yaml", "--stack-prefix", "team-", "--base-stack", "base").catch((e: { code: number; stdout: string }) => e);
        assert.strictEqual((failed as { code: number }).code, 1);
        assert.match((failed as { stdout: string }).stdout, /FAILED team-broken/);
    });

    it("ends every engine it started when it is killed with SIGKILL, and the next run converges", async () => {
        fs.writeFileSync(path.join(project.dir, "teams", "epsilon.yaml"), team("epsilon", ["e1", "e2", "e3"]));
        fs.writeFileSync(path.join(project.dir, "teams", "zeta.yaml"), team("zeta", ["z1", "z2", "z3"]));
        const args = ["--stacks", "teams/epsilon.yaml,teams/zeta.yaml", "--stack-prefix", "team-", "--base-stack", "base"];
        emulator.clearRequests();
        const runner = spawn("node", [COMMAND, "up", ...args], { cwd: project.dir, env: project.env(), stdio: "ignore" });
        const exited = new Promise((resolve) => runner.once("exit", resolve));
        while (!emulator.requests().some((r) => r.operation === "CreateUserProfile")) await sleep(10);
        const tree = processTree(runner.pid!);
        assert.ok(tree.some((p) => p.args.includes("dynamic-provider")), "a provider runs at the kill");
        runner.kill("SIGKILL");
        await exited;
        await assertNothingLeft(tree, project.dir);

        // A killed engine leaves its stack's lock, as after any `kill -9`.
        for (const stack of ["team-epsilon", "team-zeta"]) await project.run(["cancel", "--yes", "--stack", stack]);
        const { stdout } = await command("up", ...args);
        assert.match(stdout, /2 of 2 stacks done/);
        assert.deepStrictEqual((await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort(), ["e1", "e2", "e3", "z1", "z2", "z3"]);
        await command("destroy", "--stacks", "teams/epsilon.yaml,teams/zeta.yaml", "--stack-prefix", "team-");
    });

    it("finishes the setup of a stack a killed runner had only created, and keeps the config it has", async () => {
        // What a kill between `stack init` and the stack's config leaves: a stack with no `teams`.
        fs.writeFileSync(path.join(project.dir, "teams", "eta.yaml"), team("eta", ["h1"]));
        await project.ok(["stack", "init", "--no-select", "--stack", "team-eta"]);
        await project.ok(["config", "set", "--stack", "team-eta", "kept", "mine"]);
        const { stdout } = await command("up", "--stacks", "teams/eta.yaml", "--stack-prefix", "team-", "--base-stack", "base");
        assert.match(stdout, /1 of 1 stacks done/);
        const config = JSON.parse((await project.ok(["config", "--json", "--stack", "team-eta"])).stdout) as Record<string, { value: string }>;
        assert.strictEqual(config["teams:domainId"]?.value, DOMAIN, "the base stack's config");
        assert.strictEqual(config["teams:kept"]?.value, "mine", "the stack's own value");
        assert.strictEqual(config["teams:teams"]?.value, "teams/eta.yaml");
        await command("destroy", "--stacks", "teams/eta.yaml", "--stack-prefix", "team-");
    });
});
