// Combines the JSON figures of runs made separately (e.g. the AWS CLI
// baselines in one run, the teams in another) into one report:
//   node -r ts-node/register/transpile-only bench/merge.ts OUT.md A.json B.json …
// Teams, the floor, the throttled run and settings come from the first file that has them;
// CLI baselines are concatenated, and so are the split, preview-scale, up-only and matrix runs of sizes not yet in.
import * as fs from "fs";
import { writeReport } from "./report";
import { BenchResults } from "./results";
import { reportFile } from "./run";

/** Appends the runs of sizes `into` does not have yet. */
function addNewSizes<T extends { members: number }>(into: T[], from: T[] | undefined): void {
    into.push(...(from ?? []).filter((run) => !into.some((m) => m.members === run.members)));
}

export function mergeResults(all: BenchResults[]): BenchResults {
    const [first, ...rest] = all;
    const merged: BenchResults = { ...first, teams: [...first.teams], cli: [...first.cli], split: [...(first.split ?? [])], previewScale: [...(first.previewScale ?? [])], upOnly: [...(first.upOnly ?? [])], matrix: [...(first.matrix ?? [])] };
    for (const r of rest) {
        for (const t of r.teams) {
            if (!merged.teams.some((m) => m.members === t.members && Boolean(m.privateSpaces) === Boolean(t.privateSpaces))) {
                merged.teams.push(t);
            }
        }
        merged.cli.push(...r.cli);
        addNewSizes(merged.split!, r.split);
        addNewSizes(merged.upOnly!, r.upOnly);
        addNewSizes(merged.previewScale!, r.previewScale);
        addNewSizes(merged.matrix!, r.matrix);
        merged.throttled ??= r.throttled;
        merged.checkpointProbe ??= r.checkpointProbe;
        merged.startedAt = merged.startedAt < r.startedAt ? merged.startedAt : r.startedAt;
        merged.finishedAt = merged.finishedAt > r.finishedAt ? merged.finishedAt : r.finishedAt;
    }
    merged.teams.sort((a, b) => Number(Boolean(a.privateSpaces)) - Number(Boolean(b.privateSpaces)) || a.members - b.members);
    return merged;
}

if (require.main === module) {
    const [out, ...inputs] = process.argv.slice(2);
    if (!out || inputs.length === 0) {
        process.stderr.write("usage: bench/merge.ts OUT.md RESULTS.json [RESULTS.json …]\n");
        process.exit(2);
    }
    const merged = mergeResults(inputs.map((f) => JSON.parse(fs.readFileSync(f, "utf8")) as BenchResults));
    const report = writeReport(merged);
    fs.writeFileSync(out, reportFile(report, out));
    process.stdout.write(`${report.summary}\n`);
}
