// What moving a team or a member between stacks takes, read from the stacks' state. A team moves
// whole: its StudioTeam component, and with it (pulumi state move takes the children) its roster,
// its members' profiles and their spaces. A member moves with their private space; since a team's
// children are named `<team>-…` under its component, a member who changes team is renamed and put
// under the other team's component, which is where that team's program registers them.
import { STUDIO_TEAM_TYPE } from "../../../components/studio-team-type";
import { SPACE_TYPE, TEAM_ROSTER_TYPE, USER_PROFILE_TYPE } from "../../engine-events";
import { formatUrn, parseUrn, referencesOf, resourcesOf, type StackState, type StateResource } from "./stack-state";

export interface TeamMove {
    kind: "team";
    team: string;
    /** The team's component: `pulumi state move` takes its children along. */
    urn: string;
    /** Its members' profiles. */
    members: string[];
}

/** One resource a member move takes: its URN in the source stack, and its name in the destination team. */
interface MovedResource {
    urn: string;
    type: string;
    name: string;
    newName: string;
}

export interface MemberMove {
    kind: "member";
    member: string;
    fromTeam: string;
    /** The source team's component. */
    fromTeamUrn: string;
    toTeam: string;
    /** The destination team's component. */
    toTeamUrn: string;
    resources: MovedResource[];
    /** Members the source team keeps. */
    membersLeft: number;
}

export type MovePlan = TeamMove | MemberMove;

const same = (a: unknown, b: string) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();

function teamsOf(state: StackState): StateResource[] {
    return resourcesOf(state).filter((r) => r.type === STUDIO_TEAM_TYPE);
}

function childrenOf(state: StackState, parent: string): StateResource[] {
    return resourcesOf(state).filter((r) => r.parent === parent);
}

function teamNamed(state: StackState, team: string): StateResource | undefined {
    const teams = teamsOf(state);
    return teams.find((t) => parseUrn(t.urn).name === team) ?? teams.find((t) => same(parseUrn(t.urn).name, team));
}

function groupOf(state: StackState, team: StateResource): string | undefined {
    const roster = childrenOf(state, team.urn).find((r) => r.type === TEAM_ROSTER_TYPE);
    return roster === undefined ? undefined : String(roster.inputs?.group ?? "its Identity Center group");
}

function teamNames(state: StackState): string {
    const names = teamsOf(state).map((t) => parseUrn(t.urn).name);
    return names.length > 0 ? names.join(", ") : "none";
}

interface Stack {
    stack: string;
    state: StackState;
}

/** The move of `name` (a team, else a member) from `source` to `dest`; throws, saying why, when it cannot be made. */
export function planMove(name: string, source: Stack, dest: { stack: string; state: StackState | undefined }, toTeam?: string): MovePlan {
    return teamNamed(source.state, name) ? planTeamMove(name, source, dest) : planMemberMove(name, source, dest, toTeam);
}

/** The move of team `name`, which `source` holds, to `dest`. */
export function planTeamMove(name: string, source: Stack, dest: { stack: string; state: StackState | undefined }): TeamMove {
    const team = teamNamed(source.state, name);
    if (!team) throw new Error(`${source.stack} has no team ${name} (its teams: ${teamNames(source.state)})`);
    if (dest.stack === source.stack) throw new Error(`${name} is a team: it moves to another stack, not within ${source.stack}`);
    const teamName = parseUrn(team.urn).name;
    if (dest.state && teamNamed(dest.state, teamName)) throw new Error(`${dest.stack} already has a team ${teamName}`);
    const members = childrenOf(source.state, team.urn).filter((r) => r.type === USER_PROFILE_TYPE).map((r) => String(r.inputs?.userProfileName));
    return { kind: "team", team: teamName, urn: team.urn, members };
}

export function holdsTeam(state: StackState, name: string): boolean {
    return teamNamed(state, name) !== undefined;
}

function planMemberMove(member: string, source: Stack, dest: { stack: string; state: StackState | undefined }, toTeam?: string): MemberMove {
    const profiles = resourcesOf(source.state).filter((r) => r.type === USER_PROFILE_TYPE && same(r.inputs?.userProfileName, member));
    if (profiles.length === 0) throw new Error(`${source.stack} has no team and no member named ${member} (its teams: ${teamNames(source.state)})`);
    if (profiles.length > 1) throw new Error(`${source.stack} has ${profiles.length} profiles named ${member} (${profiles.map((p) => parseUrn(p.urn).name).join(", ")})`);
    const [profile] = profiles;
    const fromTeam = resourcesOf(source.state).find((r) => r.urn === profile.parent && r.type === STUDIO_TEAM_TYPE);
    if (!fromTeam) throw new Error(`${member}'s profile in ${source.stack} belongs to no team; \`pulumi state move\` moves a resource as it is`);
    const fromTeamName = parseUrn(fromTeam.urn).name;
    const fromGroup = groupOf(source.state, fromTeam);
    if (fromGroup !== undefined) {
        throw new Error(`team ${fromTeamName} takes its members from ${fromGroup}: move ${member} between the groups in Identity Center instead`);
    }
    if (!dest.state) throw new Error(`${dest.stack} does not exist: a member moves into a team that is deployed (sagemaker-studio up --stacks)`);
    const target = destinationTeam(dest.stack, dest.state, toTeam, dest.stack === source.stack ? fromTeamName : undefined);
    const toTeamName = parseUrn(target.urn).name;
    const toGroup = groupOf(dest.state, target);
    if (toGroup !== undefined) throw new Error(`team ${toTeamName} takes its members from ${toGroup}: add ${member} to that group instead`);

    const space = childrenOf(source.state, fromTeam.urn).find(
        (r) =>
            r.type === SPACE_TYPE &&
            same((r.inputs?.ownershipSettings as { ownerUserProfileName?: unknown } | undefined)?.ownerUserProfileName, member) &&
            (r.inputs?.spaceSharingSettings as { sharingType?: unknown } | undefined)?.sharingType === "Private",
    );
    const resources = [profile, ...(space ? [space] : [])].map((r) => movedResource(r, fromTeamName, toTeamName));
    const destUrns = new Set(resourcesOf(dest.state).map((r) => r.urn));
    for (const moved of resources) {
        const arriving = formatUrn({ ...parseUrn(target.urn), typeChain: `${STUDIO_TEAM_TYPE}$${moved.type}`, name: moved.newName });
        if (destUrns.has(arriving)) throw new Error(`${dest.stack} already has ${moved.newName} in team ${toTeamName}`);
    }
    const movedUrns = new Set(resources.map((r) => r.urn));
    const dependents = resourcesOf(source.state).filter((r) => !movedUrns.has(r.urn) && referencesOf(r).some((urn) => movedUrns.has(urn)));
    if (dependents.length > 0) {
        throw new Error(`${dependents.map((r) => parseUrn(r.urn).name).join(", ")} in ${source.stack} depend on ${member}'s resources: moving them would break that dependency`);
    }
    const membersLeft = childrenOf(source.state, fromTeam.urn).filter((r) => r.type === USER_PROFILE_TYPE).length - 1;
    return { kind: "member", member: String(profile.inputs?.userProfileName), fromTeam: fromTeamName, fromTeamUrn: fromTeam.urn, toTeam: toTeamName, toTeamUrn: target.urn, resources, membersLeft };
}

function destinationTeam(stack: string, state: StackState, named: string | undefined, notThisOne: string | undefined): StateResource {
    if (named !== undefined) {
        const team = teamNamed(state, named);
        if (!team) throw new Error(`${stack} has no team ${named} (its teams: ${teamNames(state)})`);
        if (notThisOne !== undefined && parseUrn(team.urn).name === notThisOne) throw new Error(`the member is in team ${named} already`);
        return team;
    }
    const teams = teamsOf(state).filter((t) => parseUrn(t.urn).name !== notThisOne);
    if (teams.length !== 1) throw new Error(`${stack} has ${teams.length === 0 ? "no other team" : `teams ${teamNames(state)}`}: name the member's new team with --team`);
    return teams[0];
}

/** A team's child is named `<team>-…` (lower case); in the other team it is `<other team>-…`. */
function movedResource(resource: StateResource, fromTeam: string, toTeam: string): MovedResource {
    const { name } = parseUrn(resource.urn);
    const prefix = `${fromTeam.toLowerCase()}-`;
    if (!name.startsWith(prefix)) throw new Error(`${name} is not named after its team ${fromTeam}: not a StudioTeam member's resource`);
    return { urn: resource.urn, type: resource.type, name, newName: `${toTeam.toLowerCase()}-${name.slice(prefix.length)}` };
}
