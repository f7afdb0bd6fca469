// `sagemaker-studio stacks <subcommand>`: the team stacks of a project: which a change touches,
// moving members and teams between them, and their Kubernetes operator manifest. Each
// subcommand's module is loaded when it runs.
import type { LoadedCommand } from "../command";
import { UsageError } from "../usage-error";

const SUBCOMMANDS: Record<string, () => Promise<LoadedCommand>> = {
    list: async () => {
        const { stacksListCommand, STACKS_LIST_USAGE } = await import("./list-command");
        return { run: stacksListCommand, usage: STACKS_LIST_USAGE };
    },
    move: async () => {
        const { stacksMoveCommand, STACKS_MOVE_USAGE } = await import("./move/move-command");
        return { run: stacksMoveCommand, usage: STACKS_MOVE_USAGE };
    },
    split: async () => {
        const { stacksSplitCommand, STACKS_SPLIT_USAGE } = await import("./move/split-command");
        return { run: stacksSplitCommand, usage: STACKS_SPLIT_USAGE };
    },
    operator: async () => {
        const { stacksOperatorCommand, STACKS_OPERATOR_USAGE } = await import("./operator/operator-command");
        return { run: stacksOperatorCommand, usage: STACKS_OPERATOR_USAGE };
    },
};

/** The subcommand `name`, run with the arguments after its name; without a known one, every subcommand's usage. */
export async function stacksSubcommand(name: string | undefined): Promise<LoadedCommand> {
    const load = name === undefined ? undefined : SUBCOMMANDS[name];
    if (load) {
        const subcommand = await load();
        return { run: (argv) => subcommand.run(argv.slice(1)), usage: subcommand.usage };
    }
    const usage = (await Promise.all(Object.values(SUBCOMMANDS).map((l) => l()))).map((s) => s.usage).join("\n\n");
    const not = name === undefined || name.startsWith("-") ? "" : `, not ${JSON.stringify(name)}`;
    return {
        run: () => Promise.reject(new UsageError(`stacks needs one of ${Object.keys(SUBCOMMANDS).join(", ")}${not}\n\n${usage}`)),
        usage,
    };
}
