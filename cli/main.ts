#!/usr/bin/env node
// `sagemaker-studio`: the package's command, for what a team runs beside `pulumi`.
import { DRIFT_USAGE, driftCommand } from "./drift/drift-command";
import { INVENTORY_USAGE, inventoryCommand } from "./inventory/inventory-command";
import { SCAN_USAGE, scanCommand } from "./scan/scan-command";
import { SUMMARY_USAGE, summaryCommand } from "./summary/summary-command";
import { stacksCommand, stacksUsage } from "./stacks/stacks-command";
import { stacksGroupCommand, STACKS_USAGE } from "./stacks/stacks-group";
import { UsageError } from "./usage-error";

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; usage: string }> = {
    scan: { run: scanCommand, usage: SCAN_USAGE },
    summary: { run: summaryCommand, usage: SUMMARY_USAGE },
    drift: { run: driftCommand, usage: DRIFT_USAGE },
    inventory: { run: inventoryCommand, usage: INVENTORY_USAGE },
    up: { run: stacksCommand("up"), usage: stacksUsage("up") },
    preview: { run: stacksCommand("preview"), usage: stacksUsage("preview") },
    refresh: { run: stacksCommand("refresh"), usage: stacksUsage("refresh") },
    destroy: { run: stacksCommand("destroy"), usage: stacksUsage("destroy") },
    stacks: { run: stacksGroupCommand, usage: STACKS_USAGE },
};

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
    const command = COMMANDS[name];
    if (!command) {
        throw new UsageError(`unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    }
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
