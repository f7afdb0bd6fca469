// TeamRoster: the members a StudioTeam takes from an IAM Identity Center group, kept in state so
// that a preview can say who joined and who left since the last deployment, and — with
// assignGroup — the group's own assignment to the domain's application.
import * as pulumi from "@pulumi/pulumi";
import { PackageResource } from "./package-resource";

export interface TeamRosterArgs {
    domainId: pulumi.Input<string>;
    /** The StudioTeam's name, for messages. */
    team: string;
    /** The group's display name. */
    group: string;
    groupId: string;
    /** The members' user names, sorted. */
    members: string[];
    /** Assign the group itself to the domain's application. */
    assignGroup: boolean;
    /** Profiles of members who leave the group are deleted (otherwise kept and no longer managed). */
    removeDepartedMembers: boolean;
    /** With removeDepartedMembers: the share of the members one change may delete (default 0.5). */
    maxDeletedShare?: number;
}

export class TeamRoster extends PackageResource {
    declare readonly members: pulumi.Output<string[]>;
    /** With assignGroup: "made" by this roster, or "found" in place before. */
    declare readonly groupAssignment: pulumi.Output<string | undefined>;

    constructor(name: string, args: TeamRosterArgs, opts?: pulumi.CustomResourceOptions) {
        super("team-roster-provider", "TeamRoster", name, { ...args, groupAssignment: undefined }, opts);
    }
}
