// The figures one benchmark run produces (also written as JSON).

export type Command = "up" | "preview" | "refresh" | "update" | "destroy";
export const COMMANDS: Command[] = ["up", "preview", "refresh", "update", "destroy"];

/** Wall times in ms, one entry per repetition. */
export type CommandTimes = Record<Command, number[]>;

export interface TeamFigures {
    members: number;
    /** Each member also has a private space (a Space after their profile). */
    privateSpaces?: boolean;
    /** Mean compact size of one Space's entry, with private spaces. */
    statePerSpaceBytes?: number;
    times: CommandTimes;
    /** Largest VmHWM of the dynamic-provider process over every command, bytes. */
    providerPeakBytes: number;
    stateTotalBytes: number;
    /** Mean compact size of one profile's entry in `pulumi stack export`. */
    statePerProfileBytes: number;
    /** What each profile adds to the export as printed (indented). */
    statePerProfileExportBytes: number;
    /** Mean compact bytes of the parts of a profile's entry. */
    stateParts: Record<string, number>;
    /** API calls of the first `up`, by operation. */
    upCalls: Record<string, number>;
    previewNoChange: boolean;
    /** CPU seconds of the first run's commands by kind of process. */
    cpuSeconds: Record<Command, Record<string, number>>;
    /** Peak resident memory of one process of each kind over every command, bytes. */
    peakBytes?: Record<string, number>;
}

/** The same organisation as one stack per team, driven by `sagemaker-studio up|preview|destroy --stacks`. */
export interface SplitFigures {
    members: number;
    teamSize: number;
    stacks: number;
    concurrency: number;
    upMs: number;
    /** Preview of the one stack whose team file changed (a member added). */
    oneTeamPreviewMs: number;
    destroyMs: number;
    /** CPU seconds of `up` by kind of process (every stack's engines, programs and providers). */
    upCpu: Record<string, number>;
    /** Peak resident memory of one process of each kind during `up`, bytes. */
    upPeakBytes: Record<string, number>;
}

/** One deploy of team stacks by the workflows' matrix jobs: the plan job, then one job per stack. */
export interface MatrixPhase {
    /** The plan job's step (`sagemaker-studio stacks list`). */
    planMs: number;
    /** Each stack's job (its workflow steps, in a fresh clone), in matrix order. */
    jobMs: number[];
    /** Every job, `runners` at a time on this machine: from the first job's start to the last one's end. */
    wallMs: number;
}

/** The organisation as team stacks deployed by the workflows' matrix jobs (bench/matrix-jobs.ts). */
export interface MatrixFigures {
    members: number;
    teamSize: number;
    stacks: number;
    /** Jobs run at once: the runners simulated. */
    runners: number;
    up: MatrixPhase;
    /** Every team's default changed: every member updated. */
    update: MatrixPhase;
    /** Every team file deleted: every stack destroyed and removed. */
    destroy: MatrixPhase;
    /** A pull request that changes one team's default: the plan job and that team's preview job, and the job's steps. */
    pullRequest: { planMs: number; jobMs: number; stepMs: Record<string, number> };
}

/** Previews and refreshes of one layout of a large organisation, its state built without latency. */
export interface LayoutFigures {
    /** The set-up `up` (latency 0, PULUMI_SKIP_CHECKPOINTS); not a measure of `up`. */
    setupMs: number;
    /** No-change previews and refreshes, one per repetition. */
    previewMs: number[];
    refreshMs: number[];
    statePerProfileBytes: number;
    stateTotalBytes: number;
    /** CPU seconds by kind of process of the first preview and refresh. */
    previewCpu: Record<string, number>;
    refreshCpu: Record<string, number>;
    /** Peak resident memory of one process of each kind over the set-up and every command, bytes. */
    peakBytes: Record<string, number>;
}

export interface PreviewScaleFigures {
    members: number;
    /** The empty program's median preview in the same run: the baseline of ms per profile. */
    floorPreviewMs: number;
    teamSize: number;
    reps: number;
    /** One StudioTeam of N members in one stack. */
    oneTeam: LayoutFigures;
    /** N / teamSize StudioTeams in one stack, and its previews after one team's default changed. */
    teamsInOneStack: LayoutFigures & { oneTeamChangedPreviewMs: number[] };
    /** One stack per team (the runner): the previews of the changed team's stack. */
    teamStacks: { stacks: number; concurrency: number; setupMs: number; oneTeamChangedPreviewMs: number[]; peakBytes: Record<string, number> };
}

/** One `up` of N members from empty, as shipped, on its own sagemaker-local (nothing else timed). */
export interface UpOnlyFigures {
    members: number;
    ms: number;
    /** CPU seconds by kind of process. */
    cpu: Record<string, number>;
    peakBytes: Record<string, number>;
    statePerProfileBytes: number;
    stateTotalBytes: number;
}

export interface CliFigures {
    members: number;
    parallel: number;
    times: number[];
}

export interface ThrottledFigures {
    members: number;
    limitPerSecond: number;
    ms: number;
    failures: number;
    throttledResponses: number;
    createCalls: number;
    error?: string;
}

export interface CheckpointProbe {
    members: number;
    withCheckpointsMs: number;
    skipCheckpointsMs: number;
    /** Engine CPU seconds of each `up`. */
    withCheckpointsEngineCpu?: number;
    skipCheckpointsEngineCpu?: number;
}

export interface BenchResults {
    startedAt: string;
    finishedAt: string;
    machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string; pulumi: string; awsCli: string; loadAverage: number[] };
    settings: { latencyMs: number; parallelism: number; reps: number; largeReps: number; cliReps: number; quick: boolean; config: Record<string, string>; providerDefaults: Record<string, number> };
    floor: CommandTimes;
    teams: TeamFigures[];
    cli: CliFigures[];
    throttled?: ThrottledFigures;
    checkpointProbe?: CheckpointProbe;
    split?: SplitFigures[];
    previewScale?: PreviewScaleFigures[];
    upOnly?: UpOnlyFigures[];
    matrix?: MatrixFigures[];
}

export function emptyTimes(): CommandTimes {
    return { up: [], preview: [], refresh: [], update: [], destroy: [] };
}
