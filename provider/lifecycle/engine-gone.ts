// A provider process outlives its engine (a CLI killed with SIGKILL, a CI job cancelled) unless it
// notices the engine is gone: the engine started it in a process group of its own and its launcher
// (`pulumi-resource-pulumi-nodejs`, a shell script) only waits for it. Two events end it:
// - the pipe the engine put on its stdin (the launcher hands it down) reaches end-of-file. The
//   engine never writes to it or closes it, so that happens exactly when the engine process is
//   gone, whether the provider is idle, waiting between status polls or in the middle of a call;
// - a write to the engine's pipes fails with EPIPE. Pulumi's dynamic-provider host reports an
//   uncaught error by writing it to stderr, which fails again: a loop that holds a core and grows
//   the heap by gigabytes until the process is killed.
// A provider that exits in the middle of a call leaves what a killed deployment leaves: a create
// already sent carries the owner tag by which the next `up` takes it over (record/recover.ts).
import * as fs from "fs";

let installed = false;

export function exitWhenEngineGone(): void {
    if (installed) return;
    installed = true;
    const exit = () => process.exit(1);
    for (const stream of [process.stdout, process.stderr]) {
        stream.on("error", exit);
    }
    const stdin = fs.fstatSync(0);
    if (stdin.isFIFO() || stdin.isSocket()) {
        process.stdin.once("end", exit).once("error", exit).resume().unref();
    }
}
