// `sagemaker-studio stacks split TEAM_FILES --from STACK`: a stack that deploys several teams
// becomes one stack per team, named as `--stacks` names them, by moving each team's state (no call
// to SageMaker); the stack split from is left deploying the team files not listed, if any.
import * as fs from "fs";
import { parseArgs } from "node:util";
import { UsageError } from "../../usage-error";
import { allTeamStacks } from "../stack-selection";
import { holdsTeam, planTeamMove } from "./move-plan";
import { ProjectStacks } from "./project-stacks";
import { moveTeam } from "./team-move";
import { teamsWithout } from "./teams-config";

export const STACKS_SPLIT_USAGE = `Usage: sagemaker-studio stacks split TEAM_FILES --from STACK [--stack-prefix P] [--base-stack NAME] [--dry-run] [--cwd DIR]
  Splits STACK into one stack per team file (P<team name>, as up --stacks names them) by moving each
  team's state there with \`pulumi state move\`: no call to SageMaker. A team stack that does not
  exist yet is created with the config of --base-stack (default: STACK) and \`teams\` set to its file;
  STACK's \`teams\` then names the team files it still deploys (none after a whole split). Teams
  STACK does not hold are left alone. Every stack then previews no change.
  --dry-run            say what would move; change nothing`;

export async function stacksSplitCommand(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv,
        options: {
            from: { type: "string" },
            "stack-prefix": { type: "string" },
            "base-stack": { type: "string" },
            "dry-run": { type: "boolean", default: false },
            cwd: { type: "string" },
        },
        allowPositionals: true,
        strict: true,
    });
    if (positionals.length === 0 || !values.from) throw new UsageError(`stacks split needs TEAM_FILES and --from\n\n${STACKS_SPLIT_USAGE}`);
    const from = values.from;
    const stacks = await ProjectStacks.in(values.cwd ?? process.cwd());
    const names = await stacks.names();
    if (!names.includes(from)) throw new Error(`no stack named ${from} in ${stacks.projectDir}`);
    const source = await stacks.exportState(from);
    const say = (line: string) => process.stdout.write(`${line}\n`);
    const would = values["dry-run"] ? "would move" : "moved";
    const moved: string[] = [];
    for (const team of allTeamStacks({ teams: positionals, projectDir: stacks.projectDir, stackPrefix: values["stack-prefix"] }, (file) => fs.readFileSync(file, "utf8"))) {
        if (!holdsTeam(source, team.team)) {
            say(`${team.file}: ${from} holds no team ${team.team}; left alone`);
            continue;
        }
        const exists = names.includes(team.stack);
        const plan = planTeamMove(team.team, { stack: from, state: source }, { stack: team.stack, state: exists ? await stacks.exportState(team.stack) : undefined });
        say(`${would} team ${plan.team} (${plan.members.length} members) to ${exists ? "" : "new "}stack ${team.stack}, which deploys ${team.file}`);
        moved.push(team.file);
        if (!values["dry-run"]) await moveTeam(stacks, plan, from, { stack: team.stack, exists, configFrom: values["base-stack"] ?? from, file: team.file });
    }
    if (moved.length === 0) return 0;
    const remaining = teamsWithout((await stacks.configValue(from, "teams")) ?? positionals.join(","), moved, stacks.projectDir);
    say(`${values["dry-run"] ? "would set" : "set"} ${from}'s config teams to ${JSON.stringify(remaining)}: state only, no call to SageMaker`);
    if (!values["dry-run"]) await stacks.setConfig(from, "teams", remaining);
    return 0;
}
