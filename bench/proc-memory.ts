// What the processes of one Pulumi command cost: polls /proc for the
// command's descendants, recording the peak resident memory (VmHWM) of the
// dynamic-provider process (`@pulumi/pulumi/cmd/dynamic-provider`), the peak of
// one process of each kind, and the CPU time of each kind of process (engine,
// program, provider).
import * as fs from "fs";

export type ProcessKind = "engine" | "program" | "provider" | "other";

function readOrEmpty(file: string): string {
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        return "";
    }
}

/** Fields of /proc/PID/stat after the parenthesised command name. */
function statFields(pid: number): string[] {
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function parentOf(pid: number): number | undefined {
    const ppid = Number(statFields(pid)[1]);
    return Number.isFinite(ppid) ? ppid : undefined;
}

function descendsFrom(pid: number, ancestor: number): boolean {
    let current: number | undefined = pid;
    for (let depth = 0; current !== undefined && current > 1 && depth < 16; depth++) {
        if (current === ancestor) {
            return true;
        }
        current = parentOf(current);
    }
    return false;
}

/** VmHWM in bytes, or undefined when the process is gone. */
function peakResident(pid: number): number | undefined {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readOrEmpty(`/proc/${pid}/status`));
    return match ? Number(match[1]) * 1024 : undefined;
}

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a process (utime and stime are fields 14 and 15). */
function cpuSeconds(pid: number): number | undefined {
    const fields = statFields(pid);
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / TICKS_PER_SECOND : undefined;
}

function kindOf(cmdline: string): ProcessKind {
    // A `pulumi` started by another process (the Automation API of the stacks runner) is an engine too.
    if (/(^|\/)pulumi$/.test(cmdline.split(" ")[0] ?? "")) {
        return "engine";
    }
    if (cmdline.includes("dynamic-provider")) {
        return "provider";
    }
    if (cmdline.includes("cmd/run") || cmdline.includes("language-host") || cmdline.includes("pulumi-language-nodejs")) {
        return "program";
    }
    return "other";
}

interface Tracked {
    kind: ProcessKind;
    peak: number;
    cpu: number;
}

export class ProcessSampler {
    private readonly tracked = new Map<number, Tracked>();
    private readonly ignored = new Set<number>();
    private timer: NodeJS.Timeout | undefined;

    constructor(
        private readonly rootPid: number,
        private readonly everyMs = 200,
    ) {}

    start(): void {
        this.sample();
        this.timer = setInterval(() => this.sample(), this.everyMs);
    }

    /** Takes a last sample of the root (still a zombie until reaped) and stops. */
    stop(): void {
        if (this.timer) {
            clearInterval(this.timer);
        }
    }

    /** The largest VmHWM seen across the command's provider processes (bytes), 0 if none ran. */
    providerPeakBytes(): number {
        return Math.max(0, ...[...this.tracked.values()].filter((t) => t.kind === "provider").map((t) => t.peak));
    }

    /** The largest VmHWM of one process of each kind (bytes). */
    peakBytesByKind(): Record<ProcessKind, number> {
        const peaks: Record<ProcessKind, number> = { engine: 0, program: 0, provider: 0, other: 0 };
        for (const t of this.tracked.values()) {
            peaks[t.kind] = Math.max(peaks[t.kind], t.peak);
        }
        return peaks;
    }

    /** CPU seconds by kind of process, as last seen (a process's final moments may be missed). */
    cpuSecondsByKind(): Record<ProcessKind, number> {
        const totals: Record<ProcessKind, number> = { engine: 0, program: 0, provider: 0, other: 0 };
        for (const t of this.tracked.values()) {
            totals[t.kind] += t.cpu;
        }
        return totals;
    }

    private sample(): void {
        if (!fs.existsSync("/proc/self/stat")) {
            return;
        }
        this.record(this.rootPid, "engine");
        for (const entry of fs.readdirSync("/proc")) {
            const pid = Number(entry);
            if (!Number.isInteger(pid) || pid === this.rootPid || this.ignored.has(pid)) {
                continue;
            }
            if (!this.tracked.has(pid)) {
                if (!descendsFrom(pid, this.rootPid)) {
                    this.ignored.add(pid);
                    continue;
                }
                this.record(pid, kindOf(readOrEmpty(`/proc/${pid}/cmdline`).replace(/\0/g, " ")));
            } else {
                this.record(pid, this.tracked.get(pid)!.kind);
            }
        }
    }

    private record(pid: number, kind: ProcessKind): void {
        const cpu = cpuSeconds(pid);
        const peak = peakResident(pid);
        if (cpu === undefined && peak === undefined) {
            return;
        }
        const known = this.tracked.get(pid) ?? { kind, peak: 0, cpu: 0 };
        known.peak = Math.max(known.peak, peak ?? 0);
        known.cpu = Math.max(known.cpu, cpu ?? 0);
        this.tracked.set(pid, known);
    }
}
