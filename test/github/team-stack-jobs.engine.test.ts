// The workflows' per-stack jobs, run on sagemaker-local for each entry of the matrix their plan job
// computes: each job in a fresh clone of the repository (as a runner checks it out: no team
// stack's settings file), with the state backend the runners share. The first deploy creates
// every team stack from the base stack's config; a pull request that adds a member to one team and
// deletes another team's file previews that team's create and the other's destroy, with the policy
// pack, into one comment per stack; merged, the deploy applies both and removes the deleted team's
// stack.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, startEmulator } from "../support/profiles-stack";
import { emulatorProfiles } from "../support/reliability";
import { matrixJobEnv, readWorkflow, runStepAsync, type StepRun } from "../support/workflows";

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "cli", "teams-project");
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
/** `npx sagemaker-studio …` as the package's bin, and nothing else. */
const NPX = `#!/bin/sh\n[ "$1" = sagemaker-studio ] || { echo "npx $1: not in this test" >&2; exit 127; }\nshift\nexec "${process.execPath}" "${COMMAND}" "$@"\n`;
/** A `gh` that logs its calls, knows of no comment, and answers $GH_LAST_SUCCESS as the last successful run's commit. */
const GH = '#!/bin/sh\necho "$*" >> "$GH_LOG"\nif [ "$1 $2" = "run list" ]; then echo "$GH_LAST_SUCCESS"; fi\n';

const team = (name: string, members: string[]) =>
    [
        `name: ${name}`,
        "defaults:",
        "  executionRole: arn:aws:iam::123456789012:role/team",
        `tags: {team: ${name}, cost-center: "1234"}`,
        "members:",
        ...members.map((m) => `  - name: ${m}`),
        "",
    ].join("\n");

/** The step's own env that needs no expression evaluated; the test gives the others. */
const literal = (env: Record<string, string> | undefined) => Object.fromEntries(Object.entries(env ?? {}).filter(([, value]) => !value.includes("${{")));

interface MatrixEntry {
    team: string;
    file: string;
    stack: string;
    action: string;
}

describe("GitHub workflows: the per-stack jobs of a computed matrix, on sagemaker-local", function () {
    let emulator: SageMakerLocal;
    let origin: PulumiProject;
    let ghLog: string;

    const git = (dir: string, ...args: string[]) =>
        execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } }).trim();

    /** The environment a job's steps get: the runner's (backend, passphrase, AWS on the emulator), the workflow's settings, the job's for this entry. */
    function jobEnvironment(workflow: string, job: string, entry?: MatrixEntry): Record<string, string> {
        const settings = { BASE_STACK: "prod", STACK_PREFIX: "prod-", TEAM_FILES: "teams/*.yaml", POLICY_PACK: path.join(REPO_ROOT, "policy"), POLICY_CONFIG: path.join(REPO_ROOT, "policy", "config", "production.json") };
        const jobEnv = entry ? matrixJobEnv(readWorkflow(workflow).jobs[job], { ...entry }) : {};
        return { ...origin.env(), ...settings, ...jobEnv, GH_LOG: ghLog, GITHUB_REPOSITORY: "o/r", PR: "7" };
    }

    /** Runs the named steps of a job, in order, in a fresh clone of the repository; stops at the first that fails. */
    async function runJob(workflow: string, job: string, steps: string[], env: Record<string, string>): Promise<{ dir: string; runs: Record<string, StepRun> }> {
        const dir = makeWorkDir(`${job}-job`);
        git(path.dirname(dir), "clone", "-q", origin.dir, dir);
        const runs: Record<string, StepRun> = {};
        for (const name of steps) {
            const step = readWorkflow(workflow).jobs[job].steps.find((s) => s.name === name);
            assert.ok(step, `${workflow} ${job} has a step ${name}`);
            runs[name] = await runStepAsync(step, { label: "step", dir, stubs: { npx: NPX, gh: GH }, env: { ...literal(step.env), ...env } });
            assert.strictEqual(runs[name].status, 0, `${workflow} ${job} ${name} (${env.PULUMI_STACK ?? ""}): ${runs[name].stderr}`);
        }
        return { dir, runs };
    }

    async function plan(workflow: string, stepName: string, env: Record<string, string>): Promise<MatrixEntry[]> {
        const { runs } = await runJob(workflow, "plan", [stepName], { ...jobEnvironment(workflow, "plan"), ...env });
        const outputs = runs[stepName].outputs();
        const matrix = JSON.parse(outputs.matrix) as { include: MatrixEntry[] };
        assert.strictEqual(outputs.count, String(matrix.include.length));
        return matrix.include;
    }

    async function deploy(entries: MatrixEntry[]): Promise<void> {
        for (const entry of entries) await runJob("deploy.yml", "stack", ["Prepare the team stack", "Deploy with the policy pack"], jobEnvironment("deploy.yml", "stack", entry));
    }

    const profiles = async () => (await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort();

    before(async () => {
        emulator = await startEmulator(100);
        origin = new PulumiProject(makeWorkDir("matrix-origin", FIXTURE), { endpoint: emulator.url });
        ghLog = path.join(makeWorkDir("gh"), "gh.log");
        fs.mkdirSync(path.join(origin.dir, "teams"));
        fs.writeFileSync(path.join(origin.dir, "teams", "ml.yaml"), team("ml", ["ana", "bo"]));
        fs.writeFileSync(path.join(origin.dir, "teams", "cv.yaml"), team("cv", ["cy"]));
        fs.writeFileSync(path.join(origin.dir, ".gitignore"), ".pulumi-state/\n.pulumi-home/\n");
        await origin.ok(["stack", "init", "prod"]);
        await pointProjectAt(origin, emulator.url);
        await origin.ok(["config", "set", "domainId", DOMAIN]);
        git(origin.dir, "init", "-q", "-b", "main");
        git(origin.dir, "add", ".");
        git(origin.dir, "commit", "-q", "-m", "teams, and the base stack's config");
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("deploys every team stack on the first run, each created from the base stack's config in a fresh checkout", async () => {
        const entries = await plan("deploy.yml", "Team stacks changed since the last successful deploy", { GITHUB_EVENT_NAME: "workflow_dispatch" });
        assert.deepStrictEqual(entries, [
            { team: "cv", file: "teams/cv.yaml", stack: "prod-cv", action: "deploy" },
            { team: "ml", file: "teams/ml.yaml", stack: "prod-ml", action: "deploy" },
        ]);
        await deploy(entries);
        assert.deepStrictEqual(await profiles(), ["ana", "bo", "cy"]);
        assert.ok(!fs.existsSync(path.join(origin.dir, "Pulumi.prod-ml.yaml")), "no team stack's settings are committed");
    });

    it("previews a pull request per touched stack, with the pack, into one comment per stack", async () => {
        const merged = git(origin.dir, "rev-parse", "HEAD");
        git(origin.dir, "checkout", "-q", "-b", "change");
        fs.writeFileSync(path.join(origin.dir, "teams", "ml.yaml"), team("ml", ["ana", "bo", "zoe"]));
        git(origin.dir, "rm", "-q", "teams/cv.yaml");
        git(origin.dir, "commit", "-qam", "zoe joins ml; cv goes");
        const entries = await plan("preview.yml", "Team stacks this change touches", { CHANGED_SINCE: merged });
        assert.deepStrictEqual(entries.map((e) => [e.stack, e.action]), [["prod-cv", "destroy"], ["prod-ml", "deploy"]]);
        const summaries: Record<string, string> = {};
        for (const entry of entries) {
            const { runs, dir } = await runJob("preview.yml", "stack", ["Prepare the team stack", "Preview with the policy pack", "Summarize", "Comment on the pull request"], jobEnvironment("preview.yml", "stack", entry));
            assert.strictEqual(runs["Preview with the policy pack"].outputs()["exit-code"], "0", fs.readFileSync(path.join(dir, "preview.jsonl"), "utf8").slice(-2000));
            summaries[entry.stack] = fs.readFileSync(path.join(dir, "summary.md"), "utf8");
        }
        assert.match(summaries["prod-ml"], /preview of prod-ml \(teams\/ml\.yaml\)/);
        assert.match(summaries["prod-ml"], /\*\*Members:\*\* 1 to create/);
        assert.match(summaries["prod-ml"], /\| `ml-zoe` \| create \|/);
        assert.match(summaries["prod-ml"], /<!-- sagemaker-studio preview: prod-ml -->\n$/);
        assert.match(summaries["prod-cv"], /\*\*Members:\*\* .*1 to delete/);
        assert.match(summaries["prod-cv"], /\| `cv-cy` \| delete \|/);
        const comments = fs.readFileSync(ghLog, "utf8").split("\n").filter((l) => l.startsWith("pr comment"));
        assert.deepStrictEqual(comments, ["pr comment 7 --body-file summary.md", "pr comment 7 --body-file summary.md"]);
        assert.deepStrictEqual(await profiles(), ["ana", "bo", "cy"], "a preview changes nothing");
    });

    it("deploys the merged change: the touched team's up, and the deleted team's destroy with its stack removed", async () => {
        const lastDeployed = git(origin.dir, "rev-parse", "main");
        git(origin.dir, "checkout", "-q", "main");
        git(origin.dir, "merge", "-q", "--ff-only", "change");
        const entries = await plan("deploy.yml", "Team stacks changed since the last successful deploy", {
            GITHUB_EVENT_NAME: "push",
            GITHUB_WORKFLOW: "deploy",
            GH_LAST_SUCCESS: lastDeployed,
        });
        assert.deepStrictEqual(entries.map((e) => [e.stack, e.action]), [["prod-cv", "destroy"], ["prod-ml", "deploy"]]);
        await deploy(entries);
        assert.deepStrictEqual(await profiles(), ["ana", "bo", "zoe"]);
        const stacks = JSON.parse((await origin.ok(["stack", "ls", "--json"])).stdout) as { name: string }[];
        assert.deepStrictEqual(stacks.map((s) => s.name).sort(), ["prod", "prod-ml"]);
    });
});
