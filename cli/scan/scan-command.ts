// `sagemaker-studio scan`: team files for the profiles of a live domain, to bring them under
// management with no change to any of them (deploying them adds only this stack's owner tags).
import { parseArgs } from "node:util";
import { awsClientFrom, AWS_OPTIONS, AWS_USAGE } from "../aws-options";
import { UsageError } from "../usage-error";
import { readDomain } from "./read-domain";
import { factorTeams } from "./team-factoring";
import { writeTeamFiles } from "./team-file-writer";

export const SCAN_USAGE = `Usage: sagemaker-studio scan --domain-id ID --out DIR [--group-by-tag KEY] [aws options]
  Writes team files (YAML) for every user profile of the domain: settings and tags the members
  share become the team's defaults and tags, the rest each member's own; adopt: true is set.
  --domain-id ID       the Studio domain to read
  --out DIR            where to write the team files
  --group-by-tag KEY   one team file per value of this tag (profiles without it: untagged.yaml);
                       without it, one file named after the domain
${AWS_USAGE}`;

export async function scanCommand(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: { "domain-id": { type: "string" }, out: { type: "string" }, "group-by-tag": { type: "string" }, ...AWS_OPTIONS },
        strict: true,
    });
    const domainId = values["domain-id"];
    const out = values.out;
    if (!domainId || !out) {
        throw new UsageError(`scan needs --domain-id and --out\n\n${SCAN_USAGE}`);
    }
    const client = awsClientFrom(values);
    const scan = await readDomain(client, domainId);
    const { teams, notes } = factorTeams(scan.profiles, { groupByTag: values["group-by-tag"], singleTeam: domainId, untaggedTeam: "untagged" });
    const files = writeTeamFiles(out, teams, `written by sagemaker-studio scan from domain ${domainId}`);
    for (const [i, file] of files.entries()) {
        process.stdout.write(`wrote ${file} (${teams[i].spec.members.length} profiles)\n`);
    }
    if (files.length === 0) {
        process.stdout.write(`domain ${domainId} has no user profiles to take over\n`);
    }
    for (const note of [...scan.notes, ...notes]) {
        process.stdout.write(`note: ${note}\n`);
    }
    return 0;
}
