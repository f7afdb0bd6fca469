// The engine starts each plugin as the leader of a process group of its own, with the engine's
// address among its arguments. A plugin started just before the engine died may run nothing yet
// that watches the engine: the dynamic provider's launcher first looks the provider up, and the
// provider then loads Pulumi's SDK before any of this package's code runs; started after the
// engine's death, it would wait for calls forever. This host learns of the death at once and
// ends those process groups (a group holds the launcher and everything it started).
import { processTable } from "./process-table";

/** SIGKILLs the process groups of the plugins started with `engineAddress`, this host's excepted. */
export function endPluginsOf(engineAddress: string): void {
    if (engineAddress === "") return;
    for (const entry of processTable()) {
        const leadsItsGroup = entry.pid === entry.pgid;
        if (leadsItsGroup && entry.pid !== process.pid && entry.args.slice(1).includes(engineAddress)) {
            try {
                process.kill(-entry.pid, "SIGKILL");
            } catch {
                // Ended meanwhile.
            }
        }
    }
}
