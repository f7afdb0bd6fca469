import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { DescribeDomainCommand } from "@aws-sdk/client-sagemaker";
import { CLI_ENTRY, REPO_ROOT, sdkClient, spawnCliEmulator, tempDir, waitForExit } from "./helpers";

describe("emulator: sagemaker-local command", () => {
    it("is the package's sagemaker-local bin, a node script", () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
        assert.equal(pkg.bin["sagemaker-local"], "dist/emulator/cli.js");
        assert.equal(fs.readFileSync(CLI_ENTRY, "utf8").split("\n")[0], "#!/usr/bin/env node");
    });

    it("with --port 0 prints its URL as the first line, serves seeded domains, and stops on SIGTERM", async () => {
        const stateDir = tempDir();
        const { child, url, firstLine } = await spawnCliEmulator([
            "--port", "0", "--state-dir", stateDir, "--latency-ms", "5",
            "--seed-domain", "d-seeded000001", "--seed-domain", "d-seeded000002:SSO:VpcOnly",
        ]);
        try {
            assert.match(firstLine, /^sagemaker-local listening on http:\/\/127\.0\.0\.1:\d+$/);
            assert.notEqual(new URL(url).port, "0");
            const client = sdkClient({ url });
            const plain = await client.send(new DescribeDomainCommand({ DomainId: "d-seeded000001" }));
            assert.deepEqual([plain.Status, plain.AuthMode, plain.AppNetworkAccessType], ["InService", "IAM", "PublicInternetOnly"]);
            const sso = await client.send(new DescribeDomainCommand({ DomainId: "d-seeded000002" }));
            assert.deepEqual([sso.Status, sso.AuthMode, sso.AppNetworkAccessType], ["InService", "SSO", "VpcOnly"]);
            child.kill("SIGTERM");
            const exit = await waitForExit(child);
            assert.equal(exit.code, 0);
            assert.ok(!fs.existsSync(path.join(stateDir, ".lock")), "lock released");
        } finally {
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        }
    });

    it("refuses a non-loopback --host unless --allow-non-loopback is given", () => {
        const run = (args: string[]) =>
            spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", CLI_ENTRY, "--port", "0", "--state-dir", tempDir(), ...args], {
                cwd: REPO_ROOT,
                encoding: "utf8",
                timeout: 20000,
            });
        const refused = run(["--host", "0.0.0.0"]);
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /non-loopback/);
        assert.equal(refused.stdout, "");
        const badSeed = run(["--seed-domain", "D-UPPER"]);
        assert.equal(badSeed.status, 2);
        assert.match(badSeed.stderr, /seed domain/);
    });

    it("binds a non-loopback host when explicitly allowed", async () => {
        const { child, firstLine } = await spawnCliEmulator(["--port", "0", "--state-dir", tempDir(), "--host", "0.0.0.0", "--allow-non-loopback"]);
        try {
            assert.match(firstLine, /^sagemaker-local listening on http:\/\/0\.0\.0\.0:\d+$/);
        } finally {
            child.kill("SIGINT");
            assert.equal((await waitForExit(child)).code, 0);
        }
    });
});
