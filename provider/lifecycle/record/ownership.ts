// Who manages a record. Every record this provider creates or adopts carries its resource's owner
// token as a tag (gateway/ownership.ts). One with another resource's token belongs to another stack
// (or another resource): `adopt: true` never takes it silently, only `adopt: "takeover"` hands it
// over, and the old resource's delete then only forgets it.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { forgottenTags, OWNER_PROPERTY, OWNER_TAG, STACK_PROPERTY, STACK_TAG } from "../../../gateway/ownership";
import { listTags, syncTags } from "../../../gateway/tags";
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

/** The recorded owner token and the record's tags now; undefined for state written before 0.2 (no owner) or a record that is gone. */
async function ownerAndTags(client: SageMakerClient, props: object, currentArn: () => Promise<string | undefined>, subject: string) {
    const owner = (props as Record<string, unknown>)[OWNER_PROPERTY];
    if (typeof owner !== "string") {
        return undefined;
    }
    const arn = await currentArn();
    return arn ? { owner, arn, tags: await listTags(client, arn, subject) } : undefined;
}

const carriesAnotherOwner = (found: { owner: string; tags: Record<string, string> }) => found.tags[OWNER_TAG] !== undefined && found.tags[OWNER_TAG] !== found.owner;

/** Whether the record now carries another owner token than the recorded one. */
export async function ownedElsewhere(client: SageMakerClient, props: object, currentArn: () => Promise<string | undefined>, subject: string): Promise<boolean> {
    const found = await ownerAndTags(client, props, currentArn, subject);
    return found !== undefined && carriesAnotherOwner(found);
}

/**
 * A record this resource keeps on delete: "elsewhere" when another resource's owner tag is on it now
 * (it was handed over); otherwise its tags say that its stack forgot it, so inventories and scans
 * count it unmanaged (left as they are when the state recorded no owner to compare).
 */
export async function forgetKept(client: SageMakerClient, props: Record<string, unknown>, currentArn: () => Promise<string | undefined>, subject: string): Promise<"elsewhere" | "forgotten"> {
    const found = await ownerAndTags(client, props, currentArn, subject);
    if (found === undefined) {
        return "forgotten";
    }
    if (carriesAnotherOwner(found)) {
        return "elsewhere";
    }
    if (found.tags[OWNER_TAG] === found.owner) {
        const recorded = props[STACK_PROPERTY];
        const stack = found.tags[STACK_TAG] ?? (typeof recorded === "string" ? recorded : "a stack of an earlier release");
        try {
            await syncTags(client, found.arn, subject, found.tags, forgottenTags(found.tags, stack));
        } catch (err) {
            console.warn(`warning: ${subject}: could not tag it as forgotten (${(err as Error).message}); inventories name this stack as its manager until its tags change`);
        }
    }
    return "forgotten";
}

export function forgettingWarning(subject: string): string {
    return `warning: ${subject} now belongs to another stack or resource (its ${OWNER_TAG} tag changed); forgetting it here without deleting it`;
}

/** Whether the program asks to adopt an existing record of that name. */
export function asksToAdopt(desired: Pick<Desired, "inputs">): boolean {
    return desired.inputs.adopt === true || desired.inputs.adopt === "takeover";
}
