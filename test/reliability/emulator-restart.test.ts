// The service goes away mid-run: sagemaker-local (the command-line emulator,
// durable state in a folder) is killed with SIGKILL while `pulumi up` creates a
// team, and started again on the same port and state. No write it acknowledged
// is lost, and the next `pulumi up` converges.
import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cleanWorkDirs, REPO_ROOT } from "../support/engine";
import { DOMAIN, emulatorClient, ProfilesStack } from "../support/profiles-stack";
import {
    assertConverged,
    emulatorProfiles,
    memberNames,
    okPulumi,
    seededRandom,
    size,
    sleep,
    startPulumi,
    teamOf,
} from "../support/reliability";

const MEMBERS = size(8, 20);
const CRASHES = size(2, 5);
const CLI = path.join(REPO_ROOT, "dist", "emulator", "cli.js");

interface RunningEmulator {
    child: ChildProcess;
    url: string;
}

async function startCli(stateDir: string, port: number): Promise<RunningEmulator> {
    const child = spawn(process.execPath, [CLI, "--port", String(port), "--state-dir", stateDir, "--latency-ms", "300", "--seed-domain", DOMAIN], {
        stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        let err = "";
        child.stderr!.on("data", (d: Buffer) => (err += d));
        child.stdout!.on("data", (d: Buffer) => {
            out += d;
            const match = /listening on (http:\/\/\S+)/.exec(out);
            if (match) resolve(match[1]);
        });
        child.once("exit", (code) => reject(new Error(`sagemaker-local exited with ${code}: ${err}`)));
    });
    return { child, url };
}

/** Calls acknowledged (logged with status 200) by this emulator process, of one operation or of all. */
async function acknowledged(url: string, operation?: string): Promise<number> {
    const response = await fetch(`${url}/_admin/requests`);
    const log = (await response.json()) as { operation: string; status: number }[];
    return log.filter((entry) => (operation === undefined || entry.operation === operation) && entry.status === 200).length;
}

function errorLines(output: string): string {
    const lines = output.split("\n").filter((line) => /^\s+(error|\* )/.test(line) && !/update failed/.test(line));
    return lines.length === 0 ? "no errors" : lines.slice(0, 3).map((line) => line.trim()).join(" | ");
}

function kill(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
    });
}

describe(`reliability: emulator killed and restarted mid-up (${MEMBERS} members, ${CRASHES} crashes)`, function () {
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "reliability-restart-"));
    let emulator: RunningEmulator | undefined;

    after(async () => {
        if (emulator) await kill(emulator.child);
        fs.rmSync(stateDir, { recursive: true, force: true });
        cleanWorkDirs();
    });

    it("loses no acknowledged write and converges on the next up", async () => {
        const random = seededRandom(777);
        emulator = await startCli(stateDir, 0);
        const port = Number(new URL(emulator.url).port);
        const stack = await ProfilesStack.create(emulator, "emulator-restart");
        const names = memberNames("restart", MEMBERS);
        await stack.declare(teamOf(names));
        const client = emulatorClient(emulator);
        const report: string[] = [];

        let run = startPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        let ended = false;
        let acknowledgedWrites = 0;
        for (let crash = 0; crash < CRASHES; crash++) {
            if (ended) {
                // An outage may fail the run (after the SDK's retries); the next crash hits the next up.
                const failed = await run.done;
                report.push(`  that up exited with ${failed.code}: ${errorLines(failed.output)}`);
                run = startPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
                ended = false;
            }
            const current = run;
            void current.done.then(() => (ended = current === run ? true : ended));
            // The first crash comes after a seeded number of acknowledged creates, later ones after a seeded
            // number of acknowledged calls of any kind (inside the waits), from the live request log.
            const operation = crash === 0 ? "CreateUserProfile" : undefined;
            const target = crash === 0 ? 1 + Math.floor(random() * (MEMBERS - 1)) : 3 + Math.floor(random() * 3 * MEMBERS);
            let seen = 0;
            while (seen < target && !ended) {
                seen = await acknowledged(emulator.url, operation);
                await sleep(40);
            }
            seen = await acknowledged(emulator.url, operation);
            const before = (await emulatorProfiles(client)).length;
            await kill(emulator.child);
            if (operation) acknowledgedWrites += seen;
            const downMs = Math.round(500 + random() * 1500);
            await sleep(downMs);
            emulator = await startCli(stateDir, port);
            const kept = await emulatorProfiles(client);
            report.push(
                `crash ${crash}: SIGKILL after ${seen} ${operation ?? "calls"} acknowledged by that process (${before} profiles listed just before), ` +
                    `down ${downMs} ms; ${kept.length} profiles after the restart`,
            );
            assert.ok(kept.length >= before, `an acknowledged write was lost: ${before} profiles before the crash, ${kept.length} after`);
        }
        const first = await run.done;
        report.push(`the last interrupted up exited with ${first.code}: ${errorLines(first.output)}`);
        const second = await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        report.push(`the next up: ${(/Resources:[\s\S]*?Duration/.exec(second.output)?.[0] ?? "").replace(/\s+/g, " ")}`);
        const converged = await assertConverged(stack, emulator, names);
        report.push(`converged: ${converged.inEmulator} in the emulator, ${converged.inState} in state, ${acknowledgedWrites} creates acknowledged before the first crash`);
        console.log(report.map((line) => `      ${line}`).join("\n"));
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview"]);
        assert.deepStrictEqual(await emulatorProfiles(client), []);
    });
});
