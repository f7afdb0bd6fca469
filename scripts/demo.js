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
const { spawn } = require("child_process");
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

// Given a pid, stops that process once its stdin closes before a line arrives: the demo has
// ended, however (SIGKILL included). A line says the process ended first. It stops it as Ctrl-C
// pressed twice would: the Pulumi CLI cancels at a first SIGTERM and, at a second one, terminates at
// once, recording the operations in flight and releasing the stack's lock (a SIGTERM arriving before
// it has acted on the first is merged into it, hence the pause). What still runs 2 s later is killed.
const STOP_WITH_PARENT = `read -r ended && exit
kill -TERM "$1" 2>/dev/null && sleep 1 && kill -TERM "$1" 2>/dev/null && sleep 2 && kill -KILL "$1" 2>/dev/null`;

/**
 * A child of the demo (npm, the Pulumi CLI, sagemaker-local) ends with it: beside it runs a small
 * `sh` that holds a pipe from the demo. The CLI's plugins end with the CLI.
 */
function endsWithTheDemo(child) {
    const guardian = spawn("sh", ["-c", STOP_WITH_PARENT, "sh", String(child.pid)], { stdio: ["pipe", "ignore", "ignore"] });
    guardian.unref();
    guardian.stdin.unref();
    guardian.stdin.on("error", () => undefined);
    child.once("exit", () => guardian.stdin.end("ended\n"));
}

/** Runs a command with its output streamed (stdout kept when piped); rejects when it fails. */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
        child.once("spawn", () => endsWithTheDemo(child));
        let stdout = "";
        child.stdout?.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
        child.once("error", reject);
        child.once("close", (code, signal) =>
            code === 0 ? resolve({ stdout }) : reject(new Error(`${command} ${args.join(" ")} failed (exit ${code ?? signal})`)),
        );
    });
}

async function installWhatIsMissing() {
    if (!fs.existsSync(path.join(root, "node_modules", "@pulumi", "pulumi"))) {
        step("npm ci");
        await run("npm", ["ci", "--no-audit", "--no-fund"]);
    }
    const built = ["dist/emulator/cli.js", "node_modules/pulumi-sagemaker-studio/dist/lib.js"].every((f) => fs.existsSync(path.join(root, f)));
    if (!built) {
        step("npm run build");
        await run("npm", ["run", "build"]);
    }
    step("scripts/install-pulumi");
    const out = await run("bash", [path.join(root, "scripts", "install-pulumi")], { stdio: ["ignore", "pipe", "inherit"] });
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
    child.once("spawn", () => endsWithTheDemo(child));
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
async function printProfiles(binDir, env) {
    const out = await pulumi(binDir, env, ["stack", "output", "--json"], { stdio: ["ignore", "pipe", "inherit"] });
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
    const binDir = await installWhatIsMissing();
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
        await pulumi(binDir, env, ["stack", "select", STACK, "--create"]);
        // The emulator's port can change between runs: point the stack at it each time.
        await pulumi(binDir, env, withConfig(["config", "set", "domainId", DOMAIN_ID]));
        await pulumi(binDir, env, withConfig(["config", "set", "sagemaker:endpoint", url]));
        await pulumi(binDir, env, withConfig(["config", "set", "sagemaker:region", REGION]));
        await pulumi(binDir, env, withConfig(["config", "set", "sagemaker:pollMinDelay", "0.2"]));
        await pulumi(binDir, env, withConfig(["config", "set", "sagemaker:pollMaxDelay", "1"]));
        if (destroy) {
            // The provider must see this run's endpoint, not the one in state: run the program.
            step("pulumi destroy --yes --run-program");
            await pulumi(binDir, env, withConfig(["destroy", "--yes", "--run-program"]));
        } else if (gate) {
            step("pulumi preview --policy-pack policy --policy-pack-config policy/config/production.json");
            await pulumi(binDir, env, withConfig([
                "preview", "--policy-pack", path.join(root, "policy"),
                "--policy-pack-config", path.join(root, "policy", "config", "production.json"),
            ]));
        } else {
            step("pulumi up --yes");
            await pulumi(binDir, env, withConfig(["up", "--yes"]));
            await printProfiles(binDir, env);
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
