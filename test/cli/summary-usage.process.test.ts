// `sagemaker-studio summary` as a command: a wrong command line is a usage error.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { REPO_ROOT } from "../support/engine";

const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");

describe("sagemaker-studio summary, the command", () => {
    it("exits 2 with usage when given no file", () => {
        assert.throws(
            () => execFileSync(process.execPath, [COMMAND, "summary"], { stdio: "pipe" }),
            (e: { status: number; stderr: Buffer }) => e.status === 2 && /summary needs at least one PREVIEW_FILE/.test(e.stderr.toString()),
        );
    });
});
