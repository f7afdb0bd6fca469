// Whether an adoption may take over an existing profile. Every profile this provider manages
// carries its resource's owner token as a tag; a profile with another resource's token belongs to
// another stack (or another resource), and `adopt: true` never takes it silently: only
// `adopt: "takeover"` hands it over (the other stack's next delete then only forgets it).
import { OWNER_TAG } from "../common/ownership";
import type { DesiredProfile } from "./desired-profile";

export type AdoptionOwnership = { refused: true; reason: string } | { refused: false; takesOverFromAnotherStack: boolean };

export function adoptionOwnership(desired: DesiredProfile, ownerTag: string | undefined): AdoptionOwnership {
    if (ownerTag === undefined || ownerTag === desired.owner) {
        return { refused: false, takesOverFromAnotherStack: false };
    }
    if (desired.inputs.adopt === "takeover") {
        return { refused: false, takesOverFromAnotherStack: true };
    }
    return {
        refused: true,
        reason:
            `user profile ${desired.id} is managed by another stack or resource (its ${OWNER_TAG} tag is ${ownerTag}), so adopt: true does not take it over. ` +
            `To move it here, set adopt: "takeover" (the other stack then forgets it without deleting it), or remove it from the other stack first.`,
    };
}
