// The TeamRoster kind: the members a StudioTeam takes from an IAM Identity Center group, kept in
// state so that a preview says who joined and who left since the last deployment (a refresh
// records the group's members when they differ, for the drift report), and — with assignGroup —
// the group's own assignment to the domain's application as its access part. It has no record.
import deepEqual from "fast-deep-equal";
import { groupMemberNames, instanceOfApplication } from "../../gateway/identity-center";
import { describeDomain } from "../../gateway/domains";
import { sagemakerClient } from "../../gateway/clients";
import { DEFAULT_MAX_DELETED_SHARE } from "../../model/team/deletion-guard";
import type { PropertyFailure } from "../../model/validation/failure-reasons";
import type { Inputs, Outputs, ResourceKind } from "../lifecycle/kind";
import { departureFailures } from "./team-guard";

/** Who joined and who left since the last deployment (a new roster: every member is new, and the preview shows their profiles). */
function announce(olds: Inputs, news: Inputs): void {
    if (!Array.isArray(olds.members)) {
        return;
    }
    const members = news.members as string[];
    const before = new Set(olds.members as string[]);
    for (const user of members.filter((m) => !before.has(m))) {
        console.log(`team ${news.team}: ${user} joined Identity Center group ${news.group}; their profile is created`);
    }
    for (const user of departed(olds, news)) {
        console.warn(
            news.removeDepartedMembers
                ? `warning: team ${news.team}: ${user} left Identity Center group ${news.group}; their profile is deleted (removeDepartedMembers), and the access to the domain's Studio application this stack gave them is removed`
                : `warning: team ${news.team}: ${user} left Identity Center group ${news.group}; they lose the access to the domain's Studio application this stack gave them; their profile and files are kept, no longer managed by this stack (set removeDepartedMembers: true to delete the profiles of people who leave)`,
        );
    }
}

function departed(olds: Inputs, news: Inputs): string[] {
    const after = new Set(news.members as string[]);
    return Array.isArray(olds.members) ? (olds.members as string[]).filter((m) => !after.has(m)) : [];
}

/** With removeDepartedMembers, the departures delete profiles: no more than the team allows at once. */
function judgeDepartures(olds: Inputs, news: Inputs): PropertyFailure[] {
    if (news.removeDepartedMembers !== true || !Array.isArray(olds.members)) {
        return [];
    }
    const share = typeof news.maxDeletedShare === "number" ? news.maxDeletedShare : DEFAULT_MAX_DELETED_SHARE;
    return departureFailures(String(news.team), olds.members as string[], departed(olds, news), share);
}

/**
 * The group's members now, recorded as `membersAtRefresh` only when they differ from `members`
 * (so a refresh of an unchanged group changes nothing); `members` stays what the last deployment
 * recorded, so the next preview still names who joined and who left.
 */
async function refresh(props: Outputs): Promise<Outputs> {
    const subject = `team ${props.team}`;
    const domain = await describeDomain(sagemakerClient(), String(props.domainId), subject);
    if (!domain.SingleSignOnApplicationArn) {
        throw new Error(`${subject}: domain ${props.domainId} has no IAM Identity Center application`);
    }
    const { identityStoreId } = await instanceOfApplication(domain.SingleSignOnApplicationArn, subject);
    const names = await groupMemberNames(identityStoreId, String(props.groupId), subject);
    const { membersAtRefresh: _older, ...recorded } = props;
    return deepEqual(names, props.members) ? recorded : { ...recorded, membersAtRefresh: names };
}

export const TEAM_ROSTER: ResourceKind = {
    type: "TeamRoster",
    noun: "team",
    shortNoun: "team",
    subjectOf: (_domainId, team) => `team ${team}`,
    nameProperty: "team",
    inputProperties: ["domainId", "team", "group", "groupId", "members", "assignGroup", "removeDepartedMembers", "maxDeletedShare"],
    outputProperties: ["groupAssignment", "membersAtRefresh"],
    immutable: [],
    compared: ["group", "groupId", "members", "assignGroup", "removeDepartedMembers"],
    access: {
        properties: { state: "groupAssignment", principalId: "groupId" },
        principalType: "GROUP",
        wanted: (inputs) => inputs.assignGroup === true,
        principalOf: (outputs) => `group ${outputs.group}`,
        principal: (inputs, domain) =>
            domain.AuthMode === "SSO" && inputs.assignGroup === true ? { type: "GROUP", groupId: String(inputs.groupId), groupName: String(inputs.group) } : undefined,
    },
    judgeChange: judgeDepartures,
    membership: { announce, refresh },
};
