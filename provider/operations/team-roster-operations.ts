// What a team's roster does: say at preview who joined and who left the group since the last
// deployment (a profile of someone who left is kept unless the team opts in to deleting it), and
// with assignGroup keep the group itself assigned to the domain's application.
import deepEqual from "fast-deep-equal";
import type * as pulumi from "@pulumi/pulumi";
import { sagemakerClient } from "../aws/client";
import { describeDomain } from "../aws/domains";
import { assignmentExists, createAssignment, deleteAssignment, groupMemberNames, instanceOfApplication, type Assignment } from "../aws/identity-center";

export interface RosterInputs {
    domainId: string;
    team: string;
    group: string;
    groupId: string;
    members: string[];
    assignGroup: boolean;
    removeDepartedMembers: boolean;
}

export interface RosterOutputs extends RosterInputs {
    groupAssignment?: "made" | "found";
    /**
     * The group's members when the stack was last refreshed, if they differed from `members`
     * (user names, sorted): what a drift report compares with `members`. `members` itself stays what the last deployment recorded, so
     * the next preview still names who joined and who left.
     */
    membersAtRefresh?: string[];
}

export function reportMembershipChanges(olds: Partial<RosterInputs>, news: RosterInputs): void {
    const before = new Set(olds.members ?? []);
    const after = new Set(news.members);
    if (olds.members === undefined) {
        return; // a new roster: every member is new, and the preview shows their profiles
    }
    for (const user of news.members.filter((m) => !before.has(m))) {
        console.log(`team ${news.team}: ${user} joined Identity Center group ${news.group}; their profile is created`);
    }
    for (const user of (olds.members ?? []).filter((m) => !after.has(m))) {
        console.warn(
            news.removeDepartedMembers
                ? `warning: team ${news.team}: ${user} left Identity Center group ${news.group}; their profile is deleted (removeDepartedMembers)`
                : `warning: team ${news.team}: ${user} left Identity Center group ${news.group}; their profile is kept and no longer managed by this stack (set removeDepartedMembers: true to delete the profiles of people who leave)`,
        );
    }
}

export function rosterChanged(olds: RosterOutputs, news: RosterInputs): boolean {
    const keys: (keyof RosterInputs)[] = ["domainId", "group", "groupId", "members", "assignGroup", "removeDepartedMembers"];
    return keys.some((key) => !deepEqual(olds[key], news[key]));
}

/** Refresh: the group's members now, beside the recorded ones. */
export async function readRoster(id: string, props: RosterOutputs): Promise<pulumi.dynamic.ReadResult> {
    const where = `team ${props.team}`;
    const { identityStoreId } = await instanceOfApplication(await applicationArnOf(props), where);
    const names = await groupMemberNames(identityStoreId, props.groupId, where);
    // Recorded only when the group changed, so a refresh of an unchanged group changes nothing.
    const { membersAtRefresh: _older, ...recorded } = props;
    return { id, props: deepEqual(names, props.members) ? recorded : { ...recorded, membersAtRefresh: names } };
}

export async function createRoster(inputs: RosterInputs): Promise<pulumi.dynamic.CreateResult> {
    return { id: `${inputs.domainId}/${inputs.team}`, outs: await withGroupAssignment(inputs, undefined) };
}

export async function updateRoster(olds: RosterOutputs, news: RosterInputs): Promise<pulumi.dynamic.UpdateResult> {
    return { outs: await withGroupAssignment(news, olds) };
}

export async function deleteRoster(props: RosterOutputs): Promise<void> {
    if (props.groupAssignment === "made") {
        await deleteAssignment(await groupAssignment(props), `team ${props.team}`);
    }
}

async function withGroupAssignment(inputs: RosterInputs, olds: RosterOutputs | undefined): Promise<RosterOutputs> {
    const where = `team ${inputs.team}`;
    if (!inputs.assignGroup) {
        if (olds?.groupAssignment === "made") await deleteAssignment(await groupAssignment(olds), where);
        return { ...inputs };
    }
    const assignment = await groupAssignment(inputs);
    if (await assignmentExists(assignment, where)) {
        return { ...inputs, groupAssignment: olds?.groupAssignment === "made" && olds.groupId === inputs.groupId ? "made" : "found" };
    }
    await createAssignment(assignment, where);
    console.log(`${where}: assigned Identity Center group ${inputs.group} to the domain's application`);
    return { ...inputs, groupAssignment: "made" };
}

/** The domain's Identity Center application. */
async function applicationArnOf(roster: Pick<RosterInputs, "domainId" | "team">): Promise<string> {
    const domain = await describeDomain(sagemakerClient(), roster.domainId, `team ${roster.team}`);
    if (!domain.SingleSignOnApplicationArn) {
        throw new Error(`team ${roster.team}: domain ${roster.domainId} has no IAM Identity Center application`);
    }
    return domain.SingleSignOnApplicationArn;
}

async function groupAssignment(roster: Pick<RosterInputs, "domainId" | "team" | "groupId">): Promise<Assignment> {
    return { applicationArn: await applicationArnOf(roster), principalType: "GROUP", principalId: roster.groupId };
}
