// `npm run bench`: what a StudioTeam of N members costs on sagemaker-local,
// against an empty program (the engine floor) and the AWS CLI by hand.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { startSageMakerLocal, SageMakerLocal } from "../emulator";
import { DEFAULT_SETTINGS } from "../gateway/settings";
import { cleanWorkDirs, makeWorkDir, pulumiBinDir, REPO_ROOT } from "../test/support/engine";
import { AWS_CLI, awsCliVersion, runCliLoop } from "./cli-baseline";
import { BenchOptions, parseOptions } from "./options";
import { REPRODUCE_MARKER, writeReport } from "./report";
import { BenchResults, CliFigures, COMMANDS, emptyTimes, TeamFigures, ThrottledFigures, CheckpointProbe, SplitFigures, PreviewScaleFigures, UpOnlyFigures, type MatrixFigures } from "./results";
import { matrixRun } from "./matrix-jobs";
import { previewScaleRun } from "./preview-scale";
import { splitStacksRun } from "./split-stacks";
import { median } from "./stats";
import { BenchStack, expectProfiles, previewIsNoChange, stateSize, StateSize, PROFILE_TYPE, withEmulator, type Timed } from "./stacks";
import { BENCH_DOMAIN } from "./team-spec";

function log(message: string): void {
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export function engineParallelism(): number {
    const configured = Number(process.env.PULUMI_PARALLEL);
    return Number.isInteger(configured) && configured > 0 ? configured : 4 * os.availableParallelism();
}

function callsSince(emulator: SageMakerLocal, from: number): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const entry of emulator.requests().slice(from)) {
        counts[entry.operation] = (counts[entry.operation] ?? 0) + 1;
    }
    return counts;
}

async function floorRuns(emulator: SageMakerLocal, reps: number) {
    const times = emptyTimes();
    const stack = await BenchStack.empty(emulator.url);
    for (let rep = 0; rep < reps; rep++) {
        times.up.push((await stack.up()).ms);
        times.preview.push((await stack.preview()).ms);
        times.refresh.push((await stack.refresh()).ms);
        times.update.push((await stack.up()).ms);
        times.destroy.push((await stack.destroy()).ms);
        log(`empty program, run ${rep + 1}/${reps}: up ${Math.round(times.up[rep])} ms`);
    }
    return times;
}

async function teamRuns(emulator: SageMakerLocal, members: number, reps: number, config: Record<string, string>, privateSpaces = false): Promise<TeamFigures> {
    const stack = await BenchStack.team(`team-${members}${privateSpaces ? "-spaces" : ""}`, emulator.url, BENCH_DOMAIN, config);
    const times = emptyTimes();
    let providerPeakBytes = 0;
    const peakBytes: Record<string, number> = { engine: 0, program: 0, provider: 0 };
    let state: StateSize = { totalBytes: Number.NaN, perProfileBytes: Number.NaN, perProfileExportBytes: Number.NaN, profiles: 0, parts: {}, spaces: 0, perSpaceBytes: Number.NaN };
    let upCalls: Record<string, number> = {};
    let previewNoChange = true;
    const cpuSeconds = {} as TeamFigures["cpuSeconds"];
    for (let rep = 0; rep < reps; rep++) {
        await stack.declareTeam(members, "base", privateSpaces);
        const before = emulator.requests().length;
        const up = await stack.up();
        if (rep === 0) {
            upCalls = callsSince(emulator, before);
            state = stateSize(await stack.exportText());
            if (state.profiles !== members || state.spaces !== (privateSpaces ? members : 0)) {
                throw new Error(`expected ${members} profiles${privateSpaces ? " and spaces" : ""} in state, found ${state.profiles} and ${state.spaces} spaces`);
            }
        }
        const preview = await stack.preview();
        previewNoChange &&= previewIsNoChange(preview.output);
        const refresh = await stack.refresh();
        await stack.declareTeam(members, "updated", privateSpaces);
        const update = await stack.up();
        const destroy = await stack.destroy();
        const runs = { up, preview, refresh, update, destroy };
        for (const command of COMMANDS) {
            times[command].push(runs[command].ms);
            providerPeakBytes = Math.max(providerPeakBytes, runs[command].providerPeakBytes);
            for (const kind of Object.keys(peakBytes)) {
                peakBytes[kind] = Math.max(peakBytes[kind], runs[command].peakBytes[kind as keyof Timed["peakBytes"]]);
            }
            if (rep === 0) {
                cpuSeconds[command] = runs[command].cpu;
            }
        }
        log(`N=${members}${privateSpaces ? " with private spaces" : ""}, run ${rep + 1}/${reps}: ` + COMMANDS.map((c) => `${c} ${(runs[c].ms / 1000).toFixed(1)} s`).join(", "));
    }
    return {
        members,
        ...(privateSpaces ? { privateSpaces, statePerSpaceBytes: state.perSpaceBytes } : {}),
        times,
        providerPeakBytes,
        stateTotalBytes: state.totalBytes,
        statePerProfileBytes: state.perProfileBytes,
        statePerProfileExportBytes: state.perProfileExportBytes,
        stateParts: state.parts,
        upCalls,
        previewNoChange,
        cpuSeconds,
        peakBytes,
    };
}

async function throttledRun(emulator: SageMakerLocal, members: number, limit: number, config: Record<string, string>): Promise<ThrottledFigures> {
    const stack = await BenchStack.team(`throttled-${members}`, emulator.url, BENCH_DOMAIN, config);
    await stack.declareTeam(members, "base");
    const before = emulator.requests().length;
    emulator.setRateLimits({ CreateUserProfile: limit });
    const started = Date.now();
    let error: string | undefined;
    try {
        await stack.up();
    } catch (err) {
        error = (err as Error).message.split("\n").slice(0, 40).join("\n");
    }
    const ms = Date.now() - started;
    emulator.setRateLimits({});
    const requests = emulator.requests().slice(before);
    const exported = JSON.parse(await stack.exportText()) as { deployment: { resources?: Array<{ type: string; outputs?: { status?: string } }> } };
    const inService = (exported.deployment.resources ?? []).filter((r) => r.type === PROFILE_TYPE && r.outputs?.status === "InService").length;
    const figures: ThrottledFigures = {
        members,
        limitPerSecond: limit,
        ms,
        failures: members - inService,
        throttledResponses: requests.filter((r) => r.errorCode === "ThrottlingException").length,
        createCalls: requests.filter((r) => r.operation === "CreateUserProfile").length,
        ...(error ? { error } : {}),
    };
    log(`throttled N=${members}: ${(ms / 1000).toFixed(1)} s, ${figures.failures} failures, ${figures.throttledResponses} throttled responses`);
    await stack.destroy();
    return figures;
}

async function checkpointProbe(emulator: SageMakerLocal, members: number, config: Record<string, string>): Promise<CheckpointProbe> {
    const stack = await BenchStack.team(`checkpoints-${members}`, emulator.url, BENCH_DOMAIN, config);
    await stack.declareTeam(members, "base");
    const withCheckpoints = await stack.up();
    await stack.destroy();
    const skipping = await stack.up({ PULUMI_SKIP_CHECKPOINTS: "true" });
    await stack.destroy();
    log(`checkpoint probe N=${members}: ${Math.round(withCheckpoints.ms)} ms with checkpoints, ${Math.round(skipping.ms)} ms without`);
    return {
        members,
        withCheckpointsMs: withCheckpoints.ms,
        skipCheckpointsMs: skipping.ms,
        withCheckpointsEngineCpu: withCheckpoints.cpu.engine,
        skipCheckpointsEngineCpu: skipping.cpu.engine,
    };
}

/** One `up` of N from empty on a sagemaker-local of its own, which is then discarded with its profiles. */
function upOnlyRun(members: number, latencyMs: number, config: Record<string, string>): Promise<UpOnlyFigures> {
    return withEmulator(latencyMs, async (emulator) => {
        const stack = await BenchStack.team(`up-${members}`, emulator.url, BENCH_DOMAIN, config);
        await stack.declareTeam(members, "base");
        const up = await stack.up();
        const state = stateSize(await stack.exportText());
        expectProfiles(state, members, `up of ${members}`);
        log(`up of ${members}: ${(up.ms / 1000).toFixed(1)} s, engine CPU ${up.cpu.engine.toFixed(1)} s`);
        return { members, ms: up.ms, cpu: up.cpu, peakBytes: up.peakBytes, statePerProfileBytes: state.perProfileBytes, stateTotalBytes: state.totalBytes };
    });
}

async function cliRuns(emulator: SageMakerLocal, options: BenchOptions, parallelism: number): Promise<CliFigures[]> {
    const figures: CliFigures[] = [];
    if (!fs.existsSync(AWS_CLI)) {
        log(`no AWS CLI at ${AWS_CLI}: the CLI baselines are skipped`);
        return figures;
    }
    const workDir = makeWorkDir("bench-cli");
    let batch = 0;
    for (const members of options.cliSizes) {
        for (const parallel of [1, parallelism]) {
            const reps = parallel === 1 && members >= 100 ? 1 : options.cliReps;
            const times: number[] = [];
            for (let rep = 0; rep < reps; rep++) {
                const names = Array.from({ length: members }, (_, i) => `cli-${batch}-${i}`);
                batch++;
                times.push((await runCliLoop(workDir, emulator.url, BENCH_DOMAIN, names, parallel)).ms);
                log(`AWS CLI N=${members}, ${parallel === 1 ? "sequential" : `xargs -P ${parallel}`}, run ${rep + 1}/${reps}: ${(times[rep] / 1000).toFixed(1)} s`);
            }
            figures.push({ members, parallel, times });
        }
    }
    return figures;
}

function pulumiVersion(): string {
    return execFileSync(path.join(pulumiBinDir(), "pulumi"), ["version"], { encoding: "utf8" }).trim();
}

export async function runBenchmarks(options: BenchOptions): Promise<BenchResults> {
    const startedAt = new Date().toISOString();
    const parallelism = engineParallelism();
    const emulator = await startSageMakerLocal({ latencyMs: options.latencyMs, seedDomains: [BENCH_DOMAIN] });
    log(`sagemaker-local at ${emulator.url}, latency ${options.latencyMs} ms, engine parallelism ${parallelism}`);
    try {
        const floor = await floorRuns(emulator, options.reps);
        const teams: TeamFigures[] = [];
        for (const members of options.sizes) {
            teams.push(await teamRuns(emulator, members, members >= 500 ? options.largeReps : options.reps, options.config));
        }
        for (const members of options.spaceSizes) {
            teams.push(await teamRuns(emulator, members, members >= 500 ? options.largeReps : options.reps, options.config, true));
        }
        const throttled = options.throttledSize > 0 ? await throttledRun(emulator, options.throttledSize, options.throttleLimit, options.config) : undefined;
        const probe = options.checkpointProbe ? await checkpointProbe(emulator, options.checkpointProbe, options.config) : undefined;
        const split: SplitFigures[] = [];
        for (const members of options.splitSizes) {
            split.push(await splitStacksRun(emulator.url, members, options.splitTeamSize, options.splitConcurrency, options.config));
            const s = split[split.length - 1];
            log(`N=${members} as ${s.stacks} stacks of ${s.teamSize}, ${s.concurrency} at a time: up ${(s.upMs / 1000).toFixed(1)} s, one-team preview ${(s.oneTeamPreviewMs / 1000).toFixed(1)} s, destroy ${(s.destroyMs / 1000).toFixed(1)} s`);
        }
        const previewScale: PreviewScaleFigures[] = [];
        for (const members of options.previewSizes) {
            previewScale.push(await previewScaleRun(members, options.splitTeamSize, options.splitConcurrency, options.previewReps, median(floor.preview), options.config, log));
        }
        const upOnly: UpOnlyFigures[] = [];
        for (const members of options.upSizes) {
            upOnly.push(await upOnlyRun(members, options.latencyMs, options.config));
        }
        const matrix: MatrixFigures[] = [];
        for (const members of options.matrixSizes) {
            matrix.push(await matrixRun(emulator.url, members, options.splitTeamSize, options.matrixRunners, options.config, log));
        }
        const cli = await cliRuns(emulator, options, parallelism);
        const cpus = os.cpus();
        return {
            startedAt,
            finishedAt: new Date().toISOString(),
            machine: {
                cpus: os.availableParallelism(),
                cpuModel: cpus[0]?.model ?? "unknown",
                memoryGiB: Math.round(os.totalmem() / 2 ** 30),
                os: `${os.type()} ${os.release()} ${os.arch()}`,
                node: process.version,
                pulumi: pulumiVersion(),
                awsCli: await awsCliVersion(),
                loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
            },
            settings: {
                latencyMs: options.latencyMs,
                parallelism,
                reps: options.reps,
                largeReps: options.largeReps,
                cliReps: options.cliReps,
                quick: options.quick,
                config: options.config,
                providerDefaults: {
                    pollMinDelay: DEFAULT_SETTINGS.pollMinDelay,
                    pollMaxDelay: DEFAULT_SETTINGS.pollMaxDelay,
                    maxAttempts: DEFAULT_SETTINGS.maxAttempts,
                },
            },
            floor,
            teams,
            cli,
            ...(throttled ? { throttled } : {}),
            ...(probe ? { checkpointProbe: probe } : {}),
            ...(split.length > 0 ? { split } : {}),
            ...(previewScale.length > 0 ? { previewScale } : {}),
            ...(upOnly.length > 0 ? { upOnly } : {}),
            ...(matrix.length > 0 ? { matrix } : {}),
        };
    } finally {
        await emulator.stop();
        cleanWorkDirs();
    }
}

/** Hand-written notes between ANALYSIS_MARKER and the reproduction commands of an existing report survive regeneration. */
export const ANALYSIS_MARKER = "<!-- analysis: kept by npm run bench -->";

function keptNotes(file: string): string {
    const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const at = existing.indexOf(ANALYSIS_MARKER);
    if (at < 0) return "";
    const end = existing.indexOf(REPRODUCE_MARKER, at);
    return `\n${existing.slice(at, end < 0 ? undefined : end).trimEnd()}\n\n`;
}

/** The whole file: the generated tables, the kept notes, then the reproduction commands. */
export function reportFile(report: { markdown: string; reproduce: string }, file: string): string {
    return `${report.markdown}${keptNotes(file) || "\n"}${report.reproduce}`;
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    const results = await runBenchmarks(options);
    if (options.json) {
        fs.writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    }
    const report = writeReport(results);
    process.stdout.write(`${report.summary}\n`);
    if (options.out) {
        const out = path.resolve(REPO_ROOT, options.out);
        fs.writeFileSync(out, reportFile(report, out));
        log(`wrote ${options.out}`);
    }
}

if (require.main === module) {
    main().catch((err: unknown) => {
        process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exit(1);
    });
}
