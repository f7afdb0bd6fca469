import type { RateLimits } from "./fault-rules";

const WINDOW_MS = 1000;

/** Sliding one-second window per operation; calls beyond the limit are refused (and not counted). */
export class RateLimiter {
    private limits: RateLimits = {};
    private readonly accepted = new Map<string, number[]>();

    set(limits: RateLimits): void {
        this.limits = { ...limits };
        this.accepted.clear();
    }

    current(): RateLimits {
        return { ...this.limits };
    }

    /** True when the call may proceed; a limit may name the operation or its full `X-Amz-Target` (`target`). */
    admit(operation: string, now: number, target?: string): boolean {
        const buckets = [operation, ...(target !== undefined ? [target] : []), "*"];
        for (const bucket of buckets) {
            const limit = this.limits[bucket];
            if (limit === undefined) continue;
            const recent = (this.accepted.get(bucket) ?? []).filter((time) => now - time < WINDOW_MS);
            this.accepted.set(bucket, recent);
            if (recent.length >= limit) return false;
        }
        for (const bucket of buckets) {
            if (this.limits[bucket] !== undefined) this.accepted.get(bucket)!.push(now);
        }
        return true;
    }
}
