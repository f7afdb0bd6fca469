// `sagemaker-studio drift`: what changed out of band in a stack's members and spaces, from a refresh preview
// (nothing is written to state), as a Markdown report and an exit status a schedule can act on.
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import { readDrift } from "./drift-events";
import { renderDriftReport } from "./drift-report";
import { PULUMI_CHANGES_EXIT, refreshPreview } from "./refresh-preview";

/** The exit status when something drifted (0: nothing did; 1: an error; 2: a wrong command line). */
const DRIFT_EXIT = 3;

export const DRIFT_USAGE = `Usage: sagemaker-studio drift [--stack NAME] [--out FILE] [--cwd DIR]
  Runs pulumi refresh --preview-only (nothing is written to state) in a Pulumi project and writes a
  Markdown report of what changed out of band: per member and per space each setting and tag,
  from → to, the members and spaces that were deleted, and who joined or left the Identity Center
  group of a team built from one.
  --stack NAME   the stack (default: the selected stack)
  --out FILE     where to write the report (default: standard output)
  --cwd DIR      the project's directory (default: the current directory)
  Exit status: 0 no drift, ${DRIFT_EXIT} drift, 1 an error (pulumi's errors on standard error), 2 a wrong command line.
  Runs the pulumi on PATH with the environment's backend, passphrase and AWS credentials; it only
  reads from AWS (the profiles, spaces and tags; in SSO domains the assignments and the groups of
  teams built from one), so the read-only role of the README's Permissions is enough.`;

export async function driftCommand(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: { stack: { type: "string" }, out: { type: "string" }, cwd: { type: "string" } },
        strict: true,
    });
    const result = await refreshPreview({ cwd: values.cwd === undefined ? undefined : path.resolve(values.cwd), stack: values.stack });
    const drift = readDrift(result.events);
    if (result.code !== 0 && result.code !== PULUMI_CHANGES_EXIT) {
        const why = drift.errors.length > 0 ? drift.errors.join("\n") : result.stderr.trim();
        throw new Error(`pulumi refresh --preview-only exited with ${result.code}${why ? `:\n${why}` : ""}`);
    }
    const report = renderDriftReport(drift, { stack: values.stack });
    if (values.out !== undefined) fs.writeFileSync(values.out, report);
    else process.stdout.write(report);
    return drift.resources.length > 0 ? DRIFT_EXIT : 0;
}
