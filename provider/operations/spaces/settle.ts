// Waiting for a space the operation created or changed to be InService. A space that does not get
// there is still recorded (ProfileInitError), with the service's FailureReason.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { waitUntilSpaceSettled, type DescribedSpace } from "../../aws/spaces";
import { ProfileInitError } from "../profile-init-error";
import { notSettledMessage } from "../settle";
import type { DesiredSpace } from "./desired-space";
import { spaceOutputs } from "./outputs";

export async function settledSpace(client: SageMakerClient, desired: DesiredSpace, verb: "created" | "updated"): Promise<DescribedSpace> {
    const seconds = verb === "created" ? desired.timeouts.create : desired.timeouts.update;
    const outcome = await waitUntilSpaceSettled(client, desired.domainId, desired.spaceName, seconds);
    if (outcome.state === "done" && outcome.value) {
        return outcome.value;
    }
    const properties = outcome.value ? spaceOutputs(desired, outcome.value, desired.tags) : { ...desired.inputs };
    throw new ProfileInitError(notSettledMessage(desired.subject, verb, seconds, outcome), desired.id, properties, desired.inputs);
}
