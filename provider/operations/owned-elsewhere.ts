// A profile or space that now carries another resource's owner tag was handed over
// (adopt: "takeover"): its old resource's delete only forgets it.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { listTags } from "../aws/tags";
import { OWNER_PROPERTY, OWNER_TAG } from "../common/ownership";

/** Whether the resource's ARN carries another owner token than the recorded one (state written before 0.2 records none). */
export async function ownedElsewhere(client: SageMakerClient, props: object, currentArn: () => Promise<string | undefined>, subject: string): Promise<boolean> {
    const owner = (props as Record<string, unknown>)[OWNER_PROPERTY];
    if (typeof owner !== "string") {
        return false;
    }
    const arn = await currentArn();
    if (!arn) {
        return false;
    }
    const tag = (await listTags(client, arn, subject))[OWNER_TAG];
    return tag !== undefined && tag !== owner;
}

export function forgettingWarning(subject: string): string {
    return `warning: ${subject} now belongs to another stack or resource (its ${OWNER_TAG} tag changed); forgetting it here without deleting it`;
}
