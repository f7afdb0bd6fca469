// The deletion guard of a team (model/team/deletion-guard.ts), judged at check: by the first
// remaining member whose recorded team is larger than the team now is, and, for a team from an
// Identity Center group whose departed members' profiles are deleted, by its roster, which knows
// who left. Said once per team per deployment, by whichever check comes first.
import { deletionRefusal, teamRecordOf } from "../../model/team/deletion-guard";
import type { PropertyFailure } from "../../model/validation/failure-reasons";
import type { Inputs } from "../lifecycle/kind";

const judged = new Set<string>();

function once(team: string, refusal: string | undefined): PropertyFailure[] {
    if (refusal === undefined || judged.has(team)) {
        return [];
    }
    judged.add(team);
    return [{ path: [], reason: refusal }];
}

/** A member's check: the team it was recorded in has shrunk by more than it allows. */
export function teamShrinkFailures(olds: Inputs, news: Inputs): PropertyFailure[] {
    const before = teamRecordOf(olds);
    const after = teamRecordOf(news);
    if (before === undefined || after === undefined || before.name !== after.name || after.size >= before.size) {
        return [];
    }
    return once(after.name, deletionRefusal(after.name, before.size - after.size, before.size, after.maxDeletedShare));
}

/** A group team's roster: the members who left, whose profiles this change deletes. */
export function departureFailures(team: string, before: readonly string[], departed: readonly string[], maxDeletedShare: number): PropertyFailure[] {
    return once(team, deletionRefusal(team, departed.length, before.length, maxDeletedShare));
}
