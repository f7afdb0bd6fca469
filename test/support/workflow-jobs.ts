// The workflows' jobs run on this machine as a runner runs them: each in a fresh clone of the
// project's repository (so no team stack's settings file is there), its steps' scripts in order
// with the workflow's settings and the job's env for its matrix entry, `npx sagemaker-studio` as
// the built package's bin and a stand-in `gh` (it logs its calls, knows of no comment, and answers
// $GH_LAST_SUCCESS as the last successful run's commit). The state backend is the project's, which
// every job shares, as runners share a team's backend.
import * as path from "path";
import { makeWorkDir, REPO_ROOT, type PulumiProject } from "./engine";
import { git } from "./git";
import { matrixJobEnv, readWorkflow, runStepAsync, type StepRun } from "./workflows";

const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const NPX = `#!/bin/sh\n[ "$1" = sagemaker-studio ] || { echo "npx $1: only sagemaker-studio here" >&2; exit 127; }\nshift\nexec "${process.execPath}" "${COMMAND}" "$@"\n`;
const GH = '#!/bin/sh\necho "$*" >> "$GH_LOG"\nif [ "$1 $2" = "run list" ]; then echo "$GH_LAST_SUCCESS"; fi\n';

export interface MatrixEntry {
    team: string;
    file: string;
    stack: string;
    action: string;
}

export interface JobRun {
    dir: string;
    runs: Record<string, StepRun>;
    /** The whole job (the clone and every step), and each step. */
    ms: number;
    stepMs: Record<string, number>;
}

/** The step's own env that needs no expression evaluated; the caller gives the others. */
function literal(env: Record<string, string> | undefined): Record<string, string> {
    return Object.fromEntries(Object.entries(env ?? {}).filter(([, value]) => !value.includes("${{")));
}

export class WorkflowJobs {
    /**
     * @param repository the project, a git repository whose backend the jobs share
     * @param settings the workflow-level env a repository's variables make (BASE_STACK, STACK_PREFIX, TEAM_FILES, POLICY_PACK, POLICY_CONFIG)
     * @param ghLog where the stand-in `gh` logs its calls
     */
    constructor(
        private readonly repository: PulumiProject,
        private readonly settings: Record<string, string>,
        private readonly ghLog: string,
    ) {}

    /** Runs the named steps of a job, in order, in a fresh clone; throws at the first that fails. */
    async run(workflow: string, job: string, steps: readonly string[], env: Record<string, string> = {}, entry?: MatrixEntry): Promise<JobRun> {
        const started = Date.now();
        const definition = readWorkflow(workflow).jobs[job];
        const jobEnv = { ...this.repository.env(), ...this.settings, ...(entry ? matrixJobEnv(definition, { ...entry }) : {}), GH_LOG: this.ghLog, GITHUB_REPOSITORY: "o/r", PR: "7", ...env };
        const dir = makeWorkDir(`${job}-job`);
        git(path.dirname(dir), "clone", "-q", this.repository.dir, dir);
        const runs: Record<string, StepRun> = {};
        const stepMs: Record<string, number> = {};
        for (const name of steps) {
            const step = definition.steps.find((s) => s.name === name);
            if (!step) throw new Error(`${workflow} has no step ${JSON.stringify(name)} in job ${job}`);
            const stepStarted = Date.now();
            runs[name] = await runStepAsync(step, { label: "step", dir, stubs: { npx: NPX, gh: GH }, env: { ...literal(step.env), ...jobEnv } });
            stepMs[name] = Date.now() - stepStarted;
            if (runs[name].status !== 0) throw new Error(`${workflow} ${job} ${name}${entry ? ` (${entry.stack})` : ""} exited with ${runs[name].status}: ${runs[name].stderr.slice(-3000)}`);
        }
        return { dir, runs, ms: Date.now() - started, stepMs };
    }

    /** Runs a plan job's step and returns the matrix it wrote to the job's outputs. */
    async plan(workflow: string, step: string, env: Record<string, string>): Promise<{ entries: MatrixEntry[]; ms: number }> {
        const { runs, ms } = await this.run(workflow, "plan", [step], env);
        const outputs = runs[step].outputs();
        const entries = (JSON.parse(outputs.matrix) as { include: MatrixEntry[] }).include;
        if (outputs.count !== String(entries.length)) throw new Error(`the plan's count ${outputs.count} is not its matrix's ${entries.length} entries`);
        return { entries, ms };
    }
}
