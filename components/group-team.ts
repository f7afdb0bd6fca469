// A team whose members come from an IAM Identity Center group: the group's members become the
// team's members (profile names derived from user names, made to fit the profile-name pattern;
// collisions reported), merged with the members the spec lists, which can still override
// settings and tags or add members outside the group.
import { groupMembers } from "../provider/group-members";
import { quoteValue } from "../model/quote";
import { TeamSpecError, type TeamProblem } from "./team-problems";
import type { TeamMemberSpec, TeamSpec } from "./team-spec";

/** The most characters a profile name may have (the UserProfileName shape). */
const MAX_PROFILE_NAME = 63;

/** A profile name for an Identity Center user name: runs of other characters become "-" (`ana.lopez@example.com` → `ana-lopez-example-com`). */
export function profileNameFor(userName: string): string {
    return userName.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+/, "").slice(0, MAX_PROFILE_NAME).replace(/-+$/, "");
}

export interface ResolvedGroup {
    groupId: string;
    /** The group's members' user names, sorted. */
    userNames: string[];
    /** The members the team deploys: the group's, with the spec's own merged in. */
    members: TeamMemberSpec[];
}

export async function resolveGroupMembers(team: string, domainId: string, spec: Pick<TeamSpec, "identityCenterGroup" | "members">): Promise<ResolvedGroup> {
    const group = spec.identityCenterGroup!;
    let membership: Awaited<ReturnType<typeof groupMembers>>;
    try {
        membership = await groupMembers(domainId, group, team);
    } catch (err) {
        // Said once, where the team names its group, like every other problem of the spec.
        throw new TeamSpecError(team, [{ path: ["identityCenterGroup"], reason: (err as Error).message }]);
    }
    const listed = new Map((spec.members ?? []).map((m) => [m.name.toLowerCase(), m]));
    const problems: TeamProblem[] = [];
    const taken = new Map<string, string>();
    const members: TeamMemberSpec[] = [];
    for (const userName of membership.userNames) {
        const name = profileNameFor(userName);
        const key = name.toLowerCase();
        if (name === "") {
            problems.push({ path: ["identityCenterGroup"], reason: `member ${quoteValue(userName)} of group ${quoteValue(group)} has no letter or digit to name a profile after; list it under members with a name` });
            continue;
        }
        const earlier = taken.get(key);
        if (earlier !== undefined) {
            problems.push({ path: ["identityCenterGroup"], reason: `members ${quoteValue(earlier)} and ${quoteValue(userName)} of group ${quoteValue(group)} both become profile ${quoteValue(name)}; list one of them under members with another name` });
            continue;
        }
        taken.set(key, userName);
        const own = listed.get(key);
        listed.delete(key);
        members.push({ ...own, name: own?.name ?? name, singleSignOnUserValue: own?.singleSignOnUserValue ?? userName });
    }
    if (problems.length > 0) {
        throw new TeamSpecError(team, problems);
    }
    // Members listed beside the group's.
    members.push(...listed.values());
    return { groupId: membership.groupId, userNames: membership.userNames, members };
}
