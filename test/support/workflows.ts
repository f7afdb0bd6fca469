// The repository's GitHub workflows as tests read and run them: jobs and steps parsed from the
// YAML, and a step's script run as GitHub runs it (bash -eo pipefail) in a folder of its own, with
// stand-in commands in front of PATH and $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY as files.
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import YAML from "yaml";
import { makeWorkDir, REPO_ROOT } from "./engine";

export const WORKFLOWS = path.join(REPO_ROOT, ".github", "workflows");

export interface Step {
    name?: string;
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
    "continue-on-error"?: boolean;
}

export interface Job {
    name?: string;
    needs?: string | string[];
    if?: string;
    env?: Record<string, string>;
    outputs?: Record<string, string>;
    strategy?: { "fail-fast"?: boolean; "max-parallel"?: number; matrix?: unknown };
    concurrency?: { group: string; "cancel-in-progress": boolean };
    steps: Step[];
}

export interface Workflow {
    on: Record<string, unknown>;
    env?: Record<string, string>;
    permissions?: Record<string, string>;
    jobs: Record<string, Job>;
}

export function readWorkflow(file: string): Workflow {
    return YAML.parse(fs.readFileSync(path.join(WORKFLOWS, file), "utf8"));
}

export function stepsOf(file: string): Step[] {
    return Object.values(readWorkflow(file).jobs).flatMap((job) => job.steps);
}

/** The step of that name in the workflow; throws when there is none. */
export function stepNamed(file: string, name: string, job?: string): Step {
    const steps = job === undefined ? stepsOf(file) : readWorkflow(file).jobs[job].steps;
    const step = steps.find((s) => s.name === name);
    if (!step) throw new Error(`${file} has no step named ${JSON.stringify(name)}${job ? ` in job ${job}` : ""}`);
    return step;
}

/** A job's env as GitHub sets it for one matrix entry: `${{ matrix.KEY }}` replaced by the entry's value. */
export function matrixJobEnv(job: Job, entry: Record<string, string>): Record<string, string> {
    return Object.fromEntries(
        Object.entries(job.env ?? {}).map(([name, value]) => {
            const replaced = value.replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key: string) => {
                if (!(key in entry)) throw new Error(`the job's env ${name} names matrix.${key}, which the matrix entry lacks`);
                return entry[key];
            });
            if (replaced.includes("${{")) throw new Error(`the job's env ${name} holds an expression other than matrix.*: ${value}`);
            return [name, replaced];
        }),
    );
}

export interface StepRun {
    status: number | null;
    stderr: string;
    read(file: string): string;
    files(): string[];
    /** $GITHUB_OUTPUT as name → value. */
    outputs(): Record<string, string>;
}

interface StepOptions {
    label: string;
    /** Where the step runs (a fresh folder when undefined). */
    dir?: string;
    /** Stand-in commands, name → script, first on PATH. */
    stubs?: Record<string, string>;
    /** Files written into the folder first, name → text. */
    seed?: Record<string, string>;
    env?: Record<string, string>;
}

/** The step's script in a folder of its own, with its stand-ins, files and environment, and how to read what it left. */
function prepareStep(step: Step, options: StepOptions) {
    const dir = options.dir ?? makeWorkDir(options.label);
    const bin = makeWorkDir(`${options.label}-bin`);
    for (const [name, script] of Object.entries(options.stubs ?? {})) fs.writeFileSync(path.join(bin, name), script, { mode: 0o755 });
    for (const [name, text] of Object.entries(options.seed ?? {})) fs.writeFileSync(path.join(dir, name), text);
    const script = path.join(bin, "step.sh");
    fs.writeFileSync(script, step.run!);
    const [output, summary] = [path.join(bin, "github-output"), path.join(bin, "step-summary.md")];
    const env = { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...options.env, PATH: `${bin}${path.delimiter}${options.env?.PATH ?? process.env.PATH}` };
    const readIn = (folder: string, file: string) => (fs.existsSync(path.join(folder, file)) ? fs.readFileSync(path.join(folder, file), "utf8") : "");
    const finished = (status: number | null, stderr: string): StepRun => ({
        status,
        stderr,
        read: (file) => (file === "step-summary.md" ? readIn(bin, "step-summary.md") : readIn(dir, file)),
        files: () => fs.readdirSync(dir),
        outputs: () => Object.fromEntries(readIn(bin, "github-output").split("\n").filter((l) => l.includes("=")).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])),
    });
    return { args: ["--noprofile", "--norc", "-eo", "pipefail", script], spawnOptions: { cwd: dir, env }, finished };
}

/** Runs a step's script as GitHub does, waiting for it (nothing else of this process runs meanwhile). */
export function runStep(step: Step, options: StepOptions): StepRun {
    const { args, spawnOptions, finished } = prepareStep(step, options);
    const result = spawnSync("bash", args, { ...spawnOptions, encoding: "utf8" });
    return finished(result.status, result.stderr);
}

/** The same, letting this process serve meanwhile (an in-process sagemaker-local the step calls). */
export function runStepAsync(step: Step, options: StepOptions): Promise<StepRun> {
    const { args, spawnOptions, finished } = prepareStep(step, options);
    return new Promise((resolve, reject) => {
        const child = spawn("bash", args, { ...spawnOptions, stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => (stderr += d));
        child.on("error", reject);
        child.on("close", (code) => resolve(finished(code, stderr)));
    });
}
