#!/usr/bin/env node
"use strict";
// Turns `pulumi preview` output into a Markdown summary for a pull-request comment.
//
//   PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true pulumi preview --json --policy-pack policy > preview.jsonl
//   node scripts/preview-summary.js preview.jsonl [more files…] [--title "…"] [--out summary.md]
//
// Each file is the `--json` digest or engine events as JSON lines (streaming `--json`, or
// `--event-log`); only events carry policy violations. Exits 0 whenever it could write the summary.
const fs = require("fs");
const { readPreview } = require("./preview-summary/read");
const { renderSummary } = require("./preview-summary/markdown");

function main(argv) {
    const files = [];
    let title;
    let out;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === "--title") title = argv[++i];
        else if (argv[i] === "--out") out = argv[++i];
        else files.push(argv[i]);
    }
    if (files.length === 0) {
        process.stderr.write("usage: preview-summary.js <preview.json|events.jsonl>... [--title T] [--out FILE]\n");
        return 2;
    }
    const markdown = renderSummary(readPreview(files.map((f) => fs.readFileSync(f, "utf8"))), { title });
    if (out) fs.writeFileSync(out, markdown);
    else process.stdout.write(markdown);
    return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { main };
