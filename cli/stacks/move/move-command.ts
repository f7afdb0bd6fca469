// `sagemaker-studio stacks move NAME --from STACK --to STACK`: a team, or one member, from one
// stack to another, by their state alone (no call to SageMaker), with the team files and the
// stacks' `teams` config changed to match, so that both stacks' programs declare what they hold.
import * as fs from "fs";
import { parseArgs } from "node:util";
import { UsageError } from "../../usage-error";
import { allTeamStacks } from "../stack-selection";
import { moveMember, teamFileEdit, type TeamFileEdit } from "./member-move";
import { planMove, type MemberMove, type TeamMove } from "./move-plan";
import { ProjectStacks } from "./project-stacks";
import { moveTeam } from "./team-move";
import { teamsWithout } from "./teams-config";

export const STACKS_MOVE_USAGE = `Usage: sagemaker-studio stacks move NAME --from STACK --to STACK [--team TEAM] [--teams TEAM_FILES] [--base-stack NAME] [--dry-run] [--cwd DIR]
  Moves a team, or one member, between stacks of the project with \`pulumi state move\`: the state
  only, without a call to SageMaker. A team moves whole (its component, roster, members' profiles
  and spaces); --from's config \`teams\` stops naming its file and --to's starts (a --to that does not
  exist yet is created with the config of --base-stack, else of --from). A member moves with their
  private space into --to's team (--team when it has several; --to may be --from, to change team
  within it), renamed as that team's program registers them, and their entry moves from one team
  file to the other. Commit the changed files in one change: both stacks then preview no change,
  but for what the new team's defaults and tags change in the member's profile.
  NAME                 a team (as the stack names its component) or a member (their profile's name)
  --team TEAM          the member's new team
  --teams TEAM_FILES   the team files (default: teams/*.yaml)
  --dry-run            say what would move and what would change; change nothing
  --cwd DIR            the Pulumi project (default: the current folder)`;

export async function stacksMoveCommand(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv,
        options: {
            from: { type: "string" },
            to: { type: "string" },
            team: { type: "string" },
            teams: { type: "string", default: "teams/*.yaml" },
            "base-stack": { type: "string" },
            "dry-run": { type: "boolean", default: false },
            cwd: { type: "string" },
        },
        allowPositionals: true,
        strict: true,
    });
    if (positionals.length !== 1 || !values.from || !values.to) throw new UsageError(`stacks move needs one NAME, --from and --to\n\n${STACKS_MOVE_USAGE}`);
    const stacks = await ProjectStacks.in(values.cwd ?? process.cwd());
    const names = await stacks.names();
    if (!names.includes(values.from)) throw new Error(`no stack named ${values.from} in ${stacks.projectDir}`);
    const source = await stacks.exportState(values.from);
    const destExists = names.includes(values.to);
    const dest = values.to === values.from ? source : destExists ? await stacks.exportState(values.to) : undefined;
    const plan = planMove(positionals[0], { stack: values.from, state: source }, { stack: values.to, state: dest }, values.team);
    const teamFiles = new Map(allTeamStacks({ teams: values.teams, projectDir: stacks.projectDir }, (file) => fs.readFileSync(file, "utf8")).map((s) => [s.team, s.file]));
    const run = { stacks, from: values.from, to: values.to, dryRun: values["dry-run"], say: (line: string) => process.stdout.write(`${line}\n`) };
    if (plan.kind === "team") {
        await runTeamMove(run, plan, teamFiles.get(plan.team), { exists: destExists, configFrom: values["base-stack"] ?? values.from, teams: values.teams });
    } else {
        await runMemberMove(run, plan, teamFiles);
    }
    return 0;
}

interface MoveRun {
    stacks: ProjectStacks;
    from: string;
    to: string;
    dryRun: boolean;
    say(line: string): void;
}

async function runTeamMove(run: MoveRun, plan: TeamMove, file: string | undefined, dest: { exists: boolean; configFrom: string; teams: string }): Promise<void> {
    const would = run.dryRun ? "would " : "";
    if (!dest.exists) run.say(`${would}create stack ${run.to} with the config of ${dest.configFrom}`);
    run.say(`${run.dryRun ? "would move" : "moved"} team ${plan.team} (${plan.members.length} members, their spaces${plan.members.length > 0 ? `: ${plan.members.join(", ")}` : ""}) from ${run.from} to ${run.to}: state only, no call to SageMaker`);
    const sourceTeams = (await run.stacks.configValue(run.from, "teams")) ?? dest.teams;
    if (file === undefined) {
        run.say(`no team file of ${plan.team} among ${dest.teams}: point ${run.to}'s config teams at it, and take it out of ${run.from}'s (now ${sourceTeams})`);
    } else {
        run.say(`${would}set ${run.to}'s config teams to deploy ${file}, and ${run.from}'s to ${JSON.stringify(teamsWithout(sourceTeams, [file], run.stacks.projectDir))}`);
    }
    if (run.dryRun) return;
    await moveTeam(run.stacks, plan, run.from, { stack: run.to, exists: dest.exists, configFrom: dest.configFrom, file });
    if (file !== undefined) await run.stacks.setConfig(run.from, "teams", teamsWithout(sourceTeams, [file], run.stacks.projectDir));
    run.say(`next: commit Pulumi.${run.from}.yaml and Pulumi.${run.to}.yaml if your repository keeps stack settings; both stacks then preview no change`);
}

async function runMemberMove(run: MoveRun, plan: MemberMove, teamFiles: Map<string, string>): Promise<void> {
    const names = plan.resources.map((r) => `${r.name} → ${r.newName}`).join(", ");
    run.say(`${run.dryRun ? "would move" : "moved"} member ${plan.member} from team ${plan.fromTeam} (${run.from}) to team ${plan.toTeam} (${run.to}): ${names}; state only, no call to SageMaker`);
    const [fromFile, toFile] = [teamFiles.get(plan.fromTeam), teamFiles.get(plan.toTeam)];
    const edit: TeamFileEdit | undefined = fromFile && toFile ? teamFileEdit(plan, { from: fromFile, to: toFile }, run.stacks.projectDir) : undefined;
    if (!edit) {
        run.say(`edit the team files by hand: take ${plan.member} out of team ${plan.fromTeam}'s members and list them in team ${plan.toTeam}'s, with their own settings`);
    } else if (edit.texts) {
        run.say(`${run.dryRun ? "would edit" : "edited"} ${edit.from} (${plan.member} taken out) and ${edit.to} (${plan.member} added, with their own settings)`);
    } else {
        run.say(`${edit.from} and ${edit.to} already list ${plan.member} in team ${plan.toTeam}`);
    }
    if (plan.membersLeft === 0) {
        run.say(`team ${plan.fromTeam} has no member left, and a team file without members is refused: delete ${fromFile ?? "its team file"} in the same change (its stack's destroy then removes the empty team only)`);
    }
    if (run.dryRun) return;
    await moveMember(run.stacks, plan, run.from, run.to, edit);
    run.say(
        `next: commit the team files in one change; both stacks then preview no change for ${plan.member} but what team ${plan.toTeam}'s defaults and tags change (an update in place). ` +
            `Until that update, the profile's owner and stack tags in SageMaker still name ${run.from}: ownership follows the state, which moved.`,
    );
}
