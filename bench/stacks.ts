// The benchmark's Pulumi projects: a StudioTeam of N members (the
// components' team fixture) and an empty program (the engine floor), each in
// its own folder under .test-work/ with the offline environment, driven by
// the real CLI. Every command is timed and the peak memory of its
// dynamic-provider process recorded.
import * as path from "path";
import { makeWorkDir, pulumiBinDir, PulumiProject, REPO_ROOT } from "../test/support/engine";
import type { ProcessKind } from "./proc-memory";
import { startSageMakerLocal, type SageMakerLocal } from "../emulator";
import { BENCH_DOMAIN, teamSpec, TeamVariant } from "./team-spec";
import { runSampled } from "./timed-process";

export const PROFILE_TYPE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";
const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";
const TEAM_FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "components", "team-project");
const EMPTY_FIXTURE = path.join(REPO_ROOT, "bench", "fixtures", "empty-project");

export interface Timed {
    ms: number;
    providerPeakBytes: number;
    /** CPU seconds by kind of process (engine, program, provider). */
    cpu: Record<ProcessKind, number>;
    /** Peak resident memory of one process of each kind, bytes. */
    peakBytes: Record<ProcessKind, number>;
    output: string;
}

interface StackExportJson {
    deployment: { resources?: Array<{ type: string; urn: string }> };
}

export class BenchStack {
    private constructor(
        readonly project: PulumiProject,
        private readonly extraEnv: Record<string, string>,
    ) {}

    static async team(label: string, endpoint: string, domainId: string, config: Record<string, string> = {}): Promise<BenchStack> {
        const stack = new BenchStack(new PulumiProject(makeWorkDir(`bench-${label}`, TEAM_FIXTURE), { endpoint }), {});
        await stack.init(endpoint, { ...config, domainId });
        return stack;
    }

    /** A stack `bench` of a project already laid out (e.g. with team files). */
    static async inProject(project: PulumiProject, endpoint: string, config: Record<string, string>): Promise<BenchStack> {
        const stack = new BenchStack(project, {});
        await stack.init(endpoint, config);
        return stack;
    }

    static async empty(endpoint: string): Promise<BenchStack> {
        const stack = new BenchStack(new PulumiProject(makeWorkDir("bench-empty", EMPTY_FIXTURE), { endpoint }), {});
        await stack.init(endpoint, {});
        return stack;
    }

    private async init(endpoint: string, config: Record<string, string>): Promise<void> {
        await this.project.ok(["stack", "init", "bench"]);
        // Where the calls go; polling and retries keep the provider's defaults.
        const settings: Record<string, string> = { "sagemaker:endpoint": endpoint, "sagemaker:region": "us-east-1", ...config };
        for (const [key, value] of Object.entries(settings)) {
            await this.project.ok(["config", "set", key, value]);
        }
    }

    async declareTeam(members: number, variant: TeamVariant, privateSpaces = false): Promise<void> {
        await this.project.ok(["config", "set", "team", JSON.stringify(teamSpec(members, variant, privateSpaces))]);
    }

    /**
     * Runs `pulumi <args>`, timing it and sampling its processes; throws on failure. A program
     * that started while `npm run build` was reinstalling the package (it cannot find it) is run
     * again: such a run did nothing.
     */
    async timed(args: string[], env: Record<string, string> = {}): Promise<Timed> {
        for (let attempt = 1; ; attempt++) {
            try {
                return await this.timedOnce(args, env);
            } catch (err) {
                if (attempt >= 3 || !/Cannot find module 'pulumi-sagemaker-studio/.test((err as Error).message)) {
                    throw err;
                }
                await new Promise((r) => setTimeout(r, 5000));
            }
        }
    }

    private async timedOnce(args: string[], env: Record<string, string>): Promise<Timed> {
        const bin = path.join(pulumiBinDir(), "pulumi");
        const { ms, code, output, sampler } = await runSampled(bin, ["--non-interactive", "--color", "never", ...args], {
            cwd: this.project.dir,
            env: this.project.env({ ...this.extraEnv, ...env }),
        });
        if (code !== 0) {
            throw new Error(`pulumi ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`);
        }
        return { ms, providerPeakBytes: sampler.providerPeakBytes(), cpu: sampler.cpuSecondsByKind(), peakBytes: sampler.peakBytesByKind(), output };
    }

    up(env?: Record<string, string>): Promise<Timed> {
        return this.timed(["up", "--yes", "--skip-preview"], env);
    }

    preview(): Promise<Timed> {
        return this.timed(["preview"]);
    }

    refresh(): Promise<Timed> {
        return this.timed(["refresh", "--yes", "--skip-preview"]);
    }

    destroy(): Promise<Timed> {
        return this.timed(["destroy", "--yes", "--skip-preview"]);
    }

    async exportText(): Promise<string> {
        return (await this.project.ok(["stack", "export"])).stdout;
    }
}

export interface StateSize {
    /** `pulumi stack export` as printed. */
    totalBytes: number;
    profiles: number;
    /** Mean size of one profile's entry as compact JSON. */
    perProfileBytes: number;
    /** What each profile's entry adds to the export as printed (indented). */
    perProfileExportBytes: number;
    /** Mean compact bytes of the parts of a profile's entry. */
    parts: Record<string, number>;
    spaces: number;
    /** Mean size of one Space's entry as compact JSON (NaN without spaces). */
    perSpaceBytes: number;
}

type Entry = Record<string, unknown> & { type: string };

function compact(value: unknown): number {
    return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
}

/** State bytes: the whole export, and what each profile's entry costs. */
export function stateSize(exportText: string): StateSize {
    const parsed = JSON.parse(exportText) as { deployment: { resources?: Entry[] } };
    const resources = parsed.deployment.resources ?? [];
    const profiles = resources.filter((r) => r.type === PROFILE_TYPE);
    const spaces = resources.filter((r) => r.type === SPACE_TYPE);
    const without = { ...parsed, deployment: { ...parsed.deployment, resources: resources.filter((r) => r.type !== PROFILE_TYPE) } };
    const full = Buffer.byteLength(JSON.stringify(parsed, null, 4));
    const rest = Buffer.byteLength(JSON.stringify(without, null, 4));
    const mean = (f: (r: Entry) => number) => (profiles.length > 0 ? profiles.reduce((sum, r) => sum + f(r), 0) / profiles.length : Number.NaN);
    const providerText = (r: Entry) =>
        compact((r.inputs as Record<string, unknown> | undefined)?.__provider) + compact((r.outputs as Record<string, unknown> | undefined)?.__provider);
    const perProfileBytes = mean(compact);
    const parts: Record<string, number> = {
        "__provider (inputs and outputs)": mean(providerText),
        "inputs without __provider": mean((r) => compact(r.inputs)) - mean((r) => compact((r.inputs as Record<string, unknown>)?.__provider)),
        "outputs without __provider": mean((r) => compact(r.outputs)) - mean((r) => compact((r.outputs as Record<string, unknown>)?.__provider)),
        "stackTrace and sourcePosition": mean((r) => compact(r.stackTrace) + compact(r.sourcePosition)),
        "urn, parent, provider": mean((r) => compact(r.urn) + compact(r.parent) + compact(r.provider)),
    };
    parts["everything else"] = perProfileBytes - Object.values(parts).reduce((a, b) => a + b, 0);
    return {
        totalBytes: Buffer.byteLength(exportText),
        profiles: profiles.length,
        perProfileBytes,
        perProfileExportBytes: profiles.length > 0 ? (full - rest) / profiles.length : Number.NaN,
        parts,
        spaces: spaces.length,
        perSpaceBytes: spaces.length > 0 ? spaces.reduce((sum, r) => sum + compact(r), 0) / spaces.length : Number.NaN,
    };
}

/** Throws unless the state holds `members` profiles. */
export function expectProfiles(state: StateSize, members: number, where: string): void {
    if (state.profiles !== members) throw new Error(`${where}: expected ${members} profiles in state, found ${state.profiles}`);
}

/** Runs `use` with a sagemaker-local of its own, seeded with the benchmark's domain, then stops it. */
export async function withEmulator<T>(latencyMs: number, use: (emulator: SageMakerLocal) => Promise<T>): Promise<T> {
    const emulator = await startSageMakerLocal({ latencyMs, seedDomains: [BENCH_DOMAIN] });
    try {
        return await use(emulator);
    } finally {
        await emulator.stop();
    }
}

/** True when a preview reports nothing to do. */
export function previewIsNoChange(output: string): boolean {
    return !/\b\d+ to (create|update|delete|replace)\b/.test(output) && /unchanged/.test(output);
}
