// A team's guard against deleting most of itself in one change: an emptied or truncated team file,
// a group that lost its members, a bad merge. Each member's profile records the team's name, size
// and allowed share (a hidden input); when a change leaves the team with fewer members than it had,
// the preview of a remaining member judges the loss, and a group team's roster judges who left the
// group, so `pulumi preview` fails before anything is deleted. A team opts in to larger deletions
// with `maxDeletedShare`; one profile may always go.

/** The hidden input of each member's profile that records its team. */
export const TEAM_PROPERTY = "__team";

export interface TeamRecord {
    name: string;
    size: number;
    maxDeletedShare: number;
}

/** The share of a team's profiles one change may delete, unless the team says otherwise. */
export const DEFAULT_MAX_DELETED_SHARE = 0.5;

/** Why deleting `deleted` of `size` profiles at once is refused, or undefined when it is allowed. */
export function deletionRefusal(team: string, deleted: number, size: number, maxDeletedShare: number): string | undefined {
    if (deleted <= 1 || deleted <= maxDeletedShare * size) {
        return undefined;
    }
    const share = Math.round((deleted / size) * 100);
    return (
        `team ${team}: this change deletes ${deleted} of its ${size} members' profiles (${share}%), more than maxDeletedShare ` +
        `${maxDeletedShare} allows; check the team's file (an emptied or cut-off file deletes members) and its group, or, to ` +
        `delete them, set maxDeletedShare: ${Math.min(1, Math.ceil((deleted / size) * 100) / 100)} (or 1) on the team for this change`
    );
}

/** The team recorded in a profile's inputs, if it is one. */
export function teamRecordOf(inputs: Record<string, unknown> | undefined): TeamRecord | undefined {
    const value = inputs?.[TEAM_PROPERTY] as Partial<TeamRecord> | undefined;
    return typeof value?.name === "string" && typeof value.size === "number" && typeof value.maxDeletedShare === "number" ? (value as TeamRecord) : undefined;
}
