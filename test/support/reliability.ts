// Shared pieces of the reliability suite: sizes (CI or full), a seeded PRNG,
// `pulumi` runs that can be killed as a whole process group, and the
// invariants every scenario ends with (no duplicates, no orphans, no changes).
import * as assert from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ListUserProfilesCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { CommandResult, pulumiBinDir, PulumiProject } from "./engine";
import { DOMAIN, emulatorClient, ProfilesStack } from "./profiles-stack";

/** `RELIABILITY_FULL=1` runs every scenario at its full size; CI runs the smaller one. */
export const FULL = process.env.RELIABILITY_FULL === "1";

export function size<T>(ci: T, full: T): T {
    return FULL ? full : ci;
}

/** The emulator's seeded PRNG, so a test's random choices repeat exactly. */
export { seededRandom } from "../../emulator/faults/seeded-random";

export const ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";

/** Member names `<prefix>-00`, `<prefix>-01`, … */
export function memberNames(prefix: string, count: number): string[] {
    return Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(2, "0")}`);
}

/** UserProfile args for each name, keyed by resource name = profile name. */
export function teamOf(names: string[], extra: (name: string) => Record<string, unknown> = () => ({})): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of names) {
        out[name] = {
            domainId: DOMAIN,
            userProfileName: name,
            tags: { team: "reliability" },
            userSettings: { executionRole: ROLE },
            ...extra(name),
        };
    }
    return out;
}

/** Every output of every `pulumi` run of this process, for the secret scans. */
export const capturedOutput: string[] = [];

export interface KillableRun {
    /** The CLI's process id. */
    pid: number;
    /** Resolves when the run ends (killed or not). */
    done: Promise<CommandResult>;
    /** SIGKILL to the CLI's process group: the CLI alone (the engine starts each plugin in a group of its own). */
    kill(): void;
    /** Output so far. */
    output(): string;
}

/** Starts `pulumi <args>` in a process group of its own, as a shell runs a command. */
export function startPulumi(project: PulumiProject, args: string[], extraEnv: Record<string, string> = {}): KillableRun {
    const child = spawn(path.join(pulumiBinDir(), "pulumi"), ["--non-interactive", "--color", "never", ...args], {
        cwd: project.dir,
        env: project.env(extraEnv),
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
    });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout!.on("data", (d: Buffer) => {
        stdout += d;
        output += d;
    });
    child.stderr!.on("data", (d: Buffer) => {
        stderr += d;
        output += d;
    });
    const done = new Promise<CommandResult>((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (code, signal) => {
            capturedOutput.push(output);
            resolve({ code: code ?? (signal ? 128 + 9 : -1), stdout, stderr, output });
        });
    });
    return {
        pid: child.pid!,
        done,
        output: () => output,
        kill() {
            try {
                process.kill(-child.pid!, "SIGKILL");
            } catch (error) {
                if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
            }
        },
    };
}

/** `pulumi <args>` to completion, captured for the secret scans. */
export async function runPulumi(project: PulumiProject, args: string[], extraEnv: Record<string, string> = {}): Promise<CommandResult> {
    const result = await project.run(args, extraEnv);
    capturedOutput.push(result.output);
    return result;
}

export async function okPulumi(project: PulumiProject, args: string[], extraEnv: Record<string, string> = {}): Promise<CommandResult> {
    const result = await runPulumi(project, args, extraEnv);
    if (result.code !== 0) {
        throw new Error(`pulumi ${args.join(" ")} exited with ${result.code}:\n${result.output}`);
    }
    return result;
}

/** Every profile of the test domain in the emulator, paginated, with its status. */
export async function emulatorProfiles(client: SageMakerClient, domain = DOMAIN): Promise<{ name: string; status: string }[]> {
    const out: { name: string; status: string }[] = [];
    let next: string | undefined;
    do {
        const page = await client.send(new ListUserProfilesCommand({ DomainIdEquals: domain, MaxResults: 100, NextToken: next }));
        for (const p of page.UserProfiles ?? []) out.push({ name: p.UserProfileName!, status: p.Status! });
        next = page.NextToken;
    } while (next);
    return out;
}

export interface ConvergenceReport {
    inEmulator: number;
    inState: number;
}

/**
 * The invariants: exactly `expected` profiles in the emulator, all InService, no duplicates
 * (names compared without case), every profile in the emulator is in state and the reverse,
 * and after a refresh (which clears pending operations) `pulumi preview` has no changes.
 */
export async function assertConverged(
    stack: ProfilesStack,
    emulator: Pick<SageMakerLocal, "url">,
    expected: string[],
    domain = DOMAIN,
): Promise<ConvergenceReport> {
    const client = emulatorClient(emulator);
    const actual = await emulatorProfiles(client, domain);
    const lower = actual.map((p) => p.name.toLowerCase());
    assert.strictEqual(new Set(lower).size, lower.length, `duplicate profiles in the emulator: ${lower.join(", ")}`);
    assert.deepStrictEqual([...lower].sort(), expected.map((n) => n.toLowerCase()).sort(), "profiles in the emulator");
    const notInService = actual.filter((p) => p.status !== "InService");
    assert.deepStrictEqual(notInService, [], "every profile InService");

    const exported = await stack.project.exportStack();
    const deployment = exported.deployment as { resources?: { type: string; id?: string }[]; pending_operations?: unknown[] };
    const inState = (deployment.resources ?? [])
        .filter((r) => r.type === "pulumi-nodejs:dynamic/sagemaker:UserProfile")
        .map((r) => String(r.id).split("/").pop()!.toLowerCase());
    assert.strictEqual(new Set(inState).size, inState.length, `duplicate profiles in state: ${inState.join(", ")}`);
    assert.deepStrictEqual([...inState].sort(), [...lower].sort(), "state and emulator hold the same profiles");

    // An interrupted run leaves "interrupted while creating" entries that `up` only warns about; a refresh
    // with --clear-pending-creates drops them (the profiles themselves were taken over by the next up).
    await okPulumi(stack.project, ["refresh", "--yes", "--skip-preview", "--clear-pending-creates"]);
    const refreshed = (await stack.project.exportStack()).deployment as { pending_operations?: unknown[] };
    assert.deepStrictEqual(refreshed.pending_operations ?? [], [], "no pending operations left after the refresh");
    await okPulumi(stack.project, ["preview", "--expect-no-changes"]);
    return { inEmulator: actual.length, inState: inState.length };
}

export function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A `pulumi` killed while it saved a checkpoint can leave the stack file's `.attrs` sidecar empty
 * (the `file://` backend truncates it, then writes it), and every later command fails with
 * `failed to load checkpoint: EOF`. The checkpoint itself is whole (written aside, then renamed),
 * and a stack file without a sidecar loads: removes empty sidecars, returning their paths.
 */
export function removeTornCheckpointSidecars(project: PulumiProject): string[] {
    const stacks = path.join(project.dir, ".pulumi-state", ".pulumi", "stacks");
    const torn = fs
        .readdirSync(stacks, { recursive: true, encoding: "utf8" })
        .map((file) => path.join(stacks, file))
        .filter((file) => file.endsWith(".json.attrs") && fs.statSync(file).size === 0);
    for (const file of torn) fs.rmSync(file);
    return torn;
}
