// Command-line options of `npm run bench`.
import { parseArgs } from "node:util";

export interface BenchOptions {
    quick: boolean;
    sizes: number[];
    /** Sizes of teams whose members each have a private space. */
    spaceSizes: number[];
    reps: number;
    /** Repetitions for teams of 500 or more (slow). */
    largeReps: number;
    latencyMs: number;
    cliSizes: number[];
    cliReps: number;
    throttledSize: number;
    throttleLimit: number;
    checkpointProbe: number | undefined;
    /** Organisation sizes also run as one stack per team of `splitTeamSize`, through the stacks runner. */
    splitSizes: number[];
    splitTeamSize: number;
    splitConcurrency: number;
    /** Organisation sizes whose previews and refreshes are measured on state built without latency. */
    previewSizes: number[];
    previewReps: number;
    /** Sizes of a single `up` from empty, as shipped, without the other commands. */
    upSizes: number[];
    /** Organisation sizes deployed as team stacks (of splitTeamSize) by the workflows' matrix jobs. */
    matrixSizes: number[];
    /** Matrix jobs run at once: the runners simulated. */
    matrixRunners: number;
    out: string | undefined;
    json: string | undefined;
    /** Extra stack config for the team stacks (e.g. other poll delays), key → value. */
    config: Record<string, string>;
}

const USAGE = `Usage: npm run bench -- [options]
  --quick              the small CI run: N=10, one repetition, a CLI loop of 4, a throttled run of 10,
                       a 500 ms latency, no report unless --out
  --sizes 10,100,500   team sizes
  --space-sizes 100    sizes of teams whose members each have a private JupyterLab space ('' for none;
                       none for --quick)
  --reps 3             repetitions per size (medians are reported)
  --large-reps 2       repetitions for sizes of 500 and more
  --latency-ms 2000    sagemaker-local provisioning latency
  --cli-sizes 10,100   sizes of the AWS CLI baselines
  --cli-reps 2         repetitions of the CLI baselines (the sequential loop at N>=100 runs once)
  --throttled 200      size of the throttled run (0 skips it)
  --throttle-limit 2   CreateUserProfile calls per second in the throttled run
  --checkpoint-probe N one extra up of N profiles with PULUMI_SKIP_CHECKPOINTS=true (0 skips it)
  --split-sizes 1000   organisation sizes also run as one stack per team through
                       sagemaker-studio up|preview|destroy --stacks ('' for none, the default;
                       --quick: 4 profiles as 2 stacks of 2)
  --preview-sizes 5000 organisation sizes whose no-change preview, refresh, state and memory are measured
                       on state set up with latency 0 and PULUMI_SKIP_CHECKPOINTS, as one team, as teams
                       of --split-team-size in one stack, and as one stack per team (the preview of a
                       pull request that changes one team); '' for none, the default; --quick: 4
  --preview-reps 3     repetitions of each preview-scale command (--quick: 1)
  --up-sizes 5000      sizes of one up from empty, as shipped, at --latency-ms, on its own
                       sagemaker-local and without the other commands ('' for none, the default;
                       --quick: 4)
  --matrix-sizes 2000  organisation sizes deployed as team stacks of --split-team-size by the workflows'
                       matrix jobs (the plan job, then one job per stack with the workflow's steps):
                       up, a pull request that changes one team, update of every member, destroy
                       ('' for none, the default; --quick: 4)
  --matrix-runners 4   matrix jobs run at once, as that many runners would
  --split-team-size 100  members per team stack
  --split-concurrency 4  stacks run at once
  --out FILE           the Markdown report (default BENCHMARKS.md; none for --quick)
  --json FILE          the raw figures as JSON
  --config KEY=VALUE   extra stack config for the team stacks, e.g. sagemaker:pollMinDelay=0.5 (repeatable)`;

function list(text: string): number[] {
    return text
        .split(",")
        .filter((s) => s.trim() !== "")
        .map((s) => {
            const n = Number(s);
            if (!Number.isInteger(n) || n < 0) {
                throw new Error(`not a size: ${s}\n${USAGE}`);
            }
            return n;
        });
}

function int(name: string, text: string): number {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) {
        throw new Error(`--${name} must be a non-negative integer, got ${text}\n${USAGE}`);
    }
    return n;
}

export function parseOptions(argv: string[]): BenchOptions {
    const { values } = parseArgs({
        args: argv,
        options: {
            quick: { type: "boolean", default: false },
            sizes: { type: "string" },
            "space-sizes": { type: "string" },
            reps: { type: "string" },
            "large-reps": { type: "string" },
            "latency-ms": { type: "string" },
            "cli-sizes": { type: "string" },
            "cli-reps": { type: "string" },
            throttled: { type: "string" },
            "throttle-limit": { type: "string" },
            "checkpoint-probe": { type: "string" },
            "split-sizes": { type: "string" },
            "split-team-size": { type: "string" },
            "preview-sizes": { type: "string" },
            "preview-reps": { type: "string" },
            "up-sizes": { type: "string" },
            "matrix-sizes": { type: "string" },
            "matrix-runners": { type: "string" },
            "split-concurrency": { type: "string" },
            out: { type: "string" },
            json: { type: "string" },
            config: { type: "string", multiple: true },
            help: { type: "boolean", default: false },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
    }
    const quick = values.quick ?? false;
    const sizes = values.sizes !== undefined ? list(values.sizes) : quick ? [10] : [10, 100, 500];
    const probe = int("checkpoint-probe", values["checkpoint-probe"] ?? (quick ? "0" : "100"));
    return {
        quick,
        sizes,
        spaceSizes: values["space-sizes"] !== undefined ? list(values["space-sizes"]) : quick ? [] : [100],
        reps: int("reps", values.reps ?? (quick ? "1" : "3")),
        largeReps: int("large-reps", values["large-reps"] ?? (quick ? "1" : "2")),
        latencyMs: int("latency-ms", values["latency-ms"] ?? (quick ? "500" : "2000")),
        cliSizes: values["cli-sizes"] !== undefined ? list(values["cli-sizes"]) : quick ? [4] : [10, 100],
        cliReps: int("cli-reps", values["cli-reps"] ?? (quick ? "1" : "2")),
        throttledSize: int("throttled", values.throttled ?? (quick ? "10" : "200")),
        throttleLimit: int("throttle-limit", values["throttle-limit"] ?? "2"),
        checkpointProbe: probe > 0 ? probe : undefined,
        splitSizes: values["split-sizes"] !== undefined ? list(values["split-sizes"]) : quick ? [4] : [],
        previewSizes: values["preview-sizes"] !== undefined ? list(values["preview-sizes"]) : quick ? [4] : [],
        upSizes: values["up-sizes"] !== undefined ? list(values["up-sizes"]) : quick ? [4] : [],
        matrixSizes: values["matrix-sizes"] !== undefined ? list(values["matrix-sizes"]) : quick ? [4] : [],
        matrixRunners: Math.max(1, int("matrix-runners", values["matrix-runners"] ?? "4")),
        previewReps: Math.max(1, int("preview-reps", values["preview-reps"] ?? (quick ? "1" : "3"))),
        splitTeamSize: Math.max(1, int("split-team-size", values["split-team-size"] ?? (quick ? "2" : "100"))),
        splitConcurrency: Math.max(1, int("split-concurrency", values["split-concurrency"] ?? "4")),
        out: values.out ?? (quick ? undefined : "BENCHMARKS.md"),
        json: values.json,
        config: Object.fromEntries(
            (values.config ?? []).map((pair) => {
                const eq = pair.indexOf("=");
                if (eq <= 0) {
                    throw new Error(`--config takes KEY=VALUE, got ${pair}\n${USAGE}`);
                }
                return [pair.slice(0, eq), pair.slice(eq + 1)];
            }),
        ),
    };
}
