// Waits for a profile (or app, or space) to settle, on the SDK's own waiter
// machinery: exponential backoff with jitter up to a maximum wait.
import { createWaiter, WaiterState } from "@smithy/util-waiter";
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { providerSettings } from "./settings";

export interface Poll<T> {
    /** Describes the resource; `undefined` when it no longer exists. */
    describe(): Promise<T | undefined>;
    /** "done", "failed" (with a reason) or "pending" for what describe returned. */
    judge(value: T | undefined): { state: "done" | "failed" | "pending"; reason?: string };
    /** Shown in progress lines: "user profile d-…/alice". */
    label: string;
    /** The status to print in progress lines. */
    status(value: T | undefined): string;
}

export interface WaitOutcome<T> {
    state: "done" | "failed" | "timeout";
    value: T | undefined;
    reason?: string;
}

const PROGRESS_EVERY_MS = 30_000;

export async function waitFor<T>(client: SageMakerClient, poll: Poll<T>, maxWaitSeconds: number): Promise<WaitOutcome<T>> {
    const { pollMinDelay, pollMaxDelay } = providerSettings();
    const started = Date.now();
    let lastProgress = started;
    let last: T | undefined;
    let lastReason: string | undefined;
    const result = await createWaiter(
        {
            client,
            minDelay: pollMinDelay,
            maxDelay: Math.max(pollMinDelay, pollMaxDelay),
            maxWaitTime: Math.max(maxWaitSeconds, pollMinDelay + 1),
        },
        undefined,
        async () => {
            last = await poll.describe();
            const verdict = poll.judge(last);
            if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
                lastProgress = Date.now();
                const elapsed = Math.round((lastProgress - started) / 1000);
                console.log(`${poll.label}: ${poll.status(last)} after ${elapsed}s, still waiting`);
            }
            if (verdict.state === "done") {
                return { state: WaiterState.SUCCESS };
            }
            if (verdict.state === "failed") {
                lastReason = verdict.reason;
                return { state: WaiterState.FAILURE };
            }
            return { state: WaiterState.RETRY };
        },
    );
    if (result.state === WaiterState.SUCCESS) {
        return { state: "done", value: last };
    }
    if (result.state === WaiterState.FAILURE) {
        return { state: "failed", value: last, reason: lastReason };
    }
    return { state: "timeout", value: last };
}
