// The workflows' per-stack jobs, run on sagemaker-local for each entry of the matrix their plan job
// computes: each job in a fresh clone of the repository (as a runner checks it out: no team
// stack's settings file), with the state backend the runners share. The first deploy creates
// every team stack from the base stack's config; a pull request that adds a member to one team and
// deletes another team's file previews that team's create and the other's destroy, with the policy
// pack, into one comment per stack; merged, the deploy applies both and removes the deleted team's
// stack.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, startEmulator } from "../support/profiles-stack";
import { emulatorProfiles } from "../support/reliability";
import { git } from "../support/git";
import { WorkflowJobs, type MatrixEntry } from "../support/workflow-jobs";

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "cli", "teams-project");
const DEPLOY_PLAN = "Team stacks changed since the last successful deploy";

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

describe("GitHub workflows: the per-stack jobs of a computed matrix, on sagemaker-local", function () {
    let emulator: SageMakerLocal;
    let origin: PulumiProject;
    let jobs: WorkflowJobs;
    let ghLog: string;

    async function deploy(entries: MatrixEntry[]): Promise<void> {
        for (const entry of entries) await jobs.run("deploy.yml", "stack", ["Prepare the team stack", "Deploy with the policy pack"], {}, entry);
    }

    const profiles = async () => (await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort();

    before(async () => {
        emulator = await startEmulator(100);
        origin = new PulumiProject(makeWorkDir("matrix-origin", FIXTURE), { endpoint: emulator.url });
        ghLog = path.join(makeWorkDir("gh"), "gh.log");
        const settings = { BASE_STACK: "prod", STACK_PREFIX: "prod-", TEAM_FILES: "teams/*.yaml", POLICY_PACK: path.join(REPO_ROOT, "policy"), POLICY_CONFIG: path.join(REPO_ROOT, "policy", "config", "production.json") };
        jobs = new WorkflowJobs(origin, settings, ghLog);
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
        const { entries } = await jobs.plan("deploy.yml", DEPLOY_PLAN, { GITHUB_EVENT_NAME: "workflow_dispatch" });
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
        const { entries } = await jobs.plan("preview.yml", "Team stacks this change touches", { CHANGED_SINCE: merged });
        assert.deepStrictEqual(entries.map((e) => [e.stack, e.action]), [["prod-cv", "destroy"], ["prod-ml", "deploy"]]);
        const summaries: Record<string, string> = {};
        for (const entry of entries) {
            const { runs, dir } = await jobs.run("preview.yml", "stack", ["Prepare the team stack", "Preview with the policy pack", "Summarize", "Comment on the pull request"], {}, entry);
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
        const { entries } = await jobs.plan("deploy.yml", DEPLOY_PLAN, {
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
