// The benchmark harness keeps working: its quick run (a team of 10) produces
// well-formed figures and a report. No figure is judged here: timings on a
// shared CI machine say nothing.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseOptions } from "../../bench/options";
import { COMMANDS, BenchResults } from "../../bench/results";
import { mergeResults } from "../../bench/merge";
import { growthExponent, writeReport, verdicts } from "../../bench/report";
import { runBenchmarks } from "../../bench/run";

function positive(value: number, what: string): void {
    assert.ok(Number.isFinite(value) && value > 0, `${what} should be a positive number, got ${value}`);
}

describe("bench: the quick run", function () {
    this.timeout(15 * 60_000);
    let results: BenchResults;

    before(async () => {
        results = await runBenchmarks(parseOptions(["--quick"]));
    });

    it("times every command on the empty program and the team", () => {
        assert.strictEqual(results.settings.quick, true);
        positive(results.settings.parallelism, "parallelism");
        for (const command of COMMANDS) {
            assert.strictEqual(results.floor[command].length, 1, `empty program ${command}`);
            positive(results.floor[command][0], `empty program ${command}`);
        }
        assert.deepStrictEqual(
            results.teams.map((t) => t.members),
            [10],
        );
        for (const command of COMMANDS) {
            assert.strictEqual(results.teams[0].times[command].length, 1, `team ${command}`);
            positive(results.teams[0].times[command][0], `team ${command}`);
        }
    });

    it("measures state, the provider's memory and the calls of up", () => {
        const team = results.teams[0];
        positive(team.stateTotalBytes, "state total");
        positive(team.statePerProfileBytes, "state per profile");
        assert.ok(team.statePerProfileBytes < team.stateTotalBytes);
        positive(team.providerPeakBytes, "provider peak memory");
        assert.strictEqual(team.upCalls.CreateUserProfile, 10, JSON.stringify(team.upCalls));
        assert.strictEqual(team.previewNoChange, true, "the preview after up should change nothing");
    });

    it("runs the throttled deployment to the end and counts throttling", () => {
        const throttled = results.throttled!;
        assert.ok(throttled, "the throttled run is part of the quick run");
        assert.strictEqual(throttled.failures, 0, throttled.error);
        assert.ok(throttled.createCalls >= throttled.members);
        assert.ok(Number.isInteger(throttled.throttledResponses));
        positive(throttled.ms, "throttled wall time");
    });

    it("times the AWS CLI loops, sequential and parallel", function () {
        assert.ok(fs.existsSync("/usr/bin/aws"), "the AWS CLI baseline needs Debian's AWS CLI v2 at /usr/bin/aws (apt-get install awscli, as .ci/run does)");
        assert.deepStrictEqual(
            results.cli.map((c) => c.parallel),
            [1, results.settings.parallelism],
        );
        for (const c of results.cli) {
            positive(c.times[0], `CLI loop -P ${c.parallel}`);
        }
    });

    it("runs the organisation as one stack per team through the stacks runner, and peaks per kind of process", () => {
        const [split] = results.split ?? [];
        assert.ok(split, "the split run is part of the quick run");
        assert.deepStrictEqual([split.members, split.stacks, split.teamSize], [4, 2, 2]);
        positive(split.upMs, "up of the team stacks");
        positive(split.oneTeamPreviewMs, "preview of one team stack");
        positive(split.destroyMs, "destroy of the team stacks");
        positive(split.upCpu.engine, "engine CPU of the team stacks' up");
        positive(split.upPeakBytes.provider, "a provider of the team stacks");
        const peaks = results.teams[0].peakBytes!;
        for (const kind of ["engine", "program", "provider"]) positive(peaks[kind], `${kind} peak`);
    });

    it("measures previews, refreshes and state of a large organisation in three layouts, on state set up without latency", () => {
        const [large] = results.previewScale ?? [];
        assert.ok(large, "the preview-scale run is part of the quick run");
        assert.deepStrictEqual([large.members, large.teamSize, large.teamStacks.stacks], [4, 2, 2]);
        for (const [name, layout] of [["one team", large.oneTeam], ["teams in one stack", large.teamsInOneStack]] as const) {
            positive(layout.setupMs, `${name}: set-up`);
            assert.strictEqual(layout.previewMs.length, 1, `${name}: previews`);
            positive(layout.previewMs[0], `${name}: preview`);
            positive(layout.refreshMs[0], `${name}: refresh`);
            positive(layout.statePerProfileBytes, `${name}: state per profile`);
            positive(layout.previewCpu.program, `${name}: program CPU of the preview`);
            positive(layout.peakBytes.provider, `${name}: provider peak`);
        }
        positive(large.teamsInOneStack.oneTeamChangedPreviewMs[0], "single stack's preview of a changed team");
        positive(large.teamStacks.oneTeamChangedPreviewMs[0], "team stack's preview of a changed team");
        positive(large.teamStacks.peakBytes.engine, "team stack's engine peak");
    });

    it("times a single up from empty, as shipped, with its CPU, peaks and state", () => {
        const [up] = results.upOnly ?? [];
        assert.ok(up, "the up-only run is part of the quick run");
        assert.strictEqual(up.members, 4);
        positive(up.ms, "up");
        positive(up.cpu.engine, "engine CPU of the up");
        positive(up.peakBytes.provider, "provider peak of the up");
        positive(up.statePerProfileBytes, "state per profile");
    });

    it("deploys the organisation as team stacks by the workflows' matrix jobs, and a pull request of one team as the plan and one job", () => {
        const [matrix] = results.matrix ?? [];
        assert.ok(matrix, "the matrix run is part of the quick run");
        assert.deepStrictEqual([matrix.members, matrix.stacks, matrix.teamSize, matrix.runners], [4, 2, 2, 4]);
        for (const [name, phase] of [["up", matrix.up], ["update", matrix.update], ["destroy", matrix.destroy]] as const) {
            positive(phase.planMs, `${name}: plan job`);
            assert.strictEqual(phase.jobMs.length, 2, `${name}: one job per stack`);
            for (const ms of phase.jobMs) positive(ms, `${name}: a stack's job`);
            assert.ok(phase.wallMs >= Math.max(...phase.jobMs), `${name}: the jobs' wall time covers the slowest`);
        }
        positive(matrix.pullRequest.planMs, "pull request: plan job");
        positive(matrix.pullRequest.jobMs, "pull request: the team's job");
        const separate = { ...results, matrix: [{ ...matrix, members: 2000 }, matrix] };
        assert.deepStrictEqual(mergeResults([results, separate]).matrix!.map((m) => m.members), [4, 2000], "a separate run's other sizes merge in");
    });

    it("judges the pull request as matrix jobs against the single stack's one-team preview at 5,000, when that was measured", () => {
        const target = "pull request as matrix jobs (plan job + the one team's job) ≤ 1/20 of the single stack's preview at 5,000";
        const verdict = (r: BenchResults) => verdicts(r).find((v) => v.target === target)!;
        assert.strictEqual(verdict(results).met, undefined, "the quick run has no organisation of 5,000");
        const [matrix] = results.matrix!;
        const jobs = matrix.pullRequest.planMs + matrix.pullRequest.jobMs;
        const at5000 = (previewMs: number): BenchResults => ({ ...results, previewScale: [{ ...results.previewScale![0], members: 5000, teamsInOneStack: { ...results.previewScale![0].teamsInOneStack, oneTeamChangedPreviewMs: [previewMs] } }] });
        assert.strictEqual(verdict(at5000(20 * jobs)).met, true);
        assert.strictEqual(verdict(at5000(20 * jobs - 1)).met, false);
        assert.match(writeReport(at5000(50 * jobs)).markdown, /\| 4 \| [\d.]+ s \| [\d.]+ s \| [\d.]+ s \| [\d.]+ s \| 0\.02× \| Prepare the team stack [\d.]+ s; Preview with the policy pack [\d.]+ s; Summarize [\d.]+ s \|/);
    });

    it("fits growth exponents: 1 for linear figures, 2 for quadratic ones", () => {
        assert.strictEqual(growthExponent([{ x: 100, y: 3 }, { x: 1000, y: 30 }, { x: 5000, y: 150 }]).toFixed(3), "1.000");
        assert.strictEqual(growthExponent([{ x: 100, y: 1 }, { x: 1000, y: 100 }]).toFixed(3), "2.000");
        assert.ok(Number.isNaN(growthExponent([{ x: 100, y: 1 }])));
    });

    it("writes a report with every target and a JSON-serializable result", () => {
        const { markdown, summary } = writeReport(results);
        assert.match(markdown, /## Targets/);
        assert.match(markdown, /\| team of 10 \|/);
        assert.match(markdown, /## One stack per team[\s\S]*\| 4 \| 2 × 2 \|/);
        assert.match(markdown, /One `up` of N from empty as shipped[\s\S]*\| 4 \| [\d.]+ s \| [\d.]+ s \| [\d.]+× \|/);
        assert.match(markdown, /## Large organisations[\s\S]*\| 4 \| one team \|[\s\S]*\| 4 \| 2 teams of 2 \|[\s\S]*\| 4 \| [\d.]+ s \| [\d.]+ s \| 2 × 2 \|/);
        assert.match(markdown, /## Team stacks as matrix jobs[\s\S]*\| 4 \| 2 × 2 \| 4 \| up \| [\d.]+ s \|[\s\S]*\| 4 \| 2 × 2 \| 4 \| destroy \|[\s\S]*\| 4 \| [\d.]+ s \| [\d.]+ s \| [\d.]+ s \| n\/a \| n\/a \| Prepare/);
        assert.strictEqual(verdicts(results).length, 12);
        assert.ok(summary.length > 0);
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-")), "results.json");
        fs.writeFileSync(file, JSON.stringify(results));
        assert.deepStrictEqual(JSON.parse(fs.readFileSync(file, "utf8")), results);
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
    });
});
