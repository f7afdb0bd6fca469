// The report's section on team stacks deployed by the workflows' matrix jobs (bench/matrix-jobs.ts):
// each phase's critical path and runner time against one stack of the same organisation, and a pull
// request that changes one team against the single stack's preview at 5,000.
import { previewScaleAt } from "./report-preview-scale";
import type { BenchResults, MatrixFigures, MatrixPhase } from "./results";
import { median, ratio, seconds } from "./stats";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Plan job + the slowest stack's job: the phase's wall time when every job has a runner. */
function criticalPathMs(phase: MatrixPhase): number {
    return phase.planMs + Math.max(...phase.jobMs);
}

/** The single stack's preview of a change to one team at 5,000 (the target's baseline), when measured. */
export function singleStackOneTeamPreviewMs(results: BenchResults): number | undefined {
    const p = previewScaleAt(results, 5000);
    return p ? median(p.teamsInOneStack.oneTeamChangedPreviewMs) : undefined;
}

/** The run the pull-request target judges: the largest organisation. */
export function largestMatrix(results: BenchResults): MatrixFigures | undefined {
    return [...(results.matrix ?? [])].sort((a, b) => b.members - a.members)[0];
}

function singleStackMs(results: BenchResults, members: number, phase: "up" | "update" | "destroy"): number | undefined {
    const team = results.teams.find((t) => t.members === members && !t.privateSpaces);
    if (team) return median(team.times[phase]);
    return phase === "up" ? results.upOnly?.find((u) => u.members === members)?.ms : undefined;
}

const cell = (ms: number | undefined) => (ms === undefined ? "n/a" : `${seconds(ms)} s`);

export function matrixSection(results: BenchResults): string[] {
    const runs = results.matrix ?? [];
    if (runs.length === 0) return ["Not run."];
    const lines = [
        "The organisation as team stacks, deployed as the workflows deploy them: the plan job (`sagemaker-studio stacks list`), then one job per stack, each the workflow's own steps in a fresh clone of the repository (the stack's config made from the base stack's, then `pulumi up`, or `pulumi destroy` for a deleted team file, with the policy pack: production.json without its cost-center pattern, which the benchmark's tag does not match), K jobs at a time on this machine as K runners would run them. " +
            "The critical path is the plan job and the slowest stack's job: the phase's wall time when every job has a runner of its own (here, the K jobs at once share this machine's CPUs, so each job is slower than on a runner of its own). All jobs: the runner time they add up to. " +
            "What every GitHub job adds before these steps (checkout, setup-node, `npm ci`, installing the Pulumi CLI) is not measured. One stack: the same N profiles in one stack, in this run (`--sizes`; for `up`, else `--up-sizes`).",
        "",
        "| N | stacks × members | K | phase | plan | slowest job | critical path | plan + jobs, K at a time | all jobs | one stack | critical path / one stack |",
        "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ];
    for (const m of runs) {
        for (const [label, phase, key] of [["up", m.up, "up"], ["update of every member", m.update, "update"], ["destroy", m.destroy, "destroy"]] as const) {
            const single = singleStackMs(results, m.members, key);
            lines.push(
                `| ${m.members} | ${m.stacks} × ${m.teamSize} | ${m.runners} | ${label} | ${seconds(phase.planMs)} s | ${seconds(Math.max(...phase.jobMs))} s | ${seconds(criticalPathMs(phase))} s | ` +
                    `${seconds(phase.planMs + phase.wallMs)} s | ${seconds(sum(phase.jobMs))} s | ${cell(single)} | ${single === undefined ? "n/a" : ratio(criticalPathMs(phase), single)} |`,
            );
        }
    }
    const baseline = singleStackOneTeamPreviewMs(results);
    lines.push(
        "",
        "A pull request that changes one team's default: the plan job selects that team's stack alone, and its job (config, preview with the pack, summary) runs; against the single stack of teams of the same size at 5,000 profiles, whose preview of the same change previews every team (`--preview-sizes 5000`).",
        "",
        "| N | plan job | the team's job | plan + job | single stack at 5,000 | ratio | the job's steps |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ...runs.map((m) => {
            const total = m.pullRequest.planMs + m.pullRequest.jobMs;
            const steps = Object.entries(m.pullRequest.stepMs).map(([step, ms]) => `${step} ${seconds(ms)} s`).join("; ");
            return `| ${m.members} | ${seconds(m.pullRequest.planMs)} s | ${seconds(m.pullRequest.jobMs)} s | ${seconds(total)} s | ${cell(baseline)} | ${baseline === undefined ? "n/a" : ratio(total, baseline)} | ${steps} |`;
        }),
    );
    return lines;
}
