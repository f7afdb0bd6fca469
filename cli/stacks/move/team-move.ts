// A whole team into another stack: the stack created when it does not exist yet, the team's state
// moved (its component and every child), and the stack's `teams` config pointed at the team's file.
import type { TeamMove } from "./move-plan";
import type { ProjectStacks } from "./project-stacks";
import { teamsWith } from "./teams-config";

export interface TeamDestination {
    stack: string;
    /** Whether the stack exists already. */
    exists: boolean;
    /** The stack whose config a new destination starts from. */
    configFrom: string;
    /** The team's file, relative to the project; without one, `teams` is left for the user to set. */
    file: string | undefined;
}

export async function moveTeam(stacks: ProjectStacks, plan: TeamMove, from: string, to: TeamDestination): Promise<void> {
    if (!to.exists) await stacks.create(to.stack, to.configFrom);
    await stacks.moveState(from, to.stack, [plan.urn]);
    if (to.file !== undefined) {
        const configured = to.exists ? await stacks.configValue(to.stack, "teams") : undefined;
        await stacks.setConfig(to.stack, "teams", teamsWith(configured, to.file, stacks.projectDir));
    }
}
