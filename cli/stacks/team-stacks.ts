// One stack per team file, in the Pulumi project of the current folder, driven concurrently
// through the Automation API: how an organisation too large for one stack deploys (each team's
// state, locks and previews stay its own; a pull request that touches one team previews only its
// stack). Each team stack is created from a base stack's config, with `teams` set to its file:
// the project's program deploys the team files that config names (the example stack does).
import * as path from "path";
import { LocalWorkspace, PulumiCommand, StackNotFoundError, type Stack } from "@pulumi/pulumi/automation";
import { expandTeamFiles } from "../../components/team-files";
import { loadTeamFile } from "../../components/team-file";

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
    const files = expandTeamFiles(options.teams, options.projectDir);
    const pulumiCommand = await PulumiCommand.get({ skipVersionCheck: true });
    const results: TeamStackResult[] = new Array(files.length);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const index = next++;
            results[index] = await runOne(files[index], options, pulumiCommand);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, files.length)) }, worker));
    return results;
}

async function runOne(file: string, options: TeamStacksOptions, pulumiCommand: PulumiCommand): Promise<TeamStackResult> {
    const started = Date.now();
    const team = teamName(file);
    const stackName = `${options.stackPrefix ?? ""}${team}`;
    const onOutput = (text: string) => {
        for (const line of text.split("\n")) if (line.trim() !== "") options.onOutput?.(stackName, line);
    };
    const shown = path.relative(options.projectDir, file);
    const result = (ok: boolean, summary: string): TeamStackResult => ({ team, stack: stackName, file: shown, ok, summary, seconds: (Date.now() - started) / 1000 });
    try {
        const stack = await teamStack(stackName, file, options, pulumiCommand);
        return result(true, await run(stack, options.command, onOutput));
    } catch (error) {
        return result(false, error instanceof Error ? error.message.split("\n").filter((l) => l.trim() !== "").slice(-3).join(" ") : String(error));
    }
}

/** The team's name: the file's `name`, else its base name (a file that does not load fails in its stack's run). */
function teamName(file: string): string {
    const base = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
    try {
        return loadTeamFile(file).name ?? base;
    } catch {
        return base;
    }
}

// A pull request that changes one team runs this for one stack: each CLI call it saves (listing
// the stacks, setting config already set) is a noticeable part of that preview.
async function teamStack(stackName: string, file: string, options: TeamStacksOptions, pulumiCommand: PulumiCommand): Promise<Stack> {
    const args = { stackName, workDir: options.projectDir };
    let stack: Stack;
    let created = false;
    try {
        stack = await LocalWorkspace.selectStack(args, { pulumiCommand });
    } catch (error) {
        if (!(error instanceof StackNotFoundError)) throw error;
        stack = await LocalWorkspace.createStack(args, { pulumiCommand });
        created = true;
    }
    if (created && options.baseStack) {
        await stack.setAllConfig(await stack.workspace.getAllConfig(options.baseStack));
    }
    const teams = path.relative(options.projectDir, file);
    if (created || (await configuredTeams(stack)) !== teams) {
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

async function run(stack: Stack, command: StackCommand, onOutput: (text: string) => void): Promise<string> {
    switch (command) {
        case "preview": {
            const preview = await stack.preview({ onOutput });
            return changes(preview.changeSummary);
        }
        case "up":
            return changes((await stack.up({ onOutput })).summary.resourceChanges);
        case "refresh":
            return changes((await stack.refresh({ onOutput })).summary.resourceChanges);
        case "destroy":
            return changes((await stack.destroy({ onOutput })).summary.resourceChanges);
    }
}

function changes(summary: Record<string, number> | undefined): string {
    const parts = Object.entries(summary ?? {}).filter(([, n]) => n > 0).map(([op, n]) => `${n} ${op}`);
    return parts.length > 0 ? parts.join(", ") : "no resources";
}
