// The team stacks a command runs: every team file's, or, with a git revision, those the changes
// since it touch (stack-selection.ts says which).
import * as fs from "fs";
import { changesSince } from "./git-changes";
import { allTeamStacks, changedTeamStacks, type SelectionOptions, type TeamStack } from "./stack-selection";

export interface TeamStackSelection extends SelectionOptions {
    /** A git revision: only the stacks the changes since it touch. */
    changedSince?: string;
}

const readText = (file: string) => fs.readFileSync(file, "utf8");

export async function selectTeamStacks(options: TeamStackSelection): Promise<TeamStack[]> {
    if (options.changedSince === undefined) return allTeamStacks(options, readText);
    return changedTeamStacks(await changesSince(options.changedSince, options.projectDir), options, readText);
}
