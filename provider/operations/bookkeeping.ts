// What a profile's or a space's outputs keep beside what the service reports: the resource's owner
// token (a delete leaves alone what now carries another) and the members the service fills in
// that the program sets (so that removing one counts as a removal).
import { OWNER_PROPERTY } from "../common/ownership";
import { PROGRAM_SETS_KEY } from "../common/state-keys";

export function recordBookkeeping(outputs: object, owner: string | undefined, programSets: readonly string[] | undefined): void {
    const bookkeeping = outputs as Record<string, unknown>;
    if (owner !== undefined) {
        bookkeeping[OWNER_PROPERTY] = owner;
    }
    if (programSets !== undefined && programSets.length > 0) {
        bookkeeping[PROGRAM_SETS_KEY] = [...programSets];
    }
}
