import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content:
 * write a temp file in the same directory, fsync it, rename it over the target, fsync the directory.
 */
export function writeFileAtomically(target: string, content: string): void {
    const directory = path.dirname(target);
    fs.mkdirSync(directory, { recursive: true });
    const temp = path.join(directory, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    const fd = fs.openSync(temp, "w", 0o600);
    try {
        fs.writeFileSync(fd, content);
        fs.fsyncSync(fd);
    } finally {
        fs.closeSync(fd);
    }
    try {
        fs.renameSync(temp, target);
    } catch (error) {
        fs.rmSync(temp, { force: true });
        throw error;
    }
    syncDirectory(directory);
}

/** Makes the rename itself durable. */
function syncDirectory(directory: string): void {
    const fd = fs.openSync(directory, "r");
    try {
        fs.fsyncSync(fd);
    } finally {
        fs.closeSync(fd);
    }
}
