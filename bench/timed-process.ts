// Runs a command to completion, collecting its output and its wall time.
import { ChildProcess, spawn } from "child_process";
import { ProcessSampler } from "./proc-memory";

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

/** Like `runTimed`, with the command's processes sampled for memory and CPU until it ends. */
export async function runSampled(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<TimedProcess & { sampler: ProcessSampler }> {
    let sampler: ProcessSampler | undefined;
    const run = await runTimed(command, args, options, (child) => {
        sampler = new ProcessSampler(child.pid!);
        sampler.start();
    });
    sampler!.stop();
    return { ...run, sampler: sampler! };
}
