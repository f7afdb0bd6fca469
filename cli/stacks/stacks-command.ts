// `sagemaker-studio up|preview|refresh|destroy --stacks TEAM_FILES`: the team stacks of the
// project in the current folder, a few at a time (team-stacks.ts).
import { parseArgs } from "node:util";
import { UsageError } from "../usage-error";
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionFrom } from "./selection-options";
import { runTeamStacks, type StackCommand } from "./team-stacks";

export function stacksUsage(command: StackCommand): string {
    return `Usage: sagemaker-studio ${command} --stacks TEAM_FILES [--concurrency K] [--changed-since REF] [selection options]
  Runs pulumi ${command} on one stack per team file, K at a time (default 4), in the Pulumi project of
  the current folder (or --cwd). A team stack is named after its team (with --stack-prefix in front);
  \`up\` creates one that does not exist yet, with the config of --base-stack (preview only reports it),
  and sets its config \`teams\` to its file, last: a stack without it (its setup was interrupted) gets
  the base config it lacks. The project's program must deploy the team files that config names. No command changes the selected stack. Deletes that only forget (retainOnDelete) are
  counted apart. With --changed-since, the stacks \`stacks list\` selects for the same change; the
  stack of a team file the change deleted is destroyed (\`preview\` previews that destroy).
  --stacks TEAM_FILES  team files: a glob such as 'teams/*.yaml', paths, or a comma-separated list (repeatable)
${SELECTION_USAGE}`;
}

export function stacksCommand(command: StackCommand): (argv: string[]) => Promise<number> {
    return async (argv) => {
        const { values } = parseArgs({
            args: argv,
            options: {
                stacks: { type: "string", multiple: true },
                concurrency: { type: "string", default: "4" },
                ...SELECTION_OPTIONS,
            },
            strict: true,
        });
        const concurrency = Number(values.concurrency);
        if (!values.stacks?.length || !Number.isInteger(concurrency) || concurrency < 1) {
            throw new UsageError(`${command} needs --stacks, and --concurrency a whole number of at least 1\n\n${stacksUsage(command)}`);
        }
        const results = await runTeamStacks({
            command,
            ...selectionFrom(values.stacks, values),
            concurrency,
            onOutput: (stack, line) => process.stdout.write(`[${stack}] ${line}\n`),
        });
        for (const r of results) {
            process.stdout.write(`${r.ok ? "ok    " : "FAILED"} ${r.stack} (${r.file}): ${r.summary} in ${r.seconds.toFixed(1)}s\n`);
        }
        const failed = results.filter((r) => !r.ok).length;
        process.stdout.write(`${results.length - failed} of ${results.length} stacks ${command === "preview" ? "previewed" : "done"}${failed > 0 ? `, ${failed} failed` : ""}\n`);
        return failed > 0 ? 1 : 0;
    };
}
