// The same organisation as one stack per team: N profiles as team files of `teamSize` members,
// each deployed to its own stack by the package's runner (`sagemaker-studio up --stacks`, K at a
// time, through the Automation API), in the CLI test project whose program deploys the team files
// its config `teams` names. Timed with every process the runner starts (engines, programs,
// providers): `up` of the organisation, the preview of a pull request that changes one team
// (only that team's stack previews), and `destroy`.
import * as fs from "fs";
import * as path from "path";
import { makeWorkDir, PulumiProject, REPO_ROOT } from "../test/support/engine";
import type { SplitFigures } from "./results";
import { BENCH_DOMAIN, teamSpec, type TeamVariant } from "./team-spec";
import { runSampled } from "./timed-process";

const TEAMS_FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "cli", "teams-project");
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const PREFIX = "s-";

export interface SampledRun {
    ms: number;
    cpu: Record<string, number>;
    peakBytes: Record<string, number>;
}

/** `sagemaker-studio <args>` in the project, sampled; throws with its output when it fails. */
export async function runner(project: PulumiProject, args: string[], env: Record<string, string> = {}): Promise<SampledRun> {
    const { ms, code, output, sampler } = await runSampled(process.execPath, [COMMAND, ...args], { cwd: project.dir, env: project.env(env) });
    if (code !== 0) {
        throw new Error(`sagemaker-studio ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`);
    }
    // The runner itself is the root; its engines are recognised by name.
    const { engine, program, provider } = sampler.cpuSecondsByKind();
    const peaks = sampler.peakBytesByKind();
    return { ms, cpu: { engine, program, provider }, peakBytes: { engine: peaks.engine, program: peaks.program, provider: peaks.provider } };
}

/** Team file `teams/t<index>.json` of the project: `teamSize` members numbered from `index × teamSize`. */
export function writeTeam(project: PulumiProject, index: number, teamSize: number, variant: TeamVariant): string {
    const name = `t${String(index).padStart(3, "0")}`;
    const file = path.join("teams", `${name}.json`);
    fs.writeFileSync(path.join(project.dir, file), JSON.stringify({ name, ...teamSpec(teamSize, variant, false, index * teamSize) }));
    return file;
}

/** The CLI test project with the organisation's N members as team files of `teamSize` (all "base"). */
export function teamsProject(label: string, members: number, teamSize: number, endpoint: string): PulumiProject {
    const project = new PulumiProject(makeWorkDir(label, TEAMS_FIXTURE), { endpoint });
    fs.mkdirSync(path.join(project.dir, "teams"), { recursive: true });
    for (let i = 0; i * teamSize < members; i++) writeTeam(project, i, Math.min(teamSize, members - i * teamSize), "base");
    return project;
}

/** The stack `base` whose config each new team stack starts from. */
export async function initBaseStack(project: PulumiProject, endpoint: string, config: Record<string, string>): Promise<void> {
    await project.ok(["stack", "init", "base"]);
    const settings: Record<string, string> = { "sagemaker:endpoint": endpoint, "sagemaker:region": "us-east-1", domainId: BENCH_DOMAIN, ...config };
    for (const [key, value] of Object.entries(settings)) await project.ok(["config", "set", key, value]);
}

export async function splitStacksRun(endpoint: string, members: number, teamSize: number, concurrency: number, config: Record<string, string>): Promise<SplitFigures> {
    const project = teamsProject(`bench-split-${members}`, members, teamSize, endpoint);
    const stacks = Math.ceil(members / teamSize);
    await initBaseStack(project, endpoint, config);

    const all = ["--stacks", "teams/*.json", "--concurrency", String(concurrency), "--stack-prefix", PREFIX];
    const up = await runner(project, ["up", ...all, "--base-stack", "base"]);
    const changed = writeTeam(project, 0, Math.min(teamSize, members), "updated");
    const preview = await runner(project, ["preview", "--stacks", changed, "--stack-prefix", PREFIX]);
    const destroy = await runner(project, ["destroy", ...all]);
    return { members, teamSize, stacks, concurrency, upMs: up.ms, oneTeamPreviewMs: preview.ms, destroyMs: destroy.ms, upCpu: up.cpu, upPeakBytes: up.peakBytes };
}
