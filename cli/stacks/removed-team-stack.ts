// The stack of a team file that is gone, for its destroy: the runner's selection names it, but
// there is no file to point its config at, and no stack to create when it was never deployed.
import { LocalWorkspace, Stack, type PulumiCommand } from "@pulumi/pulumi/automation";

export async function removedTeamStack(stackName: string, projectDir: string, pulumiCommand: PulumiCommand): Promise<Stack | undefined> {
    const workspace = await LocalWorkspace.create({ workDir: projectDir, pulumiCommand });
    if (!(await workspace.listStacks()).some((s) => s.name === stackName)) return undefined;
    // Named by every command (--stack): the user's selected stack stays theirs.
    workspace.selectStack = () => Promise.resolve();
    return Stack.select(stackName, workspace);
}
