// The report's section on large organisations (bench/preview-scale.ts): previews, refreshes,
// state and memory of N profiles in three layouts, what a pull request that touches one team
// costs in each, and single `up`s of N as shipped.
import type { BenchResults, LayoutFigures, PreviewScaleFigures } from "./results";
import { KB, mb, median, ratio, seconds } from "./stats";
const cpu = (seconds: number | undefined) => (seconds === undefined ? "n/a" : `${seconds.toFixed(1)} s`);

export function previewScaleAt(results: BenchResults, members: number): PreviewScaleFigures | undefined {
    return results.previewScale?.find((p) => p.members === members);
}

/** Milliseconds per profile of a layout's no-change preview beyond the empty program's. */
export function previewMsPerProfile(p: PreviewScaleFigures, figures: LayoutFigures): number {
    return (median(figures.previewMs) - p.floorPreviewMs) / p.members;
}

/** One stack per team against the single stack of the same teams, for a pull request that changes one team. */
export function pullRequestRatio(p: PreviewScaleFigures): { teamStack: number; singleStack: number } {
    return { teamStack: median(p.teamStacks.oneTeamChangedPreviewMs), singleStack: median(p.teamsInOneStack.oneTeamChangedPreviewMs) };
}

function layoutRow(p: PreviewScaleFigures, label: string, f: LayoutFigures): string {
    return (
        `| ${p.members} | ${label} | ${seconds(median(f.previewMs))} s | ${previewMsPerProfile(p, f).toFixed(1)} | ${seconds(median(f.refreshMs))} s | ` +
        `${(f.statePerProfileBytes / KB).toFixed(2)} KB | ${(f.stateTotalBytes / 2 ** 20).toFixed(1)} MB | ${cpu(f.previewCpu.engine)} / ${cpu(f.previewCpu.program)} / ${cpu(f.previewCpu.provider)} | ` +
        `${mb(f.peakBytes.engine)} / ${mb(f.peakBytes.program)} / ${mb(f.peakBytes.provider)} | ${seconds(f.setupMs)} s | ${f.previewMs.length} |`
    );
}

export function previewScaleSection(results: BenchResults): string[] {
    const runs = results.previewScale ?? [];
    if (runs.length === 0) return ["Not run."];
    const lines = [
        "State of N profiles built with a provisioning latency of 0 and `PULUMI_SKIP_CHECKPOINTS=true` (the set-up `up`, not a measure of `up`), then each command as shipped. Preview: no change; ms/profile beyond the empty program's preview in the same run. CPU of the first preview: engine / program / provider. Peaks over the set-up and every command.",
        "",
        "| N | layout | no-change preview | ms/profile | refresh | state/profile | state total | preview CPU | peak engine / program / provider | set-up up | runs |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ];
    for (const p of runs) {
        lines.push(layoutRow(p, "one team", p.oneTeam));
        lines.push(layoutRow(p, `${Math.ceil(p.members / p.teamSize)} teams of ${p.teamSize}`, p.teamsInOneStack));
    }
    lines.push(
        "",
        "A pull request that changes one team's default (its members updated in the preview): the single stack of teams previews every team; with one stack per team (`sagemaker-studio preview --stacks <the changed file>`) only that team's stack previews.",
        "",
        "| N | single stack of teams | one stack per team | stacks | ratio | peak engine / program / provider, team stack |",
        "| ---: | ---: | ---: | ---: | ---: | --- |",
    );
    for (const p of runs) {
        const { teamStack, singleStack } = pullRequestRatio(p);
        const peaks = p.teamStacks.peakBytes;
        lines.push(
            `| ${p.members} | ${seconds(singleStack)} s | ${seconds(teamStack)} s | ${p.teamStacks.stacks} × ${p.teamSize} | ${ratio(teamStack, singleStack)} | ${mb(peaks.engine)} / ${mb(peaks.program)} / ${mb(peaks.provider)} |`,
        );
    }
    return lines;
}

export function upOnlySection(results: BenchResults, floorMs: (members: number) => number): string[] {
    const runs = results.upOnly ?? [];
    if (runs.length === 0) return [];
    return [
        `One \`up\` of N from empty as shipped (provisioning latency ${results.settings.latencyMs} ms, one run, on a sagemaker-local of its own; floor = empty-program \`up\` + ⌈N / parallelism⌉ × latency):`,
        "",
        "| N | up | floor | up / floor | engine / program / provider CPU | peak engine / program / provider | state/profile |",
        "| ---: | ---: | ---: | ---: | --- | --- | ---: |",
        ...runs.map(
            (u) =>
                `| ${u.members} | ${seconds(u.ms)} s | ${seconds(floorMs(u.members))} s | ${ratio(u.ms, floorMs(u.members))} | ${cpu(u.cpu.engine)} / ${cpu(u.cpu.program)} / ${cpu(u.cpu.provider)} | ` +
                `${mb(u.peakBytes.engine)} / ${mb(u.peakBytes.program)} / ${mb(u.peakBytes.provider)} | ${(u.statePerProfileBytes / KB).toFixed(2)} KB |`,
        ),
    ];
}
