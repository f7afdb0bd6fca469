// Peak resident memory (VmHWM) of the dynamic-provider processes started by
// one Pulumi command: polls /proc for descendants of the command's process
// whose command line runs `@pulumi/pulumi/cmd/dynamic-provider`.
import * as fs from "fs";

function readOrEmpty(file: string): string {
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        return "";
    }
}

function parentOf(pid: number): number | undefined {
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    // The command name (field 2) is parenthesised and may hold spaces.
    const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(after[1]);
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

export class ProviderMemorySampler {
    private readonly peaks = new Map<number, number>();
    private timer: NodeJS.Timeout | undefined;

    constructor(
        private readonly rootPid: number,
        private readonly everyMs = 200,
    ) {}

    start(): void {
        this.sample();
        this.timer = setInterval(() => this.sample(), this.everyMs);
    }

    stop(): void {
        if (this.timer) {
            clearInterval(this.timer);
        }
    }

    /** The largest VmHWM seen across the command's provider processes (bytes), 0 if none ran. */
    peakBytes(): number {
        return Math.max(0, ...this.peaks.values());
    }

    private sample(): void {
        if (!fs.existsSync("/proc/self/status")) {
            return;
        }
        for (const entry of fs.readdirSync("/proc")) {
            const pid = Number(entry);
            if (!Number.isInteger(pid) || pid === this.rootPid) {
                continue;
            }
            const known = this.peaks.has(pid);
            if (!known) {
                const cmdline = readOrEmpty(`/proc/${pid}/cmdline`);
                if (!cmdline.includes("dynamic-provider") || !descendsFrom(pid, this.rootPid)) {
                    continue;
                }
            }
            const peak = peakResident(pid);
            if (peak !== undefined) {
                this.peaks.set(pid, Math.max(peak, this.peaks.get(pid) ?? 0));
            }
        }
    }
}
