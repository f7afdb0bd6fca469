import * as assert from "assert";
import { spawn } from "child_process";
import * as path from "path";

const MODULE = path.join(__dirname, "..", "..", "..", "provider", "lifecycle", "engine-gone.ts");

// A child with the dynamic-provider host's handler of uncaught errors (it writes them to stderr)
// whose engine has gone: the parent closes the pipes, then the child writes a log line.
function orphan(withGuard: boolean): Promise<{ exited: boolean; code: number | null }> {
    const script = `
        const uncaught = new Set();
        const handler = (err) => { if (!uncaught.has(err)) { uncaught.add(err); console.error(err.stack || String(err)); } };
        process.on("uncaughtException", handler);
        process.on("unhandledRejection", handler);
        ${withGuard ? `require(${JSON.stringify(MODULE)}).exitWhenEngineGone();` : ""}
        process.stdout.write("ready\\n");
        setTimeout(() => { console.log("creating a profile"); }, 300);
        setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    return new Promise((resolve) => {
        child.stdout.once("data", () => {
            child.stdout.destroy();
            child.stderr.destroy();
        });
        const timer = setTimeout(() => {
            child.kill("SIGKILL");
            resolve({ exited: false, code: null });
        }, 4000);
        child.on("exit", (code) => {
            clearTimeout(timer);
            resolve({ exited: code !== null, code });
        });
    });
}

describe("provider/lifecycle/engine-gone", function () {
    this.timeout(20_000);

    it("ends a provider process whose engine has gone at its next log line", async () => {
        const result = await orphan(true);
        assert.deepStrictEqual(result, { exited: true, code: 1 });
    });

    it("without it, the host's handler keeps the orphan alive (the loop it guards against)", async () => {
        const result = await orphan(false);
        assert.strictEqual(result.exited, false);
    });
});
