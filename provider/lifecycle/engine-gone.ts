// The provider process writes its logs to pipes the engine reads. When the engine dies (a CLI
// killed with SIGKILL, a CI job cancelled), its plugins outlive it, and the next write fails with
// EPIPE. Pulumi's dynamic-provider host reports an uncaught error by writing it to stderr, which
// fails with EPIPE again: a loop that holds a core and grows the heap by gigabytes until the
// process is killed. A failed write to the engine's pipes therefore ends the process: nobody is
// left to serve.
let installed = false;

export function exitWhenEngineGone(): void {
    if (installed) return;
    installed = true;
    for (const stream of [process.stdout, process.stderr]) {
        stream.on("error", () => process.exit(1));
    }
}
