// A member into another team: their profile and private space moved into the destination stack's
// state (`pulumi state move`, unless it is the same stack), renamed under the new team's component,
// both teams' recorded sizes updated, and their entry moved between the two team files.
import * as fs from "fs";
import * as path from "path";
import { memberRenames, renamed } from "./member-rename";
import type { MemberMove } from "./move-plan";
import type { ProjectStacks } from "./project-stacks";
import { recordTeamSize } from "./team-records";
import { moveMemberEntry } from "./team-file-members";

/** The two team files, relative to the project, and their new text (undefined: they list the member where they should already). */
export interface TeamFileEdit {
    from: string;
    to: string;
    texts: { from: string; to: string } | undefined;
}

export function teamFileEdit(plan: MemberMove, files: { from: string; to: string }, projectDir: string): TeamFileEdit {
    const read = (file: string) => ({ file, text: fs.readFileSync(path.resolve(projectDir, file), "utf8") });
    return { ...files, texts: moveMemberEntry(plan.member, read(files.from), read(files.to)) };
}

export async function moveMember(stacks: ProjectStacks, plan: MemberMove, from: string, to: string, edit: TeamFileEdit | undefined): Promise<void> {
    const crossStack = from !== to;
    if (crossStack) await stacks.moveState(from, to, plan.resources.map((r) => r.urn));
    const arrived = renamed(await stacks.exportState(to), memberRenames(plan, to, crossStack), plan.toTeamUrn);
    // Both teams' sizes change: in one stack, in one import; across two, each stack's own.
    await stacks.importState(to, recordTeamSize(crossStack ? arrived : recordTeamSize(arrived, plan.fromTeamUrn), plan.toTeamUrn));
    if (crossStack) await stacks.importState(from, recordTeamSize(await stacks.exportState(from), plan.fromTeamUrn));
    if (edit?.texts) {
        fs.writeFileSync(path.resolve(stacks.projectDir, edit.from), edit.texts.from);
        fs.writeFileSync(path.resolve(stacks.projectDir, edit.to), edit.texts.to);
    }
}
