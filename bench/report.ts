// Turns a run's figures into the targets' verdicts and BENCHMARKS.md.
import { largestMatrix, matrixSection, singleStackOneTeamPreviewMs } from "./report-matrix";
import { previewMsPerProfile, previewScaleAt, previewScaleSection, pullRequestRatio, upOnlySection } from "./report-preview-scale";
import { BenchResults, COMMANDS, TeamFigures } from "./results";
import { KB, mb, MB, median, ratio, seconds } from "./stats";

export interface Verdict {
    target: string;
    figure: string;
    met: boolean | undefined;
}


/** Teams of profiles only: what the targets and the main tables are about. */
function profileTeams(results: BenchResults): TeamFigures[] {
    return results.teams.filter((t) => !t.privateSpaces);
}

function team(results: BenchResults, members: number): TeamFigures | undefined {
    return profileTeams(results).find((t) => t.members === members);
}

/** How a team is named in the tables. */
function teamLabel(t: TeamFigures): string {
    return t.privateSpaces ? `${t.members} + private spaces` : `${t.members}`;
}

function cliMedian(results: BenchResults, members: number, parallel: (p: number) => boolean): number {
    const run = results.cli.find((c) => c.members === members && parallel(c.parallel));
    return run ? median(run.times) : Number.NaN;
}

/**
 * Ideal `up`: the empty program plus ⌈resources / parallelism⌉ provisioning latencies. With private
 * spaces a team has 2N resources, and each space waits for its profile, so at least two latencies.
 */
function upFloorMs(results: BenchResults, t: Pick<TeamFigures, "members" | "privateSpaces">): number {
    const resources = t.privateSpaces ? 2 * t.members : t.members;
    const rounds = Math.max(t.privateSpaces ? 2 : 1, Math.ceil(resources / results.settings.parallelism));
    return median(results.floor.up) + rounds * results.settings.latencyMs;
}

/** Least-squares slope of log(y) against log(x): the growth exponent (NaN with fewer than two points). */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
    const usable = points.filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y));
    if (usable.length < 2) return Number.NaN;
    const xs = usable.map((p) => Math.log(p.x));
    const ys = usable.map((p) => Math.log(p.y));
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
    return sxx > 0 ? sxy / sxx : Number.NaN;
}

function judged(met: boolean, figure: string, target: string, known: boolean): Verdict {
    return { target, figure, met: known ? met : undefined };
}

export function verdicts(results: BenchResults): Verdict[] {
    const out: Verdict[] = [];
    const per = [
        ...profileTeams(results).map((t) => t.statePerProfileBytes),
        ...(results.previewScale ?? []).flatMap((p) => [p.oneTeam.statePerProfileBytes, p.teamsInOneStack.statePerProfileBytes]),
    ].filter(Number.isFinite);
    const worstState = per.length > 0 ? Math.max(...per) : Number.NaN;
    out.push(judged(worstState <= 2.0 * KB, `${(worstState / KB).toFixed(2)} KB per profile`, "state ≤ 2.0 KB per profile", per.length > 0));

    const t100 = team(results, 100);
    const up100 = t100 ? median(t100.times.up) : Number.NaN;
    const floor100 = upFloorMs(results, { members: 100 });
    out.push(
        judged(up100 <= 1.25 * floor100, `${seconds(up100)} s vs floor ${seconds(floor100)} s = ${ratio(up100, floor100)}`, "up of 100 ≤ 1.25 × floor", Boolean(t100)),
    );
    const seq100 = cliMedian(results, 100, (p) => p === 1);
    out.push(
        judged(seq100 / up100 >= 5, `CLI ${seconds(seq100)} s / up ${seconds(up100)} s = ${ratio(seq100, up100)}`, "≥ 5× faster than the sequential CLI loop at 100", Number.isFinite(seq100 / up100)),
    );
    const par100 = cliMedian(results, 100, (p) => p > 1);
    out.push(
        judged(up100 <= 1.2 * par100, `up ${seconds(up100)} s / CLI ${seconds(par100)} s = ${ratio(up100, par100)}`, "≤ 1.2 × the parallel CLI loop at 100", Number.isFinite(up100 / par100)),
    );
    const t500 = team(results, 500);
    const previewBeyond = t500 ? (median(t500.times.preview) - median(results.floor.preview)) / 500 : Number.NaN;
    out.push(
        judged(previewBeyond <= 15, `${previewBeyond.toFixed(1)} ms per profile`, "no-change preview at 500 ≤ 15 ms per profile beyond the empty program", Boolean(t500)),
    );
    const th = results.throttled;
    const thBound = th ? (1.15 * th.members * 1000) / th.limitPerSecond : Number.NaN;
    out.push(
        judged(
            Boolean(th && th.failures === 0 && th.ms <= thBound),
            th ? `${th.members} profiles, ${th.failures} failures, ${seconds(th.ms)} s (bound ${seconds(thBound)} s)` : "n/a",
            `throttled: 0 failures, wall ≤ 1.15 × N / limit`,
            Boolean(th),
        ),
    );
    out.push(
        judged(
            (t500?.providerPeakBytes ?? Infinity) <= 250 * MB,
            t500 ? `${(t500.providerPeakBytes / MB).toFixed(0)} MB` : "n/a",
            "provider process ≤ 250 MB at 500",
            Boolean(t500 && t500.providerPeakBytes > 0),
        ),
    );
    const t5000 = team(results, 5000);
    // Without a full run of 5,000, the preview-scale run of 5,000 judges previews and memory.
    const p5000 = previewScaleAt(results, 5000);
    const preview5000 = t5000 ? (median(t5000.times.preview) - median(results.floor.preview)) / 5000 : p5000 ? previewMsPerProfile(p5000, p5000.oneTeam) : Number.NaN;
    out.push(judged(preview5000 <= 10, `${preview5000.toFixed(1)} ms per profile`, "no-change preview at 5,000 ≤ 10 ms per profile beyond the empty program", Boolean(t5000 || p5000)));
    const u5000 = results.upOnly?.find((u) => u.members === 5000);
    const up5000 = t5000 ? median(t5000.times.up) : (u5000?.ms ?? Number.NaN);
    const floor5000 = upFloorMs(results, { members: 5000 });
    out.push(judged(up5000 <= 1.15 * floor5000, `${seconds(up5000)} s vs floor ${seconds(floor5000)} s = ${ratio(up5000, floor5000)}`, "up of 5,000 ≤ 1.15 × floor", Boolean(t5000 || u5000)));
    const provider5000 = t5000 ? t5000.providerPeakBytes : Math.max(p5000?.oneTeam.peakBytes.provider ?? Number.NaN, u5000?.peakBytes.provider ?? Number.NaN);
    out.push(
        judged(
            provider5000 <= 400 * MB,
            Number.isFinite(provider5000) ? `${(provider5000 / MB).toFixed(0)} MB${t5000 ? "" : " (set-up up, previews and refreshes of 5,000)"}` : "n/a",
            "provider process ≤ 400 MB at 5,000",
            provider5000 > 0,
        ),
    );
    const split5000 = results.split?.find((s) => s.members === 5000);
    const pr = split5000 && t5000 ? { teamStack: split5000.oneTeamPreviewMs, singleStack: median(t5000.times.preview) } : p5000 ? pullRequestRatio(p5000) : undefined;
    out.push(
        judged(
            Boolean(pr && pr.teamStack * 20 <= pr.singleStack),
            pr ? `${seconds(pr.teamStack)} s vs ${seconds(pr.singleStack)} s = ${ratio(pr.teamStack, pr.singleStack)}` : "n/a",
            "one-team preview of the per-team stacks ≤ 1/20 of the single stack's preview at 5,000",
            Boolean(pr),
        ),
    );
    const matrix = largestMatrix(results);
    const jobs = matrix ? matrix.pullRequest.planMs + matrix.pullRequest.jobMs : Number.NaN;
    const single = singleStackOneTeamPreviewMs(results) ?? Number.NaN;
    out.push(
        judged(
            jobs * 20 <= single,
            matrix ? `${seconds(jobs)} s (N = ${matrix.members}) vs ${seconds(single)} s = ${ratio(jobs, single)}` : "n/a",
            "pull request as matrix jobs (plan job + the one team's job) ≤ 1/20 of the single stack's preview at 5,000",
            Number.isFinite(jobs / single),
        ),
    );
    return out;
}

function mark(v: Verdict): string {
    return v.met === undefined ? "not measured" : v.met ? "met" : "**missed**";
}

function commandTable(results: BenchResults): string[] {
    const lines = [
        "| program | " + COMMANDS.join(" | ") + " | runs |",
        "| --- | " + COMMANDS.map(() => "---:").join(" | ") + " | ---: |",
        `| empty program | ${COMMANDS.map((c) => seconds(median(results.floor[c]))).join(" | ")} | ${results.floor.up.length} |`,
    ];
    for (const t of profileTeams(results)) {
        lines.push(`| team of ${t.members} | ${COMMANDS.map((c) => seconds(median(t.times[c]))).join(" | ")} | ${t.times.up.length} |`);
    }
    return lines;
}

/** Teams whose members each have a private space: times against the floor, and what a space costs in state. */
function spaceTeamsTable(results: BenchResults): string[] {
    const teams = results.teams.filter((t) => t.privateSpaces);
    if (teams.length === 0) {
        return ["Not run."];
    }
    const lines = [
        "| team | " + COMMANDS.join(" | ") + " | up floor | up / floor | state/space | state/profile | runs |",
        "| --- | " + COMMANDS.map(() => "---:").join(" | ") + " | ---: | ---: | ---: | ---: | ---: |",
    ];
    for (const t of teams) {
        const floor = upFloorMs(results, t);
        lines.push(
            `| ${t.members} members, ${t.members} private spaces | ${COMMANDS.map((c) => seconds(median(t.times[c]))).join(" | ")} | ${seconds(floor)} | ` +
                `${ratio(median(t.times.up), floor)} | ${((t.statePerSpaceBytes ?? Number.NaN) / KB).toFixed(2)} KB | ${(t.statePerProfileBytes / KB).toFixed(2)} KB | ${t.times.up.length} |`,
        );
    }
    return lines;
}

function perProfileTable(results: BenchResults): string[] {
    const lines = [
        "| team | " + COMMANDS.map((c) => `${c} ms/profile`).join(" | ") + " | state total | state/profile | in the export as printed | provider peak |",
        "| --- | " + COMMANDS.map(() => "---:").join(" | ") + " | ---: | ---: | ---: | ---: |",
    ];
    for (const t of profileTeams(results)) {
        const cells = COMMANDS.map((c) => ((median(t.times[c]) - median(results.floor[c])) / t.members).toFixed(0));
        lines.push(
            `| ${t.members} | ${cells.join(" | ")} | ${(t.stateTotalBytes / KB).toFixed(0)} KB | ${(t.statePerProfileBytes / KB).toFixed(2)} KB | ${((t.statePerProfileExportBytes ?? Number.NaN) / KB).toFixed(2)} KB | ${(t.providerPeakBytes / MB).toFixed(0)} MB |`,
        );
    }
    return lines;
}

function statePartsTable(results: BenchResults): string[] {
    const t = profileTeams(results)[profileTeams(results).length - 1];
    if (!t?.stateParts) {
        return [];
    }
    return [
        `Where a profile's ${Math.round(t.statePerProfileBytes)} bytes go (team of ${t.members}, compact JSON):`,
        "",
        "| part | bytes |",
        "| --- | ---: |",
        ...Object.entries(t.stateParts).map(([part, bytes]) => `| ${part} | ${Math.round(bytes)} |`),
    ];
}

function cpuTable(results: BenchResults): string[] {
    const lines = [
        "CPU seconds of each command's processes (first run): engine (`pulumi`), program (language host and Node program), provider (`dynamic-provider`).",
        "",
        "| team | command | engine | program | provider |",
        "| ---: | --- | ---: | ---: | ---: |",
    ];
    for (const t of results.teams) {
        for (const c of COMMANDS) {
            const cpu = t.cpuSeconds?.[c];
            if (cpu) {
                lines.push(`| ${teamLabel(t)} | ${c} | ${cpu.engine.toFixed(1)} | ${cpu.program.toFixed(1)} | ${cpu.provider.toFixed(1)} |`);
            }
        }
    }
    return lines;
}


function peakTable(results: BenchResults): string[] {
    const teams = results.teams.filter((t) => t.peakBytes);
    if (teams.length === 0) return [];
    return [
        "Peak resident memory (VmHWM) of one process of each kind over every command:",
        "",
        "| team | engine | program | provider |",
        "| ---: | ---: | ---: | ---: |",
        ...teams.map((t) => `| ${teamLabel(t)} | ${mb(t.peakBytes?.engine)} | ${mb(t.peakBytes?.program)} | ${mb(t.peakBytes?.provider)} |`),
    ];
}

/** Growth exponents over the sizes of 100 and more: wall time and the CPU of each kind of process. */
function growthTable(results: BenchResults): string[] {
    const teams = profileTeams(results).filter((t) => t.members >= 100);
    const large = results.previewScale ?? [];
    if (teams.length + large.length < 2) return ["Needs two sizes of 100 or more."];
    const sizes = teams.map((t) => t.members).join(", ");
    const lines = [
        `Least-squares slope of log(figure) against log(N) over N = ${sizes}${large.length > 0 ? " (and, for the no-change preview and refresh, the large organisations below, one team in one stack)" : ""} (1 is linear, 2 quadratic). Wall time includes the provisioning latency, which grows linearly; engine, program and provider are CPU seconds of the first run.`,
        "",
        "| command | wall | engine CPU | program CPU | provider CPU |",
        "| --- | ---: | ---: | ---: | ---: |",
    ];
    for (const c of teams.length >= 2 ? COMMANDS : []) {
        const fit = (y: (t: TeamFigures) => number | undefined) => growthExponent(teams.map((t) => ({ x: t.members, y: y(t) ?? Number.NaN }))).toFixed(2);
        lines.push(
            `| ${c} | ${fit((t) => median(t.times[c]))} | ${fit((t) => t.cpuSeconds?.[c]?.engine)} | ${fit((t) => t.cpuSeconds?.[c]?.program)} | ${fit((t) => t.cpuSeconds?.[c]?.provider)} |`,
        );
    }
    if (large.length > 0) {
        // One team of N in one stack in both kinds of run: the same no-change preview and refresh.
        for (const c of ["preview", "refresh"] as const) {
            const points = (y: (t: TeamFigures) => number | undefined, z: (p: (typeof large)[number]) => number | undefined) => [
                ...teams.map((t) => ({ x: t.members, y: y(t) ?? Number.NaN })),
                ...large.map((p) => ({ x: p.members, y: z(p) ?? Number.NaN })),
            ];
            const times = (p: (typeof large)[number]) => (c === "preview" ? p.oneTeam.previewMs : p.oneTeam.refreshMs);
            const cpuOf = (p: (typeof large)[number]) => (c === "preview" ? p.oneTeam.previewCpu : p.oneTeam.refreshCpu);
            const fit = (kind: string) => growthExponent(points((t) => t.cpuSeconds?.[c]?.[kind], (p) => cpuOf(p)[kind])).toFixed(2);
            lines.push(
                `| ${c}, to N = ${large.map((p) => p.members).join(", ")} | ${growthExponent(points((t) => median(t.times[c]), (p) => median(times(p)))).toFixed(2)} | ${fit("engine")} | ${fit("program")} | ${fit("provider")} |`,
            );
        }
    }
    return lines;
}

function splitTable(results: BenchResults): string[] {
    if (!results.split?.length) return ["Not run."];
    const lines = [
        "| N | stacks | at a time | up | up, one stack | one-team preview | preview, one stack | destroy | destroy, one stack | engine CPU of up | peak engine / program / provider |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ];
    for (const s of results.split) {
        const single = team(results, s.members);
        const cell = (ms: number | undefined) => (ms === undefined ? "n/a" : `${seconds(ms)} s`);
        lines.push(
            `| ${s.members} | ${s.stacks} × ${s.teamSize} | ${s.concurrency} | ${cell(s.upMs)} | ${cell(single && median(single.times.up))} | ${cell(s.oneTeamPreviewMs)} | ` +
                `${cell(single && median(single.times.preview))} | ${cell(s.destroyMs)} | ${cell(single && median(single.times.destroy))} | ${s.upCpu.engine.toFixed(1)} s | ` +
                `${mb(s.upPeakBytes.engine)} / ${mb(s.upPeakBytes.program)} / ${mb(s.upPeakBytes.provider)} |`,
        );
    }
    return lines;
}

function cliTable(results: BenchResults): string[] {
    const lines = ["| N | AWS CLI loop | runs | median | `up` of the team | up / CLI |", "| ---: | --- | ---: | ---: | ---: | ---: |"];
    for (const c of results.cli) {
        const up = team(results, c.members);
        const upMs = up ? median(up.times.up) : Number.NaN;
        lines.push(
            `| ${c.members} | ${c.parallel === 1 ? "sequential" : `xargs -P ${c.parallel}`} | ${c.times.length} | ${seconds(median(c.times))} s | ${seconds(upMs)} s | ${ratio(upMs, median(c.times))} |`,
        );
    }
    return lines;
}

function summaryLines(results: BenchResults): string[] {
    const lines = [...commandTable(results), ...spaceTeamsTable(results), ""];
    for (const t of results.teams) {
        lines.push(
            `N=${teamLabel(t)}: up ${ratio(median(t.times.up), upFloorMs(results, t))} of floor, ` +
                `state ${(t.statePerProfileBytes / KB).toFixed(2)} KB/profile, provider peak ${(t.providerPeakBytes / MB).toFixed(0)} MB, ` +
                `calls of up ${JSON.stringify(t.upCalls)}`,
        );
    }
    for (const v of verdicts(results)) {
        lines.push(`${mark(v).replace(/\*/g, "")}: ${v.target}: ${v.figure}`);
    }
    return lines;
}

/** The report: its generated tables (`markdown`), and the reproduction commands that end the file (`reproduce`). */
export function writeReport(results: BenchResults): { markdown: string; reproduce: string; summary: string } {
    const m = results.machine;
    const s = results.settings;
    const th = results.throttled;
    const probe = results.checkpointProbe;
    const md = [
        `# Benchmarks: what a team of ${profileTeams(results).map((t) => t.members).join(", ")} costs`,
        "",
        `Generated by \`npm run bench\` (bench/run.ts; bench/merge.ts combines separate runs) from runs between ${results.startedAt} and ${results.finishedAt}. Every figure in the tables below is measured, none is typed in.`,
        "",
        "## Machine and settings",
        "",
        `- ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; load average at the end of the run ${m.loadAverage.join(" / ")} (the parallel AWS CLI loop runs last; figures are medians).`,
        `- Node ${m.node}, Pulumi CLI ${m.pulumi}, local \`file://\` backend (scripts/offline-env.js), AWS CLI ${m.awsCli}.`,
        `- \`StudioTeam\` of N members on \`sagemaker-local\` (in-process) with a provisioning latency of ${s.latencyMs} ms; each member has an execution role, two security groups, a KernelGateway default instance type (AWS CLI 2.9 predates JupyterLab settings) and two tags.`,
        `- Engine parallelism ${s.parallelism} (the default, 4 × CPUs); provider defaults: poll delays ${s.providerDefaults.pollMinDelay}–${s.providerDefaults.pollMaxDelay} s, ${s.providerDefaults.maxAttempts} attempts for transient errors, throttling paced per operation${Object.keys(s.config).length > 0 ? `; stack config overrides: ${Object.entries(s.config).map(([k, v]) => `\`${k}=${v}\``).join(", ")}` : ""}.`,
        `- Repetitions: ${s.reps} per size (${s.largeReps} at N ≥ 500); CLI baselines ${s.cliReps} (the sequential loop at N = 100 once). Each repetition runs \`up --yes --skip-preview\` (create), \`preview\` (no change), \`refresh --yes --skip-preview\`, \`up\` after changing a team default (update of every member), \`destroy --yes --skip-preview\`. The empty program runs the same commands.`,
        "",
        "## Wall time (median seconds)",
        "",
        ...commandTable(results),
        "",
        "## Per profile beyond the empty program, state and memory",
        "",
        "Milliseconds per profile = (team − empty program) / N. State from `pulumi stack export` after the first `up`: the whole export; per profile, the mean size of a `UserProfile` entry as compact JSON (the measure of the README and of test/provider), and what each entry adds to the export as printed (indented four spaces per level). Provider peak: the largest VmHWM of the `dynamic-provider` process over every command. KB = 1,000 bytes, MB = 2^20 bytes.",
        "",
        ...perProfileTable(results),
        "",
        ...statePartsTable(results),
        "",
        ...cpuTable(results),
        "",
        ...peakTable(results),
        "",
        "## Growth",
        "",
        ...growthTable(results),
        "",
        "## Teams with private spaces",
        "",
        "The same commands for a team whose members each also get a private JupyterLab space of 20 GB (a `Space` that depends on the member's profile); the update changes the team default and the spaces' instance type, so every profile and every space is updated in place. Floor = empty-program `up` + max(2, ⌈2N / parallelism⌉) × provisioning latency (2N resources; each space waits for its profile). State per space: the mean size of a `Space` entry as compact JSON.",
        "",
        ...spaceTeamsTable(results),
        "",
        "## Against the AWS CLI",
        "",
        "A shell loop of `aws sagemaker create-user-profile`, then `describe-user-profile` every second until `InService`; sequential, and with `xargs -P` at the engine's parallelism.",
        "",
        ...cliTable(results),
        "",
        "## Throttled",
        "",
        th
            ? `CreateUserProfile limited to ${th.limitPerSecond} calls per second, N = ${th.members}: ${seconds(th.ms)} s (the limit alone needs ${seconds((th.members * 1000) / th.limitPerSecond)} s), ${th.failures} failures, ${th.createCalls} CreateUserProfile calls of which ${th.throttledResponses} were throttled.${th.error ? `\n\n\`\`\`\n${th.error}\n\`\`\`` : ""}`
            : "Not run.",
        "",
        "## Checkpoints",
        "",
        probe
            ? `\`up\` of ${probe.members} profiles: ${seconds(probe.withCheckpointsMs)} s as shipped${probe.withCheckpointsEngineCpu !== undefined ? ` (engine CPU ${probe.withCheckpointsEngineCpu.toFixed(1)} s)` : ""}, ` +
              `${seconds(probe.skipCheckpointsMs)} s with \`PULUMI_SKIP_CHECKPOINTS=true\`${probe.skipCheckpointsEngineCpu !== undefined ? ` (engine CPU ${probe.skipCheckpointsEngineCpu.toFixed(1)} s)` : ""} (one run each; not a default: a crash would lose the deployment's intermediate state).`
            : "Not run.",
        "",
        "## One stack per team",
        "",
        "The same N profiles as team files of a fixed size, one stack each, driven by `sagemaker-studio up|preview|destroy --stacks` (the package's runner, through the Automation API) a few at a time, against the single stack of N above. The one-team preview is a pull request that changes one team's default: only that team's stack previews. Engine CPU and peaks cover every process the runner starts.",
        "",
        ...splitTable(results),
        "",
        "## Team stacks as matrix jobs",
        "",
        ...matrixSection(results),
        "",
        "## Large organisations: previews, refreshes and state",
        "",
        ...previewScaleSection(results),
        "",
        ...upOnlySection(results, (members) => upFloorMs(results, { members })),
        "",
        "## Targets",
        "",
        "| target | figure | verdict |",
        "| --- | --- | --- |",
        ...verdicts(results).map((v) => `| ${v.target} | ${v.figure} | ${mark(v)} |`),
        "",
        "Floor for `up` = empty-program `up` + ⌈N / parallelism⌉ × provisioning latency.",
        "",
    ].join("\n");
    const reproduce = [
        REPRODUCE_MARKER,
        "",
        "## Reproduce",
        "",
        "```sh",
        "npm ci && npm run build",
        "npm run bench                      # the full run; writes BENCHMARKS.md (about half an hour)",
        "npm run bench -- --quick           # N = 10, one repetition (what CI runs through test/bench/)",
        "npm run bench -- --sizes 100 --reps 1 --cli-sizes '' --throttled 0 --checkpoint-probe 0 --out /tmp/b.md",
        "npm run bench -- --sizes '' --space-sizes 100 --cli-sizes '' --throttled 0 --checkpoint-probe 0 --out /tmp/spaces.md",
        "npm run bench -- --sizes 100,1000,2000 --reps 1 --large-reps 1 --space-sizes '' --cli-sizes '' --throttled 0 --checkpoint-probe 1000 --split-sizes 1000 --out /tmp/scale.md",
        "npm run bench -- --sizes 100 --preview-sizes 1000,2000,5000 --space-sizes '' --cli-sizes '' --throttled 0 --checkpoint-probe 0 --out /tmp/large.md",
        "npm run bench -- --sizes '' --reps 1 --up-sizes 5000 --space-sizes '' --cli-sizes '' --throttled 0 --checkpoint-probe 0 --out /tmp/up5000.md",
        "npm run bench -- --sizes 2000 --reps 1 --large-reps 1 --matrix-sizes 2000 --preview-sizes 5000 --preview-reps 1 --space-sizes '' --cli-sizes '' --throttled 0 --checkpoint-probe 0 --out /tmp/matrix.md",
        "```",
        "",
        "`npm run bench -- --help` lists the options (sizes, repetitions, latency, baselines, throttled run, JSON output).",
        "",
    ].join("\n");
    return { markdown: md, reproduce, summary: summaryLines(results).join("\n") };
}

/** Where the generated reproduction commands begin: after the notes an existing report keeps. */
export const REPRODUCE_MARKER = "<!-- reproduce: written by npm run bench -->";

