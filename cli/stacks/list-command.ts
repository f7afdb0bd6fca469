// `sagemaker-studio stacks list TEAM_FILES`: the team stacks to run, all or those a change touches;
// with --format github-matrix, the matrix of a workflow's per-stack job.
import { parseArgs } from "node:util";
import { UsageError } from "../usage-error";
import { selectTeamStacks } from "./select-team-stacks";
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionFrom } from "./selection-options";
import { formatStackList, GITHUB_MATRIX_LIMIT, LIST_FORMATS, parsePart, partOf, type ListFormat } from "./stack-list-formats";

export const STACKS_LIST_USAGE = `Usage: sagemaker-studio stacks list TEAM_FILES [--changed-since REF] [--format text|json|github-matrix] [--part I/N] [selection options]
  The team stacks of the project, one per team file (TEAM_FILES: a glob such as 'teams/*.yaml',
  paths, or comma-separated lists), or with --changed-since only those the change touches.
  --format F           text (the default: action, stack, file, why), json (the same as a list), or
                       github-matrix: {"include":[{"team","file","stack","action"}]} on one line, for
                       $GITHUB_OUTPUT and strategy.matrix; action is deploy, or destroy for a team
                       file the change deleted. More than ${GITHUB_MATRIX_LIMIT} stacks (GitHub's limit per
                       matrix) fail with the --part options to use instead
  --part I/N           only the I-th of N equal parts of the list
${SELECTION_USAGE}`;

export async function stacksListCommand(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv,
        options: { format: { type: "string", default: "text" }, part: { type: "string" }, ...SELECTION_OPTIONS },
        allowPositionals: true,
        strict: true,
    });
    if (positionals.length === 0) throw new UsageError(`stacks list needs TEAM_FILES\n\n${STACKS_LIST_USAGE}`);
    if (!(LIST_FORMATS as readonly string[]).includes(values.format)) {
        throw new UsageError(`--format must be ${LIST_FORMATS.join(", ")}, not ${JSON.stringify(values.format)}\n\n${STACKS_LIST_USAGE}`);
    }
    const part = values.part === undefined ? undefined : parsePart(values.part);
    if (values.part !== undefined && part === undefined) throw new UsageError(`--part takes I/N with 1 ≤ I ≤ N, not ${JSON.stringify(values.part)}\n\n${STACKS_LIST_USAGE}`);
    const stacks = partOf(await selectTeamStacks(selectionFrom(positionals, values)), part);
    process.stdout.write(formatStackList(stacks, values.format as ListFormat));
    return 0;
}
