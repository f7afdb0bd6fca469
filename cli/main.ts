#!/usr/bin/env node
// `sagemaker-studio`: the package's command, for what a team runs beside `pulumi`.
import { lazyCommand, type LoadedCommand } from "./command";
import type { StackCommand } from "./stacks/team-stacks";
import { UsageError } from "./usage-error";

/**
 * Each command's module, loaded when that command runs: a command does not wait for the others'
 * (the Automation API that the stacks runner and the moves load takes half a second to load).
 */
const COMMANDS: Record<string, (rest: string[]) => Promise<LoadedCommand>> = {
    scan: lazyCommand(() => import("./scan/scan-command"), (m) => ({ run: m.scanCommand, usage: m.SCAN_USAGE })),
    summary: lazyCommand(() => import("./summary/summary-command"), (m) => ({ run: m.summaryCommand, usage: m.SUMMARY_USAGE })),
    drift: lazyCommand(() => import("./drift/drift-command"), (m) => ({ run: m.driftCommand, usage: m.DRIFT_USAGE })),
    inventory: lazyCommand(() => import("./inventory/inventory-command"), (m) => ({ run: m.inventoryCommand, usage: m.INVENTORY_USAGE })),
    up: teamStacksCommand("up"),
    preview: teamStacksCommand("preview"),
    refresh: teamStacksCommand("refresh"),
    destroy: teamStacksCommand("destroy"),
    stacks: async (rest) => (await import("./stacks/stacks-group")).stacksSubcommand(rest[0]),
};

function teamStacksCommand(command: StackCommand): () => Promise<LoadedCommand> {
    return lazyCommand(() => import("./stacks/stacks-command"), (m) => ({ run: m.stacksCommand(command), usage: m.stacksUsage(command) }));
}

const USAGE = `Usage: sagemaker-studio <command> [options]

Commands:
  scan      write team files for the user profiles of a live domain
  summary   write the pull-request summary of a pulumi preview (Markdown)
  drift     report what changed out of band in a stack's members (Markdown; exit 3 on drift)
  inventory every user profile and space of a domain: the stack that manages it, roles, instance
            types, running apps and Identity Center access (Markdown, JSON or CSV; read-only)
  up, preview, refresh, destroy --stacks TEAM_FILES
            one stack per team file, a few at a time
  stacks list TEAM_FILES [--changed-since REF] [--format text|json|github-matrix]
            the team stacks a change touches (a GitHub Actions matrix)
  stacks move NAME --from STACK --to STACK, stacks split TEAM_FILES --from STACK
            move a team or a member between stacks, or split a stack into team stacks,
            by their state alone (no call to SageMaker)
  stacks operator TEAM_FILES --repo URL
            the team stacks as Pulumi Kubernetes Operator Stack resources

Run sagemaker-studio <command> --help for a command's options.`;

async function main(argv: string[]): Promise<number> {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help" || name === "help") {
        process.stdout.write(`${USAGE}\n`);
        return name === undefined ? 2 : 0;
    }
    const load = COMMANDS[name];
    if (!load) {
        throw new UsageError(`unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    }
    const command = await load(rest);
    if (rest.includes("--help")) {
        process.stdout.write(`${command.usage}\n`);
        return 0;
    }
    return command.run(rest);
}

main(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        const usage = error instanceof UsageError || (error as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS");
        process.stderr.write(`sagemaker-studio: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = usage ? 2 : 1;
    },
);
