// The processes a test started, read from /proc: found by ancestry, or by what ties them to the
// test's own work folder (their working directory, command line or environment names it), so that
// other work on the machine never counts. Each is known by its pid and start time, so a pid the
// system hands out again is not mistaken for it.
import * as assert from "assert";
import * as fs from "fs";

export interface ProcessInfo {
    pid: number;
    ppid: number;
    /** Start time in clock ticks after boot: with the pid, identifies the process. */
    started: number;
    args: string;
    rssKb: number;
}

interface ProcessDetails extends ProcessInfo {
    cwd: string;
    /** NUL-separated, as /proc has them. */
    cmdline: string;
    environ: string;
}

function readProcess(pid: number): ProcessDetails | undefined {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        // After "(command)": state, ppid, pgrp, … (start time is the 20th field after the command).
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (fields[0] === "Z") return undefined;
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
        return {
            pid,
            ppid: Number(fields[1]),
            started: Number(fields[19]),
            args: cmdline.split("\0").join(" ").trim(),
            cmdline,
            rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
            cwd: fs.readlinkSync(`/proc/${pid}/cwd`),
            environ: fs.readFileSync(`/proc/${pid}/environ`, "utf8"),
        };
    } catch {
        return undefined;
    }
}

function allProcesses(): ProcessDetails[] {
    assert.ok(fs.existsSync("/proc/self/stat"), "these tests read the process table from /proc (Linux)");
    return fs
        .readdirSync("/proc")
        .filter((name) => /^\d+$/.test(name))
        .map((name) => readProcess(Number(name)))
        .filter((p): p is NonNullable<typeof p> => p !== undefined && p.pid !== process.pid);
}

/** Processes whose working directory, command line or environment names `dir` (this test process excepted). */
export function processesOf(dir: string): ProcessInfo[] {
    const names = (text: string) => text === dir || text.includes(`${dir}/`) || text.includes(`${dir}\0`);
    return allProcesses().filter((p) => names(p.cwd) || names(p.cmdline) || names(p.environ));
}

/** `pid` and every process below it now. */
export function processTree(pid: number): ProcessInfo[] {
    const all = allProcesses();
    const tree = all.filter((p) => p.pid === pid);
    for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i].pid));
    return tree;
}

function stillRunning(known: ProcessInfo): boolean {
    const now = readProcess(known.pid);
    return now !== undefined && now.started === known.started;
}

/**
 * What is still running `withinMs` after a kill: of `known` (a tree taken before it), and of
 * the processes of `dir` when given (those started after the tree was taken count too).
 */
export async function leftRunning(known: ProcessInfo[], dir: string | undefined, withinMs = 5000): Promise<ProcessInfo[]> {
    const deadline = Date.now() + withinMs;
    for (;;) {
        const left = new Map<number, ProcessInfo>();
        for (const p of known.filter(stillRunning)) left.set(p.pid, p);
        for (const p of dir === undefined ? [] : processesOf(dir)) left.set(p.pid, p);
        if (left.size === 0 || Date.now() > deadline) return [...left.values()];
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

export function describeProcesses(processes: ProcessInfo[]): string {
    const total = processes.reduce((sum, p) => sum + p.rssKb, 0);
    return `${processes.length} processes, ${Math.round(total / 1024)} MB:\n${processes.map((p) => `  ${p.pid} (${Math.round(p.rssKb / 1024)} MB) ${p.args.slice(0, 200)}`).join("\n")}`;
}

/** Fails, naming them, unless every process of `known` and of `dir` has ended within `withinMs`; ends what is left. */
export async function assertNothingLeft(known: ProcessInfo[], dir: string | undefined, withinMs = 5000): Promise<void> {
    const left = await leftRunning(known, dir, withinMs);
    for (const p of left) {
        try {
            process.kill(p.pid, "SIGKILL");
        } catch {
            // Ended meanwhile.
        }
    }
    assert.deepStrictEqual(left.length, 0, `left running ${withinMs} ms after the kill: ${describeProcesses(left)}`);
}
