#!/usr/bin/env node
// The main job: deploy the example teams (teams/*.yaml) with the real Pulumi
// CLI onto sagemaker-local, from a fresh clone, in one command.
//
//   npm run demo            install what is missing, start sagemaker-local, pulumi up, print the profiles
//   npm run demo:destroy    the same, but pulumi destroy
//
// State stays in the project: .pulumi-state/ (the stack), .pulumi-home/ and
// .sagemaker-local/ (the emulator's), so a second run shows no changes.
// Environment: SAGEMAKER_LOCAL_LATENCY_MS (default 500) sets how long the
// emulator's profiles stay Pending/Updating/Deleting; DEMO_STATE_ROOT moves
// the three state folders elsewhere (the tests use it).
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const readline = require("readline");

const root = path.resolve(__dirname, "..");
const STACK = "local";
const DOMAIN_ID = "d-studiodemo001";
const REGION = "us-east-1";

function step(message) {
    console.log(`\n==> ${message}`);
}

/** Runs a command with its output streamed; throws when it fails. */
function run(command, args, options = {}) {
    const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
    if (result.status !== 0) {
        throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    }
    return result;
}

function installWhatIsMissing() {
    if (!fs.existsSync(path.join(root, "node_modules", "@pulumi", "pulumi"))) {
        step("npm ci");
        run("npm", ["ci", "--no-audit", "--no-fund"]);
    }
    const built = ["dist/emulator/cli.js", "node_modules/pulumi-sagemaker-studio/dist/lib.js"].every((f) => fs.existsSync(path.join(root, f)));
    if (!built) {
        step("npm run build");
        run("npm", ["run", "build"]);
    }
    step("scripts/install-pulumi");
    const out = run("bash", [path.join(root, "scripts", "install-pulumi")], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
    const binDir = out.stdout.trim().split("\n").pop();
    if (!binDir || !fs.existsSync(path.join(binDir, "pulumi"))) {
        throw new Error(`scripts/install-pulumi printed ${binDir}, which holds no pulumi`);
    }
    console.log(`pulumi: ${path.join(binDir, "pulumi")}`);
    return binDir;
}

/** Starts the built sagemaker-local bin and resolves once it prints its URL. */
function startEmulator(stateDir, latencyMs) {
    const child = spawn(
        process.execPath,
        [path.join(root, "dist", "emulator", "cli.js"), "--port", "0", "--state-dir", stateDir, "--latency-ms", String(latencyMs), "--seed-domain", DOMAIN_ID],
        { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
    );
    return new Promise((resolve, reject) => {
        const lines = readline.createInterface({ input: child.stdout });
        const onExit = (code) => reject(new Error(`sagemaker-local exited with ${code} before listening`));
        child.once("exit", onExit);
        child.once("error", reject);
        lines.once("line", (line) => {
            const match = /listening on (http:\/\/\S+)/.exec(line);
            if (!match) {
                reject(new Error(`unexpected first line from sagemaker-local: ${line}`));
                return;
            }
            child.off("exit", onExit);
            lines.on("line", (l) => console.log(`[sagemaker-local] ${l}`));
            resolve({ url: match[1], child });
        });
    });
}

function stopEmulator(child) {
    if (child.exitCode !== null || child.signalCode !== null) {
        return Promise.resolve();
    }
    return new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
    });
}

function pulumi(binDir, env, args, options = {}) {
    return run(path.join(binDir, "pulumi"), ["--non-interactive", ...args], { env, ...options });
}

/** The profiles table, from the stack's outputs. */
function printProfiles(binDir, env) {
    const out = pulumi(binDir, env, ["stack", "output", "--json"], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
    const outputs = JSON.parse(out.stdout || "{}");
    const rows = (outputs.profiles ?? []).map((p) => [
        p.member,
        p.team,
        p.status,
        p.arn,
        Object.entries(p.defaultInstanceTypes ?? {}).map(([app, type]) => `${app}=${type}`).join(" ") || "-",
    ]);
    const header = ["MEMBER", "TEAM", "STATUS", "ARN", "DEFAULT INSTANCE TYPES"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
    console.log(`\n${line(header)}`);
    for (const row of rows) console.log(line(row));
    console.log(`\n${rows.length} profiles in domain ${DOMAIN_ID} on the stack "${STACK}".`);
}

async function main() {
    const destroy = process.argv.includes("--destroy");
    // The CI policy gate: preview the example teams with the policy pack and its production config.
    const gate = process.argv.includes("--policy-gate");
    const started = Date.now();
    const binDir = installWhatIsMissing();
    const { offlineEnvironment } = require("./offline-env");
    const stateRoot = path.resolve(process.env.DEMO_STATE_ROOT ?? root);
    const latencyMs = Number(process.env.SAGEMAKER_LOCAL_LATENCY_MS ?? 500);

    step(`starting sagemaker-local (state in ${path.relative(root, path.join(stateRoot, ".sagemaker-local")) || "."})`);
    const { url, child } = await startEmulator(path.join(stateRoot, ".sagemaker-local"), latencyMs);
    console.log(`sagemaker-local listening on ${url}`);
    try {
        const env = { ...process.env, ...offlineEnvironment(stateRoot, { binDir, endpoint: url }) };
        // Stack config lives beside the state when that is moved, so the project's own stays untouched.
        const configFile = stateRoot === root ? [] : ["--config-file", path.join(stateRoot, `Pulumi.${STACK}.yaml`)];
        const withConfig = (args) => [...args, ...configFile];
        step(`stack ${STACK}`);
        pulumi(binDir, env, ["stack", "select", STACK, "--create"]);
        // The emulator's port can change between runs: point the stack at it each time.
        pulumi(binDir, env, withConfig(["config", "set", "domainId", DOMAIN_ID]));
        pulumi(binDir, env, withConfig(["config", "set", "sagemaker:endpoint", url]));
        pulumi(binDir, env, withConfig(["config", "set", "sagemaker:region", REGION]));
        pulumi(binDir, env, withConfig(["config", "set", "sagemaker:pollMinDelay", "0.2"]));
        pulumi(binDir, env, withConfig(["config", "set", "sagemaker:pollMaxDelay", "1"]));
        if (destroy) {
            // The provider must see this run's endpoint, not the one in state: run the program.
            step("pulumi destroy --yes --run-program");
            pulumi(binDir, env, withConfig(["destroy", "--yes", "--run-program"]));
        } else if (gate) {
            step("pulumi preview --policy-pack policy --policy-pack-config policy/config/production.json");
            pulumi(binDir, env, withConfig([
                "preview", "--policy-pack", path.join(root, "policy"),
                "--policy-pack-config", path.join(root, "policy", "config", "production.json"),
            ]));
        } else {
            step("pulumi up --yes");
            pulumi(binDir, env, withConfig(["up", "--yes"]));
            printProfiles(binDir, env);
        }
    } finally {
        await stopEmulator(child);
    }
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error) => {
    console.error(`\ndemo failed: ${error.message}`);
    process.exit(1);
});
