// `sagemaker-studio summary`: the Markdown summary of a `pulumi preview` for a pull-request comment.
// With AWS options it also looks up, read-only, what deleting the deleted and replaced members'
// profiles would lose.
import * as fs from "fs";
import { parseArgs } from "node:util";
import { awsClientFrom, AWS_OPTIONS, AWS_USAGE } from "../aws-options";
import { UsageError } from "../usage-error";
import { lookUpDataLoss, type DataLoss } from "./data-loss";
import { profilesToDelete, spacesToDelete, summaryMembers } from "./members";
import { readPreview } from "./preview-reading";
import { DEFAULT_TITLE, renderSummary } from "./summary-markdown";

export const SUMMARY_USAGE = `Usage: sagemaker-studio summary PREVIEW_FILE... [--title T] [--out FILE] [aws options]
  Writes the Markdown summary of a pulumi preview, for a pull-request comment: per member what is
  created, adopted, updated, replaced or deleted, each setting from → to, what SageMaker keeps,
  every policy result with its level, and loud warnings for what would be lost.
  PREVIEW_FILE         output of pulumi preview --json: engine events (PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true,
                       the only form with policy results), the digest, or an --event-log file; several are merged
  --title T            the heading (default: "${DEFAULT_TITLE}")
  --out FILE           where to write the Markdown (default: standard output)
  With any AWS option, the private spaces and running apps of deleted and replaced members are
  looked up, and the running apps of deleted spaces (ListSpaces, ListApps: read-only); without,
  the summary says they were not.
${AWS_USAGE}`;

export async function summaryCommand(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv,
        options: { title: { type: "string" }, out: { type: "string" }, ...AWS_OPTIONS },
        allowPositionals: true,
        strict: true,
    });
    if (positionals.length === 0) {
        throw new UsageError(`summary needs at least one PREVIEW_FILE\n\n${SUMMARY_USAGE}`);
    }
    const preview = readPreview(positionals.map((file) => fs.readFileSync(file, "utf8")));
    const lookUp = values.region !== undefined || values["endpoint-url"] !== undefined || values.profile !== undefined;
    const members = summaryMembers(preview);
    const dataLoss: DataLoss = lookUp ? await lookUpDataLoss(awsClientFrom(values), profilesToDelete(members), spacesToDelete(members)) : { looked: false };
    const markdown = renderSummary(preview, { title: values.title, dataLoss });
    if (values.out !== undefined) fs.writeFileSync(values.out, markdown);
    else process.stdout.write(markdown);
    return 0;
}
