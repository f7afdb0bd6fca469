// The deletion guard's record of a team, kept in each member's state (model/team/deletion-guard.ts):
// the team's name and size. A preview that finds the members recorded in a larger team than the
// program now declares judges the difference as deletions, so when a move changes a team's size
// without deleting anyone, the records of every member under the team follow.
import { TEAM_PROPERTY, teamRecordOf, type TeamRecord } from "../../../model/team/deletion-guard";
import { USER_PROFILE_TYPE } from "../../engine-events";
import { parseUrn, resourcesOf, type StackState, type StateResource } from "./stack-state";

function withRecord(resource: StateResource, record: TeamRecord): StateResource {
    const outputs = resource.outputs as Record<string, unknown> | undefined;
    return {
        ...resource,
        inputs: { ...resource.inputs, [TEAM_PROPERTY]: record },
        ...(outputs?.[TEAM_PROPERTY] !== undefined ? { outputs: { ...outputs, [TEAM_PROPERTY]: record } } : {}),
    };
}

/** The state with each member of the team under `teamUrn` recorded in the team as it now is. */
export function recordTeamSize(state: StackState, teamUrn: string): StackState {
    const team = parseUrn(teamUrn).name;
    const members = resourcesOf(state).filter((r) => r.type === USER_PROFILE_TYPE && r.parent === teamUrn);
    const own = members.map((r) => teamRecordOf(r.inputs)).find((record) => record?.name === team);
    const updated = new Map<string, StateResource>();
    for (const member of members) {
        const record = teamRecordOf(member.inputs);
        if (record === undefined) continue;
        updated.set(member.urn, withRecord(member, { name: team, size: members.length, maxDeletedShare: record.name === team ? record.maxDeletedShare : (own?.maxDeletedShare ?? record.maxDeletedShare) }));
    }
    return { ...state, deployment: { ...state.deployment, resources: resourcesOf(state).map((r) => updated.get(r.urn) ?? r) } };
}
