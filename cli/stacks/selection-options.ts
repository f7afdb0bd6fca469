// The options that say which team stacks a command runs, shared by `stacks list` and
// `up|preview|refresh|destroy --stacks`, so both select alike.
import type { TeamStackSelection } from "./select-team-stacks";

export const SELECTION_OPTIONS = {
    "changed-since": { type: "string" },
    shared: { type: "string", multiple: true },
    "base-stack": { type: "string" },
    "stack-prefix": { type: "string" },
    cwd: { type: "string" },
} as const;

export const SELECTION_USAGE = `  --changed-since REF  only the stacks the changes since REF touch (its merge base with HEAD, plus
                       uncommitted and untracked files): a team file added or changed selects its
                       stack, a team file deleted its stack's destroy, a shared file every stack
                       (the program's code, Pulumi.yaml, package.json and lock files, tsconfig.json,
                       the base stack's settings, --shared), a Pulumi.<stack>.yaml that stack
  --shared GLOB        a file every stack shares, relative to the project (repeatable), e.g. the
                       policy pack's config
  --stack-prefix P     a team's stack is P<team name>
  --base-stack NAME    the stack whose config a new team stack starts from
  --cwd DIR            the Pulumi project (default: the current folder)`;

export interface SelectionValues {
    "changed-since"?: string;
    shared?: string[];
    "base-stack"?: string;
    "stack-prefix"?: string;
    cwd?: string;
}

export function selectionFrom(teams: string | readonly string[], values: SelectionValues): TeamStackSelection {
    return {
        teams,
        projectDir: values.cwd ?? process.cwd(),
        stackPrefix: values["stack-prefix"],
        baseStack: values["base-stack"],
        shared: values.shared,
        changedSince: values["changed-since"],
    };
}
