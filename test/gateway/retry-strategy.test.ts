import * as assert from "assert";
import type { RetryErrorInfo, RetryToken } from "@smithy/types";
import { PacedRetryStrategy, THROTTLE_BUDGET_MS } from "../../gateway/retry-strategy";

const error = (name: string) => Object.assign(new Error(name), { name, $metadata: {} }) as NonNullable<RetryErrorInfo["error"]>;
const info = (errorType: RetryErrorInfo["errorType"], extra: Partial<RetryErrorInfo> = {}): RetryErrorInfo => ({ errorType, error: error(errorType), ...extra });

describe("gateway/retry-strategy", () => {
    it("does not retry client errors", async () => {
        const strategy = new PacedRetryStrategy(10);
        const token = await strategy.acquireInitialRetryToken();
        await assert.rejects(strategy.refreshRetryTokenForRetry(token, info("CLIENT_ERROR")), /CLIENT_ERROR/);
    });

    it("retries server errors with growing, jittered backoff, up to maxAttempts attempts", async () => {
        const strategy = new PacedRetryStrategy(4, Date.now, () => 1);
        let token: RetryToken = await strategy.acquireInitialRetryToken();
        const delays: number[] = [];
        for (let i = 0; i < 3; i++) {
            token = await strategy.refreshRetryTokenForRetry(token, info("SERVER_ERROR"));
            delays.push(token.getRetryDelay());
        }
        assert.deepStrictEqual(delays, [200, 400, 800]);
        assert.strictEqual(token.getRetryCount(), 3);
        await assert.rejects(strategy.refreshRetryTokenForRetry(token, info("TRANSIENT")), /TRANSIENT/);
    });

    it("retries throttling without backoff (the pacer spaces the attempt) until the budget is spent", async () => {
        let now = 0;
        const strategy = new PacedRetryStrategy(2, () => now);
        let token: RetryToken = await strategy.acquireInitialRetryToken();
        for (let i = 0; i < 50; i++) {
            token = await strategy.refreshRetryTokenForRetry(token, info("THROTTLING"));
            assert.strictEqual(token.getRetryDelay(), 0);
            now += 1000;
        }
        // Throttles do not use up the attempts for other errors.
        token = await strategy.refreshRetryTokenForRetry(token, info("SERVER_ERROR"));
        now = THROTTLE_BUDGET_MS + 1;
        await assert.rejects(strategy.refreshRetryTokenForRetry(token, info("THROTTLING")), /THROTTLING/);
    });

    it("honours the service's Retry-After", async () => {
        const now = 1_000_000;
        const strategy = new PacedRetryStrategy(5, () => now);
        const token = await strategy.acquireInitialRetryToken();
        const next = await strategy.refreshRetryTokenForRetry(token, info("THROTTLING", { retryAfterHint: new Date(now + 3000) }));
        assert.strictEqual(next.getRetryDelay(), 3000);
    });
});
