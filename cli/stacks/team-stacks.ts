// One stack per team file, in the Pulumi project of the current folder, driven concurrently
// through the Automation API: how an organisation too large for one stack deploys (each team's
// state, locks and previews stay its own; a pull request that touches one team previews only its
// stack). Each team stack is created from a base stack's config, with `teams` set to its file:
// the project's program deploys the team files that config names (the example stack does).
import { execFile, spawn, type ChildProcess } from "child_process";
import * as diagnostics from "diagnostics_channel";
import type { Socket } from "net";
import * as path from "path";
import { promisify } from "util";
import { LocalWorkspace, PulumiCommand, Stack, type EngineEvent } from "@pulumi/pulumi/automation";
import { loadTeamFile } from "../../components/team-file";
import { mapAtMost } from "../../gateway/bounded-parallel";
import { removedTeamStack } from "./removed-team-stack";
import { selectTeamStacks } from "./select-team-stacks";
import type { TeamStack } from "./stack-selection";

export type StackCommand = "up" | "preview" | "refresh" | "destroy";

export interface TeamStacksOptions {
    command: StackCommand;
    /** Team files: globs, paths or comma-separated lists, relative to `projectDir`. */
    teams: string | readonly string[];
    /** The Pulumi project (the folder with Pulumi.yaml). */
    projectDir: string;
    /** Stacks run at once. */
    concurrency: number;
    /** A new team stack starts with this stack's config (domain, region, endpoints, …). */
    baseStack?: string;
    /** Prepended to each team's name to name its stack. */
    stackPrefix?: string;
    /** A git revision: only the stacks the changes since it touch; the stack of a team file it deleted is destroyed. */
    changedSince?: string;
    /** With changedSince, more files every stack shares (globs relative to `projectDir`). */
    shared?: readonly string[];
    /** Each line a command prints, with the stack's name. */
    onOutput?: (stack: string, line: string) => void;
}

export interface TeamStackResult {
    team: string;
    stack: string;
    file: string;
    ok: boolean;
    /** Resource changes by operation, or the error. */
    summary: string;
    seconds: number;
}

export async function runTeamStacks(options: TeamStacksOptions): Promise<TeamStackResult[]> {
    const selected = await selectTeamStacks(options);
    const pulumiCommand = await PulumiCommand.get({ skipVersionCheck: true });
    const stopGuarding = pulumiEndsWithThisProcess(pulumiCommand.command);
    const results = await mapAtMost(selected, Math.max(1, options.concurrency), (selectedStack) => runOne(selectedStack, options, pulumiCommand));
    stopGuarding();
    return results;
}

// Given a pid, SIGKILLs that process once its stdin closes before a line arrives: whatever started
// both has ended, however (SIGKILL included). A line says the process ended first. An engine of
// this runner cannot stop gracefully then: its output went to the runner, and its next line (the
// one acknowledging a SIGTERM, too) meets a closed pipe and ends it as abruptly.
const END_WITH_PARENT = `read -r ended || kill -KILL "$1" 2>/dev/null`;

/**
 * Every `pulumi` this process starts from now on (each stack's engine through the Automation API,
 * the `pulumi stack` calls) ends with it, however it ends: beside each runs a small `sh` that holds
 * a pipe from this process. An engine's plugins end with their engine. Returns what stops guarding
 * the ones started later.
 */
function pulumiEndsWithThisProcess(command: string): () => void {
    const onChild = (message: unknown) => {
        const child = (message as { process: ChildProcess }).process;
        child.once("spawn", () => {
            if (child.spawnfile !== command) return;
            const guardian = spawn("sh", ["-c", END_WITH_PARENT, "sh", String(child.pid)], { stdio: ["pipe", "ignore", "ignore"] });
            const pipe = guardian.stdin as Socket;
            guardian.unref();
            pipe.unref();
            pipe.on("error", () => undefined);
            child.once("exit", () => pipe.end("ended\n"));
        });
    };
    diagnostics.subscribe("child_process", onChild);
    return () => diagnostics.unsubscribe("child_process", onChild);
}

async function runOne(selected: TeamStack, options: TeamStacksOptions, pulumiCommand: PulumiCommand): Promise<TeamStackResult> {
    const started = Date.now();
    const { team, stack: stackName, file: shown } = selected;
    const file = path.resolve(options.projectDir, shown);
    const onOutput = (text: string) => {
        for (const line of text.split("\n")) if (line.trim() !== "") options.onOutput?.(stackName, line);
    };
    const result = (ok: boolean, summary: string): TeamStackResult => ({ team, stack: stackName, file: shown, ok, summary, seconds: (Date.now() - started) / 1000 });
    try {
        if (selected.action === "destroy") {
            // The team file is gone: its stack's members go with it (a preview shows that destroy).
            const removed = await removedTeamStack(stackName, options.projectDir, pulumiCommand);
            if (removed === undefined) return result(true, "team file deleted; it has no stack to destroy");
            return result(true, await run(removed, options.command === "refresh" ? "refresh" : "destroy", onOutput, options.command === "preview"));
        }
        const stack = await teamStack(stackName, file, options, pulumiCommand);
        if (stack === undefined) {
            loadTeamFile(file); // a team file with problems fails here, as its stack's preview would
            return result(true, "no stack yet: the team file is valid; `up --stacks` creates the stack and every member");
        }
        return result(true, await run(stack, options.command, onOutput));
    } catch (error) {
        return result(false, error instanceof Error ? error.message.split("\n").filter((l) => l.trim() !== "").slice(-3).join(" ") : String(error));
    }
}

const pulumiCli = promisify(execFile);

/** Whether the project has the stack; asking names it without selecting it. */
async function stackExists(stackName: string, options: TeamStacksOptions, pulumiCommand: PulumiCommand): Promise<boolean> {
    try {
        await pulumiCli(pulumiCommand.command, ["stack", "--show-name", "--non-interactive", "--stack", stackName], { cwd: options.projectDir });
        return true;
    } catch (error) {
        if (/no stack named/.test(String((error as { stderr?: string }).stderr ?? error))) return false;
        throw error;
    }
}

// A pull request that changes one team runs this for one stack: each CLI call it saves (listing
// the stacks, setting config already set) is a noticeable part of that preview. Every command
// names its stack (--stack), so no stack is ever selected: the user's selected stack stays theirs.
// A preview never creates a stack (undefined: there is none yet).
async function teamStack(stackName: string, file: string, options: TeamStacksOptions, pulumiCommand: PulumiCommand): Promise<Stack | undefined> {
    const workspace = await LocalWorkspace.create({ workDir: options.projectDir, pulumiCommand });
    const created = !(await stackExists(stackName, options, pulumiCommand));
    if (created) {
        if (options.command !== "up") {
            if (options.command === "preview") return undefined;
            throw new Error(`no stack named ${stackName} exists in the project; \`sagemaker-studio up --stacks\` creates it`);
        }
        await pulumiCli(pulumiCommand.command, ["stack", "init", "--no-select", "--non-interactive", "--stack", stackName], { cwd: options.projectDir });
    }
    // The Automation API selects a stack it is handed; this workspace only checked that it exists.
    workspace.selectStack = () => Promise.resolve();
    const stack = await Stack.select(stackName, workspace);
    const teams = path.relative(options.projectDir, file);
    const configured = created ? undefined : await configuredTeams(stack);
    // `teams` is set last, so a stack without it is one whose setup did not finish (a runner killed
    // between `stack init` and its config) or one made by hand: it gets the base stack's config for
    // the keys it lacks, never over a value it has.
    if (configured === undefined && options.baseStack) {
        const own = created ? {} : await stack.getAllConfig();
        const base = await stack.workspace.getAllConfig(options.baseStack);
        const missing = Object.fromEntries(Object.entries(base).filter(([key]) => !(key in own)));
        if (Object.keys(missing).length > 0) await stack.setAllConfig(missing);
    }
    if (configured !== teams) {
        await stack.setConfig("teams", { value: teams });
    }
    return stack;
}

/** The stack's `teams` as its settings file in the project folder has it (undefined when elsewhere). */
async function configuredTeams(stack: Stack): Promise<string | undefined> {
    try {
        const project = (await stack.workspace.projectSettings()).name;
        const value = (await stack.workspace.stackSettings(stack.name)).config?.[`${project}:teams`];
        return typeof value === "string" ? value : undefined;
    } catch {
        return undefined;
    }
}

async function run(stack: Stack, command: StackCommand, onOutput: (text: string) => void, previewOnly = false): Promise<string> {
    const forgotten = new Set<string>();
    let planned: Record<string, number> | undefined;
    const onEvent = (event: EngineEvent) => {
        planned = event.summaryEvent?.resourceChanges ?? planned;
        const step = event.resourcePreEvent?.metadata;
        // A delete of a resource kept on delete (its retainOnDelete, or Pulumi's option) only forgets it.
        if (step?.op === "delete" && (step.old?.retainOnDelete === true || step.old?.inputs?.retainOnDelete === true)) forgotten.add(step.urn);
    };
    switch (command) {
        case "preview":
            return changes((await stack.preview({ onOutput, onEvent })).changeSummary, forgotten.size);
        case "up":
            return changes((await stack.up({ onOutput, onEvent })).summary.resourceChanges, forgotten.size);
        case "refresh":
            return changes((await stack.refresh({ onOutput })).summary.resourceChanges, 0);
        case "destroy": {
            // A destroy's result reports the stack's last update; what a preview-only destroy plans is in its events.
            const destroyed = (await stack.destroy({ onOutput, onEvent, previewOnly })).summary.resourceChanges;
            return changes(previewOnly ? planned : destroyed, forgotten.size);
        }
    }
}

/** `2 create, 1 delete, 3 forget (kept)`: the engine's counts, with the deletes that only forget counted apart. */
function changes(summary: Record<string, number> | undefined, forgotten: number): string {
    const counts = { ...(summary ?? {}) };
    if (forgotten > 0) {
        counts.delete = Math.max(0, (counts.delete ?? 0) - forgotten);
        counts["forget (kept in SageMaker)"] = forgotten;
    }
    const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([op, n]) => `${n} ${op}`);
    return parts.length > 0 ? parts.join(", ") : "no resources";
}
