// Waiting for a record: until the one the operation created or changed is InService (one that does
// not get there is still recorded, with the service's FailureReason), or until one being deleted
// is gone.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { Described } from "../../../gateway/records";
import { waitUntilAbsent, waitUntilInService } from "../../../gateway/status-waits";
import type { WaitOutcome } from "../../../gateway/waiter";
import type { Desired, ResourceKind } from "../kind";
import { subjectFor } from "../desired";
import { ResourceInitError } from "../init-error";
import { recordOutputs } from "./outputs";

function watched(kind: ResourceKind, client: SageMakerClient, domainId: string, name: string) {
    return { label: subjectFor(kind, domainId, name), noun: `the ${kind.shortNoun}`, describe: () => kind.record!.calls.describe(client, domainId, name) };
}

export async function settled(kind: ResourceKind, client: SageMakerClient, desired: Desired, verb: "created" | "updated"): Promise<Described> {
    const seconds = verb === "created" ? desired.timeouts.create : desired.timeouts.update;
    const outcome = await waitUntilInService(client, watched(kind, client, desired.domainId, desired.name), seconds);
    if (outcome.state === "done" && outcome.value) {
        return outcome.value;
    }
    const properties = outcome.value ? recordOutputs(kind, desired, outcome.value, desired.tags) : { ...desired.inputs };
    throw new ResourceInitError(notSettledMessage(desired.subject, verb, seconds, outcome), desired.id, properties, desired.inputs);
}

function notSettledMessage(subject: string, verb: "created" | "updated", seconds: number, outcome: WaitOutcome<{ Status?: string }>): string {
    const why =
        outcome.state === "timeout"
            ? `did not become InService within ${seconds}s (last status ${outcome.value?.Status ?? "unknown"}); raise timeouts.${verb === "created" ? "create" : "update"} or run pulumi up again`
            : `${outcome.reason}`;
    return `${subject} was ${verb} but ${why}. The next pulumi up retries.`;
}

/** Waits until a record being deleted is gone; fails on Delete_Failed or at the deadline. */
export async function waitUntilDeleted(kind: ResourceKind, client: SageMakerClient, domainId: string, name: string, remaining: number, timeout = remaining): Promise<void> {
    const outcome = await waitUntilAbsent(client, watched(kind, client, domainId, name), remaining);
    const subject = subjectFor(kind, domainId, name);
    if (outcome.state === "failed") {
        throw new Error(`${subject} could not be deleted: ${outcome.reason}. Fix the cause and run pulumi destroy (or up) again.`);
    }
    if (outcome.state === "timeout") {
        throw new Error(`${subject} was still ${outcome.value?.Status ?? "present"} after ${timeout}s; raise timeouts.delete or run again.`);
    }
}
