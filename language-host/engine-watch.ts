// The engine runs this host as a child and talks to it over gRPC. When the
// engine dies without shutting the host down (a killed `pulumi`), nothing else
// would end the host: watch the engine's address and exit once it is gone, as
// the official host's health check does.
import * as net from "net";

const CHECK_EVERY_MS = 1000;
const FAILURES_BEFORE_EXIT = 3;

function reachable(address: string): Promise<boolean> {
    const colon = address.lastIndexOf(":");
    const host = address.slice(0, colon) || "127.0.0.1";
    const port = Number(address.slice(colon + 1));
    return new Promise((resolve) => {
        const socket = net.connect({ host, port });
        const done = (ok: boolean) => {
            socket.destroy();
            resolve(ok);
        };
        socket.setTimeout(CHECK_EVERY_MS, () => done(false));
        socket.once("connect", () => done(true));
        socket.once("error", () => done(false));
    });
}

/** Calls `onGone` once the engine at `address` has refused connections several times in a row. */
export function watchEngine(address: string, onGone: () => void): () => void {
    if (!/:\d+$/.test(address)) {
        return () => undefined;
    }
    let failures = 0;
    const timer = setInterval(async () => {
        failures = (await reachable(address)) ? 0 : failures + 1;
        if (failures >= FAILURES_BEFORE_EXIT) {
            clearInterval(timer);
            onGone();
        }
    }, CHECK_EVERY_MS);
    timer.unref();
    return () => clearInterval(timer);
}
