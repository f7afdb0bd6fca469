// Waits for a profile (or app, or space) to settle, on the SDK's own waiter
// machinery. Most operations settle within seconds, some take minutes, so the
// interval between polls grows with the time already waited: polls start
// every `pollMinDelay` seconds, and each interval is kept until the wait has
// lasted PHASE_SPAN times it, then doubled. A poll therefore comes at most
// about 1 / PHASE_SPAN of the elapsed time after the change it observes (a
// fixed-base exponential backoff can overshoot a 2-second operation by a
// second and a 10-second one by eight). From `pollMaxDelay` on, the SDK's
// jittered backoff between half of it and all of it spreads the polls of
// long waits.
import { createWaiter, WaiterResult, WaiterState } from "@smithy/util-waiter";
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
/** An interval is used until the wait has lasted this many times it. */
export const PHASE_SPAN = 4;

interface PollPhase {
    /** Seconds between polls in this phase. */
    minDelay: number;
    maxDelay: number;
    /** Seconds since the wait began at which the phase ends; Infinity for the last. */
    until: number;
}

/** The schedule of polls: constant intervals doubling with the elapsed time, then jittered backoff. */
export function pollPhases(pollMinDelay: number, pollMaxDelay: number): PollPhase[] {
    const phases: PollPhase[] = [];
    for (let delay = pollMinDelay; delay < pollMaxDelay; delay *= 2) {
        // Half an interval of slack, so the phase's last poll is not lost to the time polls take.
        phases.push({ minDelay: delay, maxDelay: delay, until: (PHASE_SPAN + 0.5) * delay });
    }
    phases.push({ minDelay: Math.max(pollMinDelay, pollMaxDelay / 2), maxDelay: pollMaxDelay, until: Infinity });
    return phases;
}

export async function waitFor<T>(client: SageMakerClient, poll: Poll<T>, maxWaitSeconds: number): Promise<WaitOutcome<T>> {
    const { pollMinDelay, pollMaxDelay } = providerSettings();
    const started = Date.now();
    const deadline = started + Math.max(maxWaitSeconds, pollMinDelay + 1) * 1000;
    let lastProgress = started;
    let last: T | undefined;
    let lastReason: string | undefined;
    let polled = false;
    let firstCheckOfPhaseDone = false;
    const check = async (): Promise<WaiterResult> => {
        // A phase after the first starts right after the previous phase's last
        // poll: its first check waits for the next interval instead.
        if (polled && !firstCheckOfPhaseDone) {
            firstCheckOfPhaseDone = true;
            return { state: WaiterState.RETRY };
        }
        firstCheckOfPhaseDone = true;
        polled = true;
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
    };
    for (const phase of pollPhases(pollMinDelay, Math.max(pollMinDelay, pollMaxDelay))) {
        const phaseEnd = Math.min(deadline, started + phase.until * 1000);
        const remaining = (phaseEnd - Date.now()) / 1000;
        if (polled && remaining < phase.minDelay) {
            if (phaseEnd < deadline) {
                continue;
            }
            break;
        }
        firstCheckOfPhaseDone = false;
        const result = await createWaiter(
            {
                client,
                minDelay: phase.minDelay,
                maxDelay: phase.maxDelay,
                maxWaitTime: Math.max(remaining, phase.minDelay + 0.001),
            },
            undefined,
            check,
        );
        if (result.state === WaiterState.SUCCESS) {
            return { state: "done", value: last };
        }
        if (result.state === WaiterState.FAILURE) {
            return { state: "failed", value: last, reason: lastReason };
        }
        if (Date.now() + phase.minDelay * 1000 > deadline) {
            break;
        }
    }
    return { state: "timeout", value: last };
}
