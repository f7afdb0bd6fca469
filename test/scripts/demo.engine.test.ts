// The README's main job, as a user runs it: `node scripts/demo.js` twice (the
// second run changes nothing), then `node scripts/demo.js --destroy`. State
// goes to a work folder so a developer's own demo stack is left alone.
import * as assert from "assert";
import { spawn } from "child_process";
import * as path from "path";
import { ListUserProfilesCommand } from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, pulumiBinDir, REPO_ROOT } from "../support/engine";
import { emulatorClient } from "../support/profiles-stack";

const MEMBERS = ["amara-okafor", "bruno-silva", "chen-wei", "dana-kim", "emeka-nwosu", "farah-haddad", "gustavo-reyes", "hana-sato"];

function demo(stateRoot: string, ...args: string[]): Promise<{ code: number; output: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(REPO_ROOT, "scripts", "demo.js"), ...args], {
            cwd: REPO_ROOT,
            env: { ...process.env, DEMO_STATE_ROOT: stateRoot, SAGEMAKER_LOCAL_LATENCY_MS: "20" },
            stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout.on("data", (d: Buffer) => (output += d));
        child.stderr.on("data", (d: Buffer) => (output += d));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code: code ?? -1, output }));
    });
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
        const emulator = await startSageMakerLocal({ stateDir: path.join(stateRoot, ".sagemaker-local"), latencyMs: 0 });
        try {
            const listed = await emulatorClient(emulator).send(new ListUserProfilesCommand({ DomainIdEquals: "d-studiodemo001" }));
            assert.deepStrictEqual(listed.UserProfiles, []);
        } finally {
            await emulator.stop();
        }
    });
});
