// Waiting for a profile or a space, which report their status alike: settled once InService
// (failed on Failed, Update_Failed, Delete_Failed, or when it disappears), or gone (failed on
// Delete_Failed).
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { waitFor, type WaitOutcome } from "./waiter";

interface WithStatus {
    Status?: string;
    FailureReason?: string;
}

interface Watched<T extends WithStatus> {
    /** "user profile d-…/alice", "space d-…/alice-private". */
    label: string;
    /** "the profile", "the space". */
    noun: string;
    describe(): Promise<T | undefined>;
}

const failure = (value: WithStatus) => `${value.Status}: ${value.FailureReason ?? "no reason given"}`;

/** Waits until it leaves Pending/Updating: done when InService, failed when it failed or disappeared. */
export function waitUntilInService<T extends WithStatus>(client: SageMakerClient, watched: Watched<T>, seconds: number): Promise<WaitOutcome<T>> {
    return waitFor(
        client,
        {
            label: watched.label,
            describe: watched.describe,
            judge: (value) => {
                switch (value?.Status) {
                    case "InService":
                        return { state: "done" };
                    case "Failed":
                    case "Update_Failed":
                    case "Delete_Failed":
                        return { state: "failed", reason: failure(value) };
                    case undefined:
                        return { state: "failed", reason: `${watched.noun} disappeared` };
                    default:
                        return { state: "pending" };
                }
            },
            status: (value) => value?.Status ?? "gone",
        },
        seconds,
    );
}

/** Waits until it is gone; failed on Delete_Failed. */
export function waitUntilAbsent<T extends WithStatus>(client: SageMakerClient, watched: Watched<T>, seconds: number): Promise<WaitOutcome<T>> {
    return waitFor(
        client,
        {
            label: watched.label,
            describe: watched.describe,
            judge: (value) =>
                value === undefined ? { state: "done" } : value.Status === "Delete_Failed" ? { state: "failed", reason: failure(value) } : { state: "pending" },
            status: (value) => value?.Status ?? "gone",
        },
        seconds,
    );
}
