// The engine starts this host with a pipe on its stdin, and the host starts its Node.js children
// the same way: a pipe nobody writes to, which reaches end-of-file exactly when the process at its
// other end is gone, however it ended (SIGKILL included).
import * as fs from "fs";

/** Calls `onClosed` once stdin, when it is a pipe, reaches its end. Does not keep the process alive. */
export function onStdinPipeClosed(onClosed: () => void): void {
    const stdin = fs.fstatSync(0);
    if (!stdin.isFIFO() && !stdin.isSocket()) return;
    process.stdin.once("end", onClosed).once("error", onClosed).resume().unref();
}
