// The README's main job, as a user runs it: `node scripts/demo.js` twice (the
// second run changes nothing), then `node scripts/demo.js --destroy`; and a demo
// killed with SIGKILL, which leaves nothing it started running. State goes to
// work folders so a developer's own demo stack is left alone.
import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import { ListUserProfilesCommand } from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, pulumiBinDir, REPO_ROOT } from "../support/engine";
import { assertNothingLeft, processTree } from "../support/processes";
import { emulatorClient } from "../support/profiles-stack";
import { sleep } from "../support/reliability";


const MEMBERS = ["amara-okafor", "bruno-silva", "chen-wei", "dana-kim", "emeka-nwosu", "farah-haddad", "gustavo-reyes", "hana-sato"];

interface DemoRun {
    child: ChildProcess;
    output(): string;
    /** The demo process has ended (what it started may still hold its output open). */
    exited: Promise<void>;
    /** The demo and everything holding its output have ended. */
    done: Promise<{ code: number; output: string }>;
}

function startDemo(stateRoot: string, args: string[], latencyMs = 20): DemoRun {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "scripts", "demo.js"), ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, DEMO_STATE_ROOT: stateRoot, SAGEMAKER_LOCAL_LATENCY_MS: String(latencyMs) },
        stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const done = new Promise<{ code: number; output: string }>((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (code) => resolve({ code: code ?? -1, output }));
    });
    return { child, output: () => output, exited, done };
}

function demo(stateRoot: string, ...args: string[]): Promise<{ code: number; output: string }> {
    return startDemo(stateRoot, args).done;
}

/** The profiles in the emulator's state the demo kept in `stateRoot`, by name. */
async function keptProfiles(stateRoot: string): Promise<string[]> {
    const emulator = await startSageMakerLocal({ stateDir: path.join(stateRoot, ".sagemaker-local"), latencyMs: 0 });
    try {
        const listed = await emulatorClient(emulator).send(new ListUserProfilesCommand({ DomainIdEquals: "d-studiodemo001" }));
        return (listed.UserProfiles ?? []).map((p) => p.UserProfileName!).sort();
    } finally {
        await emulator.stop();
    }
}

/** The `Resources:` summary of the last pulumi command in the output. */
function summary(output: string): string {
    const at = output.lastIndexOf("Resources:");
    assert.ok(at >= 0, output);
    return output.slice(at, output.indexOf("Duration:", at));
}

describe("scripts/demo.js (npm run demo)", function () {
    let stateRoot: string;

    before(() => {
        pulumiBinDir();
        stateRoot = makeWorkDir("demo");
    });

    after(cleanWorkDirs);

    it("deploys the example teams and prints the profiles", async () => {
        const { code, output } = await demo(stateRoot);
        assert.strictEqual(code, 0, output);
        assert.match(summary(output), /\+ 15 created/);
        for (const member of MEMBERS) {
            assert.match(output, new RegExp(`^${member}\\s+\\S+\\s+InService\\s+arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-studiodemo001/${member}\\s+\\S`, "m"));
        }
        assert.match(output, /^emeka-nwosu\s+cv-research\s+InService\s+\S+\s+jupyterLab=ml\.g5\.2xlarge kernelGateway=ml\.g5\.12xlarge$/m);
        assert.match(output, /sagemaker-local stopped/);
    });

    it("shows no changes when run again on the kept emulator state", async () => {
        const { code, output } = await demo(stateRoot);
        assert.strictEqual(code, 0, output);
        const resources = summary(output);
        assert.match(resources, /15 unchanged/);
        assert.doesNotMatch(resources, /created|updated|deleted|replaced/);
        assert.match(output, /8 profiles in domain d-studiodemo001/);
    });

    it("destroys everything with --destroy", async () => {
        const { code, output } = await demo(stateRoot, "--destroy");
        assert.strictEqual(code, 0, output);
        assert.match(summary(output), /- 15 deleted/);
        // The emulator's kept state has no profile left.
        assert.deepStrictEqual(await keptProfiles(stateRoot), []);
    });

    it("killed with SIGKILL in the middle of pulumi up, leaves nothing running (sagemaker-local, the CLI, its plugins), and the next run converges", async () => {
        const killedRoot = makeWorkDir("demo-killed");
        // Profiles stay Pending for 2 s, so the kill lands while they are being created.
        const run = startDemo(killedRoot, [], 2000);
        while (!/UserProfile\s+\S+\s+creating/.test(run.output())) {
            assert.strictEqual(run.child.exitCode, null, run.output());
            await sleep(20);
        }
        const tree = processTree(run.child.pid!);
        assert.ok(tree.some((p) => p.args.includes("dynamic-provider")), `the provider runs at the kill:\n${run.output()}`);
        assert.ok(tree.some((p) => p.args.includes("emulator/cli.js")), "sagemaker-local runs at the kill");
        run.child.kill("SIGKILL");
        await run.exited;
        await assertNothingLeft(tree, killedRoot);

        // Stopped by the demo's guardian, the CLI released the stack's lock: the next run needs no `pulumi cancel`.
        const { code, output } = await demo(killedRoot);
        assert.strictEqual(code, 0, output);
        assert.match(output, /8 profiles in domain d-studiodemo001/);
        assert.deepStrictEqual(await keptProfiles(killedRoot), MEMBERS, "every member once");
    });
});
