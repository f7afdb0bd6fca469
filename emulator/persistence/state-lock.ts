import * as fs from "node:fs";
import * as path from "node:path";

/** One emulator per state directory: an exclusive lock file holding the owner's pid; a dead owner's lock is stale. */
export class StateLock {
    private constructor(private readonly file: string) {}

    static acquire(stateDir: string): StateLock {
        fs.mkdirSync(stateDir, { recursive: true });
        const file = path.join(stateDir, ".lock");
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                fs.writeFileSync(file, String(process.pid), { flag: "wx" });
                return new StateLock(file);
            } catch (error) {
                if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
                const owner = Number(fs.readFileSync(file, "utf8").trim());
                if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
                    throw new Error(`State directory ${stateDir} is in use by process ${owner}.`);
                }
                fs.rmSync(file, { force: true });
            }
        }
        throw new Error(`Could not lock state directory ${stateDir}.`);
    }

    release(): void {
        fs.rmSync(this.file, { force: true });
    }
}

/**
 * A process killed but not yet reaped by its parent (a zombie) still answers kill(pid, 0), so
 * where /proc exists its state decides: a zombie (Z) or dead (X) owner holds nothing.
 * Elsewhere kill(pid, 0) is the best available answer.
 */
function isAlive(pid: number): boolean {
    const state = procState(pid);
    if (state !== undefined) return state !== "Z" && state !== "X";
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === "EPERM";
    }
}

/**
 * The state letter of `/proc/<pid>/stat` ("pid (comm) S ...", comm may hold spaces and parentheses);
 * X (dead) when the pid has no entry; undefined without /proc or when it cannot be read.
 */
function procState(pid: number): string | undefined {
    if (!fs.existsSync("/proc/self/stat")) return undefined;
    let stat: string;
    try {
        stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === "ENOENT" ? "X" : undefined;
    }
    return stat.slice(stat.lastIndexOf(")") + 1).trim()[0];
}
