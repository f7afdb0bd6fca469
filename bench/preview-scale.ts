// What a pull request costs in a large organisation, without waiting for the provisioning latency
// of thousands of creates: the state of N profiles is built with a latency of 0 and the engine's
// PULUMI_SKIP_CHECKPOINTS (one state write at the end; the set-up is not what is measured), then
// each layout's previews and refreshes are timed as shipped. Three layouts of the same N members:
//   - one StudioTeam of N in one stack (the no-change preview and refresh of the main tables);
//   - N / teamSize StudioTeams in one stack: its no-change preview, and its preview when one
//     team's default changes (what a pull request touching one team runs on a single stack);
//   - one stack per team through `sagemaker-studio up|preview --stacks`: the preview of the
//     changed team's stack only.
// Each layout gets a fresh sagemaker-local, so no layout's profiles are another's.
import type { LayoutFigures, PreviewScaleFigures } from "./results";
import { initBaseStack, runner, teamsProject, writeTeam } from "./split-stacks";
import { BenchStack, expectProfiles, previewIsNoChange, stateSize, withEmulator, type Timed } from "./stacks";
import { BENCH_DOMAIN } from "./team-spec";

const SETUP_ENV = { PULUMI_SKIP_CHECKPOINTS: "true" };
const STACK_PREFIX = "p-";

type Kinds = Record<string, number>;

function maxKinds(into: Kinds, from: Kinds): void {
    for (const [kind, bytes] of Object.entries(from)) into[kind] = Math.max(into[kind] ?? 0, bytes);
}

function layout(setup: Timed, state: ReturnType<typeof stateSize>): LayoutFigures {
    return {
        setupMs: setup.ms,
        previewMs: [],
        refreshMs: [],
        statePerProfileBytes: state.perProfileBytes,
        stateTotalBytes: state.totalBytes,
        previewCpu: {},
        refreshCpu: {},
        peakBytes: { ...setup.peakBytes },
    };
}

async function previewsAndRefreshes(stack: BenchStack, figures: LayoutFigures, reps: number): Promise<void> {
    for (let rep = 0; rep < reps; rep++) {
        const preview = await stack.preview();
        if (!previewIsNoChange(preview.output)) throw new Error(`a preview with no change reported changes:\n${preview.output.slice(-2000)}`);
        const refresh = await stack.refresh();
        figures.previewMs.push(preview.ms);
        figures.refreshMs.push(refresh.ms);
        if (rep === 0) {
            figures.previewCpu = preview.cpu;
            figures.refreshCpu = refresh.cpu;
        }
        maxKinds(figures.peakBytes, preview.peakBytes);
        maxKinds(figures.peakBytes, refresh.peakBytes);
    }
}

function oneTeamLayout(members: number, reps: number, config: Record<string, string>): Promise<LayoutFigures> {
    return withEmulator(0, async (emulator) => {
        const stack = await BenchStack.team(`preview-${members}`, emulator.url, BENCH_DOMAIN, config);
        await stack.declareTeam(members, "base");
        const setup = await stack.up(SETUP_ENV);
        const state = stateSize(await stack.exportText());
        expectProfiles(state, members, "one team");
        const figures = layout(setup, state);
        await previewsAndRefreshes(stack, figures, reps);
        return figures;
    });
}

function teamsInOneStackLayout(members: number, teamSize: number, reps: number, config: Record<string, string>): Promise<LayoutFigures & { oneTeamChangedPreviewMs: number[] }> {
    return withEmulator(0, async (emulator) => {
        const project = teamsProject(`preview-teams-${members}`, members, teamSize, emulator.url);
        const stack = await BenchStack.inProject(project, emulator.url, { ...config, domainId: BENCH_DOMAIN, teams: "teams/*.json" });
        const setup = await stack.up(SETUP_ENV);
        const state = stateSize(await stack.exportText());
        expectProfiles(state, members, "teams in one stack");
        const figures = { ...layout(setup, state), oneTeamChangedPreviewMs: [] as number[] };
        await previewsAndRefreshes(stack, figures, reps);
        writeTeam(project, 0, Math.min(teamSize, members), "updated");
        for (let rep = 0; rep < reps; rep++) {
            const preview = await stack.preview();
            if (previewIsNoChange(preview.output)) throw new Error("the preview of a changed team reported no change");
            figures.oneTeamChangedPreviewMs.push(preview.ms);
            maxKinds(figures.peakBytes, preview.peakBytes);
        }
        return figures;
    });
}

function teamStacksLayout(members: number, teamSize: number, concurrency: number, reps: number, config: Record<string, string>): Promise<PreviewScaleFigures["teamStacks"]> {
    return withEmulator(0, async (emulator) => {
        const project = teamsProject(`preview-stacks-${members}`, members, teamSize, emulator.url);
        await initBaseStack(project, emulator.url, config);
        const setup = await runner(project, ["up", "--stacks", "teams/*.json", "--concurrency", String(concurrency), "--stack-prefix", STACK_PREFIX, "--base-stack", "base"], SETUP_ENV);
        const changed = writeTeam(project, 0, Math.min(teamSize, members), "updated");
        const previews: number[] = [];
        const peakBytes: Kinds = {};
        for (let rep = 0; rep < reps; rep++) {
            const preview = await runner(project, ["preview", "--stacks", changed, "--stack-prefix", STACK_PREFIX]);
            previews.push(preview.ms);
            maxKinds(peakBytes, preview.peakBytes);
        }
        return { stacks: Math.ceil(members / teamSize), concurrency, setupMs: setup.ms, oneTeamChangedPreviewMs: previews, peakBytes };
    });
}

export async function previewScaleRun(
    members: number,
    teamSize: number,
    concurrency: number,
    reps: number,
    floorPreviewMs: number,
    config: Record<string, string>,
    log: (line: string) => void,
): Promise<PreviewScaleFigures> {
    const oneTeam = await oneTeamLayout(members, reps, config);
    log(`preview scale N=${members}, one team: set-up ${(oneTeam.setupMs / 1000).toFixed(1)} s, preview ${oneTeam.previewMs.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s`);
    const teamsInOneStack = await teamsInOneStackLayout(members, teamSize, reps, config);
    log(`preview scale N=${members}, teams of ${teamSize} in one stack: one-team change previews in ${teamsInOneStack.oneTeamChangedPreviewMs.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s`);
    const teamStacks = await teamStacksLayout(members, teamSize, concurrency, reps, config);
    log(`preview scale N=${members}, one stack per team: one-team change previews in ${teamStacks.oneTeamChangedPreviewMs.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s`);
    return { members, floorPreviewMs, teamSize, reps, oneTeam, teamsInOneStack, teamStacks };
}
