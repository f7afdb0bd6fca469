// `pulumi refresh --preview-only`: what a refresh would record, with nothing written to state.
// Only the streamed JSON events carry each resource's inputs before and after (the `--json` digest
// of a refresh preview repeats the old state as the new one). `--expect-no-changes` makes the CLI
// exit 7 when anything would change.
import { spawn } from "child_process";

/** The CLI's exit status under `--expect-no-changes` when the refresh would change something. */
export const PULUMI_CHANGES_EXIT = 7;

export interface RefreshPreview {
    /** The CLI's exit status. */
    code: number;
    /** Its standard output: engine events, one JSON object a line. */
    events: string;
    stderr: string;
}

export function refreshPreview(options: { cwd?: string; stack?: string }): Promise<RefreshPreview> {
    const args = ["refresh", "--preview-only", "--json", "--expect-no-changes", "--non-interactive", ...(options.stack ? ["--stack", options.stack] : [])];
    return new Promise((resolve, reject) => {
        const child = spawn("pulumi", args, {
            cwd: options.cwd,
            env: { ...process.env, PULUMI_ENABLE_STREAMING_JSON_PREVIEW: "true" },
            stdio: ["ignore", "pipe", "pipe"],
        });
        let events = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (events += d));
        child.stderr.on("data", (d: Buffer) => (stderr += d));
        child.on("error", (err) => reject(new Error(`could not run pulumi (it must be on PATH): ${err.message}`)));
        child.on("close", (code) => resolve({ code: code ?? 1, events, stderr }));
    });
}
