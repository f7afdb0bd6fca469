// The organisation as team stacks deployed by the workflows' matrix jobs, on this machine: N
// profiles as team files of `teamSize` members in a git repository, each phase planned by the
// workflow's plan step (`sagemaker-studio stacks list`) and run as one job per stack, each job the
// workflow's own steps (test/support/workflow-jobs.ts: a fresh clone, the stack's config made from
// the base stack's, `pulumi up` or `destroy` with the policy pack), `runners` jobs at a time as that
// many runners would run them. Phases: the first deploy (up of every stack), a pull request that
// changes one team (the plan and that team's preview job), the deploy of a change to every team's
// default (update of every member), and the deploy of every team file deleted (destroy).
import * as fs from "fs";
import * as path from "path";
import { mapAtMost } from "../gateway/bounded-parallel";
import { makeWorkDir, REPO_ROOT } from "../test/support/engine";
import { git } from "../test/support/git";
import { WorkflowJobs, type JobRun, type MatrixEntry } from "../test/support/workflow-jobs";
import type { MatrixFigures, MatrixPhase } from "./results";
import { initBaseStack, teamsProject, writeTeam } from "./split-stacks";

const DEPLOY_PLAN = "Team stacks changed since the last successful deploy";
const PREVIEW_PLAN = "Team stacks this change touches";
const DEPLOY_STEPS = ["Prepare the team stack", "Deploy with the policy pack"];
const PREVIEW_STEPS = ["Prepare the team stack", "Preview with the policy pack", "Summarize"];

/**
 * The production config of the pack, but for the cost-center pattern (four digits), which the
 * benchmark's tag (`ml-platform`, kept for comparable state sizes) does not match.
 */
function benchPolicyConfig(): string {
    const config = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "policy", "config", "production.json"), "utf8")) as Record<string, Record<string, unknown>>;
    delete config["sagemaker-userprofile-required-tags"].tagValuePatterns;
    const file = path.join(makeWorkDir("bench-policy"), "policy-config.json");
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
}

/** Every entry's job, `runners` at a time; each job's duration in matrix order, and the phase's wall time. */
async function runMatrix(entries: readonly MatrixEntry[], runners: number, job: (entry: MatrixEntry) => Promise<JobRun>): Promise<Omit<MatrixPhase, "planMs">> {
    const started = Date.now();
    const jobMs = await mapAtMost(entries, runners, async (entry) => (await job(entry)).ms);
    return { jobMs, wallMs: Date.now() - started };
}

function expectEntries(entries: readonly MatrixEntry[], stacks: number, action: string, phase: string): void {
    if (entries.length !== stacks || entries.some((e) => e.action !== action)) {
        throw new Error(`${phase}: the plan selected ${entries.map((e) => `${e.stack} (${e.action})`).join(", ")}, not ${stacks} stacks to ${action}`);
    }
}

export async function matrixRun(endpoint: string, members: number, teamSize: number, runners: number, config: Record<string, string>, log: (line: string) => void): Promise<MatrixFigures> {
    const project = teamsProject(`bench-matrix-${members}`, members, teamSize, endpoint);
    const stacks = Math.ceil(members / teamSize);
    await initBaseStack(project, endpoint, config);
    fs.writeFileSync(path.join(project.dir, ".gitignore"), ".pulumi-state/\n.pulumi-home/\n");
    git(project.dir, "init", "-q", "-b", "main");
    git(project.dir, "add", ".");
    git(project.dir, "commit", "-qm", "the organisation's teams, and the base stack");
    const settings = { BASE_STACK: "base", STACK_PREFIX: "m-", TEAM_FILES: "teams/*.json", POLICY_PACK: path.join(REPO_ROOT, "policy"), POLICY_CONFIG: benchPolicyConfig() };
    const jobs = new WorkflowJobs(project, settings, path.join(makeWorkDir("bench-gh"), "gh.log"));
    const deployJob = (entry: MatrixEntry) => jobs.run("deploy.yml", "stack", DEPLOY_STEPS, {}, entry);
    /** The deploy of main as it is, its plan from `lastSuccess` (every stack without one). */
    const deployPhase = async (name: string, action: string, lastSuccess?: string): Promise<MatrixPhase> => {
        const event: Record<string, string> = lastSuccess === undefined ? { GITHUB_EVENT_NAME: "workflow_dispatch" } : { GITHUB_EVENT_NAME: "push", GITHUB_WORKFLOW: "deploy", GH_LAST_SUCCESS: lastSuccess };
        const plan = await jobs.plan("deploy.yml", DEPLOY_PLAN, event);
        expectEntries(plan.entries, stacks, action, name);
        const phase = { planMs: plan.ms, ...(await runMatrix(plan.entries, runners, deployJob)) };
        log(`matrix N=${members}, ${name}: plan ${(phase.planMs / 1000).toFixed(1)} s, slowest job ${(Math.max(...phase.jobMs) / 1000).toFixed(1)} s, ${runners} at a time ${(phase.wallMs / 1000).toFixed(1)} s`);
        return phase;
    };

    const up = await deployPhase("up", "deploy");
    const deployed = git(project.dir, "rev-parse", "HEAD");

    git(project.dir, "checkout", "-q", "-b", "one-team");
    writeTeam(project, 0, Math.min(teamSize, members), "updated");
    git(project.dir, "commit", "-qam", "one team's default changes");
    const plan = await jobs.plan("preview.yml", PREVIEW_PLAN, { CHANGED_SINCE: deployed });
    expectEntries(plan.entries, 1, "deploy", "pull request");
    const preview = await jobs.run("preview.yml", "stack", PREVIEW_STEPS, {}, plan.entries[0]);
    if (preview.runs["Preview with the policy pack"].outputs()["exit-code"] !== "0") throw new Error(`the pull request's preview failed:\n${preview.runs["Preview with the policy pack"].read("preview.jsonl").slice(-3000)}`);
    const pullRequest = { planMs: plan.ms, jobMs: preview.ms, stepMs: preview.stepMs };
    log(`matrix N=${members}, pull request of one team: plan ${(plan.ms / 1000).toFixed(1)} s + job ${(preview.ms / 1000).toFixed(1)} s`);
    git(project.dir, "checkout", "-q", "main");

    for (let i = 0; i < stacks; i++) writeTeam(project, i, Math.min(teamSize, members - i * teamSize), "updated");
    git(project.dir, "commit", "-qam", "every team's default changes");
    const update = await deployPhase("update of every member", "deploy", deployed);
    const updated = git(project.dir, "rev-parse", "HEAD");

    git(project.dir, "rm", "-q", "-r", "teams");
    git(project.dir, "commit", "-qm", "every team leaves");
    const destroy = await deployPhase("destroy", "destroy", updated);
    const left = (JSON.parse((await project.ok(["stack", "ls", "--json"])).stdout) as { name: string }[]).map((s) => s.name);
    if (left.length !== 1) throw new Error(`after the destroy, stacks ${left.join(", ")} are left; only base should be`);
    return { members, teamSize, stacks, runners, up, update, destroy, pullRequest };
}
