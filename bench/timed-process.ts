// Runs a command to completion, collecting its output and its wall time.
import { ChildProcess, spawn } from "child_process";

export interface TimedProcess {
    ms: number;
    code: number;
    /** stdout and stderr interleaved. */
    output: string;
}

/** `onStart` sees the child as soon as it exists (e.g. to sample its processes). */
export async function runTimed(
    command: string,
    args: string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv },
    onStart?: (child: ChildProcess) => void,
): Promise<TimedProcess> {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    onStart?.(child);
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    const code = await new Promise<number>((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (c) => resolve(c ?? -1));
    });
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, code, output };
}
