// The stacks of the Pulumi project in a folder, through the `pulumi` CLI: their state exported and
// imported, moved between them (`pulumi state move`: the backend only, no provider is called), and
// their config. Every command names its stack; none selects one.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { PulumiCommand } from "@pulumi/pulumi/automation";
import type { StackState } from "./stack-state";

const exec = promisify(execFile);

export class ProjectStacks {
    private constructor(
        readonly projectDir: string,
        private readonly pulumi: string,
    ) {}

    static async in(projectDir: string): Promise<ProjectStacks> {
        return new ProjectStacks(projectDir, (await PulumiCommand.get({ skipVersionCheck: true })).command);
    }

    private async run(args: string[]): Promise<string> {
        try {
            return (await exec(this.pulumi, ["--non-interactive", "--color", "never", ...args], { cwd: this.projectDir, maxBuffer: 1024 * 1024 * 1024 })).stdout;
        } catch (error) {
            const said = String((error as { stderr?: string }).stderr ?? "").trim();
            throw new Error(`pulumi ${args.join(" ")} failed${said ? `: ${said}` : ""}`);
        }
    }

    async names(): Promise<string[]> {
        return (JSON.parse(await this.run(["stack", "ls", "--json"])) as { name: string }[]).map((s) => s.name);
    }

    async exportState(stack: string): Promise<StackState> {
        return JSON.parse(await this.run(["stack", "export", "--stack", stack])) as StackState;
    }

    async importState(stack: string, state: StackState): Promise<void> {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-import-"));
        try {
            const file = path.join(dir, "state.json");
            fs.writeFileSync(file, JSON.stringify(state));
            await this.run(["stack", "import", "--stack", stack, "--file", file]);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }

    /** A new stack with the config of `configFrom`. */
    async create(stack: string, configFrom: string): Promise<void> {
        await this.run(["stack", "init", "--no-select", "--stack", stack]);
        await this.run(["config", "cp", "--stack", configFrom, "--dest", stack]);
    }

    async moveState(from: string, to: string, urns: readonly string[]): Promise<void> {
        await this.run(["state", "move", "--source", from, "--dest", to, "--yes", ...urns]);
    }

    async configValue(stack: string, key: string): Promise<string | undefined> {
        try {
            return (await this.run(["config", "get", key, "--stack", stack])).trim();
        } catch {
            return undefined;
        }
    }

    async setConfig(stack: string, key: string, value: string): Promise<void> {
        await this.run(["config", "set", key, value, "--stack", stack]);
    }
}
