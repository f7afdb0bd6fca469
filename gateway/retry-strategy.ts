// How the provider retries a failed call. Throttling is not a failure to back off from at random:
// the operation's pacer (pacing.ts) already spaces the next attempt, so a throttled call is
// retried at its next slot, for as long as the throttle budget lasts. Other retryable errors
// (5xx, timeouts, connection resets) back off exponentially with full jitter, up to
// `maxAttempts` attempts. The SDK's own strategies draw both from one retry quota, which a
// deployment of hundreds of profiles under throttling empties, failing calls that would succeed.
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from "@smithy/types";

const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 20_000;
/** How long one call may keep being throttled before the error is reported. */
export const THROTTLE_BUDGET_MS = 10 * 60_000;

interface Token extends RetryToken {
    readonly started: number;
    readonly retries: number;
    readonly failures: number;
    readonly delayMs: number;
}

export class PacedRetryStrategy implements RetryStrategyV2 {
    constructor(
        private readonly maxAttempts: number,
        private readonly now: () => number = Date.now,
        private readonly random: () => number = Math.random,
    ) {}

    async acquireInitialRetryToken(): Promise<RetryToken> {
        return token(this.now(), 0, 0, 0);
    }

    async refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
        const t = previous as Token;
        if (info.errorType === "CLIENT_ERROR") {
            throw info.error ?? new Error("not retryable");
        }
        if (info.errorType === "THROTTLING") {
            if (this.now() - t.started > THROTTLE_BUDGET_MS) {
                throw info.error ?? new Error("throttled for too long");
            }
            return token(t.started, t.retries + 1, t.failures, hinted(info, this.now()) ?? 0);
        }
        const failures = t.failures + 1;
        if (failures >= this.maxAttempts) {
            throw info.error ?? new Error("out of attempts");
        }
        const backoff = this.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** failures);
        return token(t.started, t.retries + 1, failures, hinted(info, this.now()) ?? backoff);
    }

    recordSuccess(): void {}
}

function hinted(info: RetryErrorInfo, now: number): number | undefined {
    return info.retryAfterHint ? Math.min(MAX_DELAY_MS, Math.max(0, info.retryAfterHint.getTime() - now)) : undefined;
}

function token(started: number, retries: number, failures: number, delayMs: number): Token {
    return {
        started,
        retries,
        failures,
        delayMs,
        getRetryCount: () => retries,
        getRetryDelay: () => delayMs,
    };
}
