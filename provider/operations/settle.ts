// Waiting for a profile the operation created or changed to be InService. A profile that does not
// get there is still recorded (ProfileInitError), with the service's FailureReason.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { waitUntilSettled, type DescribedProfile } from "../aws/profiles";
import type { WaitOutcome } from "../aws/waiter";
import type { DesiredProfile } from "./desired-profile";
import { profileOutputs } from "./outputs";
import { ProfileInitError } from "./profile-init-error";

export async function settledProfile(client: SageMakerClient, desired: DesiredProfile, verb: "created" | "updated"): Promise<DescribedProfile> {
    const seconds = verb === "created" ? desired.timeouts.create : desired.timeouts.update;
    const outcome = await waitUntilSettled(client, desired.domainId, desired.userProfileName, seconds);
    if (outcome.state === "done" && outcome.value) {
        return outcome.value;
    }
    const properties = outcome.value ? profileOutputs(desired, outcome.value, desired.tags) : { ...desired.inputs };
    throw new ProfileInitError(notSettledMessage(`user profile ${desired.id}`, verb, seconds, outcome), desired.id, properties, desired.inputs);
}

/** Why a profile or a space the operation wrote is not InService, and what happens next. */
export function notSettledMessage(subject: string, verb: "created" | "updated", seconds: number, outcome: WaitOutcome<{ Status?: string }>): string {
    const why =
        outcome.state === "timeout"
            ? `did not become InService within ${seconds}s (last status ${outcome.value?.Status ?? "unknown"}); raise timeouts.${verb === "created" ? "create" : "update"} or run pulumi up again`
            : `${outcome.reason}`;
    return `${subject} was ${verb} but ${why}. The next pulumi up retries.`;
}
