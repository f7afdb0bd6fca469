// `sagemaker-studio stacks <subcommand>`: the team stacks of a project: which a change touches,
// moving members and teams between them, and their Kubernetes operator manifest. Each
// subcommand's module is loaded when it runs.
import { lazyCommand, type LoadedCommand } from "../command";
import { UsageError } from "../usage-error";

const SUBCOMMANDS: Record<string, () => Promise<LoadedCommand>> = {
    list: lazyCommand(() => import("./list-command"), (m) => ({ run: m.stacksListCommand, usage: m.STACKS_LIST_USAGE })),
    move: lazyCommand(() => import("./move/move-command"), (m) => ({ run: m.stacksMoveCommand, usage: m.STACKS_MOVE_USAGE })),
    split: lazyCommand(() => import("./move/split-command"), (m) => ({ run: m.stacksSplitCommand, usage: m.STACKS_SPLIT_USAGE })),
    operator: lazyCommand(() => import("./operator/operator-command"), (m) => ({ run: m.stacksOperatorCommand, usage: m.STACKS_OPERATOR_USAGE })),
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
