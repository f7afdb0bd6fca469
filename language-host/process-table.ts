// The processes of this machine: from /proc on Linux, from `ps` elsewhere (macOS).
import { execFileSync } from "child_process";
import * as fs from "fs";

export interface ProcessEntry {
    pid: number;
    /** Its process group. */
    pgid: number;
    /** Its command line. `ps` splits it on white space, so an argument with spaces comes in pieces. */
    args: string[];
}

export function processTable(): ProcessEntry[] {
    return fs.existsSync("/proc/self/stat") ? processesFromProc() : processesFromPs();
}

export function processesFromProc(): ProcessEntry[] {
    const entries: ProcessEntry[] = [];
    for (const name of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(name)) continue;
        try {
            const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
            // After "(command)": state, parent, process group, …
            const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
            const args = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").filter((a) => a !== "");
            entries.push({ pid: Number(name), pgid, args });
        } catch {
            // It ended while the table was read.
        }
    }
    return entries;
}

export function processesFromPs(): ProcessEntry[] {
    const out = execFileSync("ps", ["-A", "-o", "pid=", "-o", "pgid=", "-o", "args="], { encoding: "utf8" });
    return out
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields.length >= 3)
        .map(([pid, pgid, ...args]) => ({ pid: Number(pid), pgid: Number(pgid), args }));
}
