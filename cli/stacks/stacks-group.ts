// `sagemaker-studio stacks <subcommand>`: the team stacks of a project: which a change touches,
// moving members and teams between them, and their Kubernetes operator manifest.
import { UsageError } from "../usage-error";
import { stacksListCommand, STACKS_LIST_USAGE } from "./list-command";
import { stacksMoveCommand, STACKS_MOVE_USAGE } from "./move/move-command";
import { stacksSplitCommand, STACKS_SPLIT_USAGE } from "./move/split-command";
import { stacksOperatorCommand, STACKS_OPERATOR_USAGE } from "./operator/operator-command";

const SUBCOMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; usage: string }> = {
    list: { run: stacksListCommand, usage: STACKS_LIST_USAGE },
    move: { run: stacksMoveCommand, usage: STACKS_MOVE_USAGE },
    split: { run: stacksSplitCommand, usage: STACKS_SPLIT_USAGE },
    operator: { run: stacksOperatorCommand, usage: STACKS_OPERATOR_USAGE },
};

export const STACKS_USAGE = Object.values(SUBCOMMANDS)
    .map((s) => s.usage)
    .join("\n\n");

export async function stacksGroupCommand(argv: string[]): Promise<number> {
    const [name, ...rest] = argv;
    const subcommand = name === undefined ? undefined : SUBCOMMANDS[name];
    if (!subcommand) {
        throw new UsageError(`stacks needs one of ${Object.keys(SUBCOMMANDS).join(", ")}${name === undefined ? "" : `, not ${JSON.stringify(name)}`}\n\n${STACKS_USAGE}`);
    }
    return subcommand.run(rest);
}
