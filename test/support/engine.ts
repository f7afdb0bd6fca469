// Runs the real Pulumi engine for integration tests: the CLI from
// scripts/install-pulumi (failing, never skipping, when it cannot be had),
// projects in throw-away folders inside the repository (so the dynamic
// provider resolves this repository's node_modules), and the offline
// environment of scripts/offline-env.js.
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";

const { offlineEnvironment } = require("../../scripts/offline-env");

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const WORK_ROOT = path.join(REPO_ROOT, ".test-work");

let cachedBin: string | undefined;

/** The directory holding `pulumi` and its plugins; installs them on first use. */
export function pulumiBinDir(): string {
    if (!cachedBin) {
        const out = execFileSync("bash", [path.join(REPO_ROOT, "scripts", "install-pulumi")], {
            cwd: REPO_ROOT,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "inherit"],
        });
        cachedBin = out.trim().split("\n").pop()!;
        if (!fs.existsSync(path.join(cachedBin, "pulumi"))) {
            throw new Error(`scripts/install-pulumi printed ${cachedBin}, which holds no pulumi`);
        }
    }
    return cachedBin;
}

export interface CommandResult {
    code: number;
    stdout: string;
    stderr: string;
    /** stdout and stderr interleaved, for messages. */
    output: string;
}

let counter = 0;

/** A fresh folder under .test-work/, optionally seeded with a fixture's files. */
export function makeWorkDir(label: string, fixture?: string): string {
    const dir = path.join(WORK_ROOT, `${label}-${process.pid}-${Date.now().toString(36)}-${counter++}`);
    fs.mkdirSync(dir, { recursive: true });
    if (fixture) {
        fs.cpSync(fixture, dir, { recursive: true });
    }
    return dir;
}

/**
 * A fresh copy of a fixture policy pack. A pack resolves its dependencies from
 * its own folder, so policy/'s node_modules is linked into it.
 */
export function makePolicyPackDir(label: string, fixture: string): string {
    const dir = makeWorkDir(label, fixture);
    fs.symlinkSync(path.join(REPO_ROOT, "policy", "node_modules"), path.join(dir, "node_modules"));
    return dir;
}

/** npm settings that keep an install of local packages from calling the registry. */
export const NPM_LOCAL_INSTALL_ENV: Record<string, string> = {
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
};

export interface ProjectOptions {
    endpoint?: string;
    env?: Record<string, string>;
}

/** A Pulumi project folder with its own local backend, home and passphrase. */
export class PulumiProject {
    constructor(
        public dir: string,
        private readonly options: ProjectOptions = {},
    ) {}

    /** Environment for CLI runs: the process's, overlaid with the offline definition. */
    env(extra: Record<string, string> = {}): Record<string, string> {
        return {
            ...(process.env as Record<string, string>),
            ...offlineEnvironment(this.dir, { binDir: pulumiBinDir(), endpoint: this.options.endpoint }),
            ...(this.options.env ?? {}),
            ...extra,
        };
    }

    /** Runs `pulumi <args>` in the project folder; never throws on a non-zero exit. */
    run(args: string[], extraEnv: Record<string, string> = {}): Promise<CommandResult> {
        const bin = path.join(pulumiBinDir(), "pulumi");
        return new Promise((resolve, reject) => {
            const child = spawn(bin, ["--non-interactive", "--color", "never", ...args], {
                cwd: this.dir,
                env: this.env(extraEnv),
                stdio: ["ignore", "pipe", "pipe"],
            });
            let stdout = "";
            let stderr = "";
            let output = "";
            child.stdout.on("data", (d: Buffer) => {
                stdout += d;
                output += d;
            });
            child.stderr.on("data", (d: Buffer) => {
                stderr += d;
                output += d;
            });
            child.on("error", reject);
            child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr, output }));
        });
    }

    /** Like `run`, but throws with the command's output when it fails. */
    async ok(args: string[], extraEnv: Record<string, string> = {}): Promise<CommandResult> {
        const result = await this.run(args, extraEnv);
        if (result.code !== 0) {
            throw new Error(`pulumi ${args.join(" ")} exited with ${result.code}:\n${result.output}`);
        }
        return result;
    }

    /** `pulumi stack export` as parsed JSON. */
    async exportStack(): Promise<StackExport> {
        const result = await this.ok(["stack", "export"]);
        return JSON.parse(result.stdout);
    }

    /** Moves the project folder (state and all) to a new place. */
    async moveTo(newDir: string, stack: string): Promise<void> {
        fs.renameSync(this.dir, newDir);
        this.dir = newDir;
        // The selected stack is remembered per folder; select it again.
        await this.ok(["stack", "select", stack]);
    }
}

export interface StateResource {
    urn: string;
    type: string;
    id?: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
}

export interface StackExport {
    deployment: { resources?: StateResource[] };
}

export function resourcesOfType(state: StackExport, type: string): StateResource[] {
    return (state.deployment.resources ?? []).filter((r) => r.type === type);
}

/** Removes every work folder this process made (kept on failure when KEEP_TEST_WORK is set). */
export function cleanWorkDirs(): void {
    if (process.env.KEEP_TEST_WORK || !fs.existsSync(WORK_ROOT)) {
        return;
    }
    for (const entry of fs.readdirSync(WORK_ROOT)) {
        if (entry.includes(`-${process.pid}-`)) {
            fs.rmSync(path.join(WORK_ROOT, entry), { recursive: true, force: true });
        }
    }
}
