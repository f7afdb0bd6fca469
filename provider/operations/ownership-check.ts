// Whether an adoption may take over an existing profile or space. Every profile and space this
// provider manages carries its resource's owner token as a tag; one with another resource's token
// belongs to another stack (or another resource), and `adopt: true` never takes it silently: only
// `adopt: "takeover"` hands it over (the other stack's next delete then only forgets it).
import type { Adopt } from "../../model/profile/profile-properties";
import { OWNER_TAG } from "../common/ownership";

export type AdoptionOwnership = { refused: true; reason: string } | { refused: false; takesOverFromAnotherStack: boolean };

/** What is adopted: "user profile d-…/alice", "space d-…/x"; this resource's owner token, and its adopt option. */
export interface Adopter {
    readonly subject: string;
    readonly owner?: string;
    readonly adopt?: Adopt;
}

export function adoptionOwnership(adopter: Adopter, ownerTag: string | undefined): AdoptionOwnership {
    if (ownerTag === undefined || ownerTag === adopter.owner) {
        return { refused: false, takesOverFromAnotherStack: false };
    }
    if (adopter.adopt === "takeover") {
        return { refused: false, takesOverFromAnotherStack: true };
    }
    return {
        refused: true,
        reason:
            `${adopter.subject} is managed by another stack or resource (its ${OWNER_TAG} tag is ${ownerTag}), so adopt: true does not take it over. ` +
            `To move it here, set adopt: "takeover" (the other stack then forgets it without deleting it), or remove it from the other stack first.`,
    };
}

/** The profile as an adopter. */
export function profileAdopter(desired: { id: string; owner?: string; inputs: { adopt?: Adopt } }): Adopter {
    return { subject: `user profile ${desired.id}`, owner: desired.owner, adopt: desired.inputs.adopt };
}
