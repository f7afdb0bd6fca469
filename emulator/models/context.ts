import type { Partition } from "./naming";
import type { RegionState } from "./records";

/** What a backend operation sees: one account's state in one region, the clock and the latency. */
export interface BackendContext extends Partition {
    state: RegionState;
    now: number;
    latencyMs: number;
    /** Consumes a pending "leave the resource failed" fault for this call, if any. */
    takeFailureReason(): string | undefined;
}
