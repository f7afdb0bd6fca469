// Who manages a record. Every record this provider creates or adopts carries its resource's owner
// token as a tag (gateway/ownership.ts). One with another resource's token belongs to another stack
// (or another resource): `adopt: true` never takes it silently, only `adopt: "takeover"` hands it
// over, and the old resource's delete then only forgets it.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { OWNER_PROPERTY, OWNER_TAG } from "../../../gateway/ownership";
import { listTags } from "../../../gateway/tags";
import type { Desired } from "../kind";

export type AdoptionOwnership = { refused: true; reason: string } | { refused: false; takesOverFromAnotherStack: boolean };

export function adoptionOwnership(desired: Pick<Desired, "subject" | "owner" | "inputs">, ownerTag: string | undefined): AdoptionOwnership {
    if (ownerTag === undefined || ownerTag === desired.owner) {
        return { refused: false, takesOverFromAnotherStack: false };
    }
    if (desired.inputs.adopt === "takeover") {
        return { refused: false, takesOverFromAnotherStack: true };
    }
    return {
        refused: true,
        reason:
            `${desired.subject} is managed by another stack or resource (its ${OWNER_TAG} tag is ${ownerTag}), so adopt: true does not take it over. ` +
            `To move it here, set adopt: "takeover" (the other stack then forgets it without deleting it), or remove it from the other stack first; ` +
            `if it is this stack's under another resource name (a team or a member renamed), give the team its old name as renamedFrom instead.`,
    };
}

/** Whether the record now carries another owner token than the recorded one (state written before 0.2 records none). */
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

/** Whether the program asks to adopt an existing record of that name. */
export function asksToAdopt(desired: Pick<Desired, "inputs">): boolean {
    return desired.inputs.adopt === true || desired.inputs.adopt === "takeover";
}
