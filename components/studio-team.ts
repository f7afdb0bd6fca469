// StudioTeam: one team spec fanned out to one UserProfile per member, each member's private space
// (created after its owner's profile) and the team's shared spaces.
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { Space } from "../provider/space";
import { TeamRoster } from "../provider/team-roster";
import { UserProfile } from "../provider/user-profile";
import { resolveGroupMembers, type ResolvedGroup } from "./group-team";
import { DEFAULT_MAX_DELETED_SHARE, type TeamRecord } from "../model/team/deletion-guard";
import { NameRegistry, PROGRAM_NAMES, teamClaims, type Locator } from "./organisation";
import { memberProfileInputs, type EffectiveMember } from "./member-merge";
import { readTeamFile } from "./team-file";
import { STUDIO_TEAM_TYPE } from "./studio-team-type";
import { privateSpaceInputs, privateSpaceResourceName, sharedSpaceInputs, sharedSpaceResourceName } from "./team-spaces";
import { expandTeamFiles } from "./team-files";
import { formatProblem, formatSpecPath, TeamSpecError, type SpecPath } from "./team-problems";
import type { TeamMemberSpec, TeamSpec } from "./team-spec";
import { domainIdProblems, judgeTeam, type TeamJudgement } from "./team-validation";

export { STUDIO_TEAM_TYPE };

/** A team spec whose domain may come from another resource. */
export interface StudioTeamArgs extends Omit<TeamSpec, "domainId" | "name"> {
    /** The Studio domain every member's profile is created in. */
    domainId: pulumi.Input<string>;
}

/** What `StudioTeam.fromFile` needs beyond the file. */
export interface StudioTeamFileArgs {
    /** Overrides the file's `domainId`. */
    domainId?: pulumi.Input<string>;
    /** The component's name; default: the file's `name`, else its base name without extension. */
    name?: string;
}

export interface MemberProfile {
    arn: string;
    status: string;
}

/** Judgements already made for args built by `fromFile` or `load`, so a spec is judged once. */
const judgedArgs = new WeakMap<StudioTeamArgs, TeamJudgement>();
/** The group behind args that `create` or `load` resolved. */
const resolvedGroups = new WeakMap<StudioTeamArgs, ResolvedGroup>();
/** Where a team file wrote each part of args built from it, and the members it lists. */
const fileOrigins = new WeakMap<StudioTeamArgs, { locate: Locator; members: readonly TeamMemberSpec[] }>();

export class StudioTeam extends pulumi.ComponentResource {
    /** The component's name, as given. */
    declare readonly teamName: string;
    /** Member name → the profile's ARN and status. */
    declare readonly profiles: pulumi.Output<Record<string, MemberProfile>>;
    /** Number of members (and profiles). */
    declare readonly memberCount: pulumi.Output<number>;
    /** Member name → its UserProfile resource. */
    declare readonly userProfiles: Readonly<Record<string, UserProfile>>;
    /** Member name → what its profile receives: merged settings and tags. */
    declare readonly effectiveMembers: Readonly<Record<string, EffectiveMember>>;
    /** Member name → its private Space (members with one). */
    declare readonly privateSpaces: Readonly<Record<string, Space>>;
    /** Shared space name → its Space. */
    declare readonly sharedSpaces: Readonly<Record<string, Space>>;

    /** Loads a YAML or JSON team file (problems are reported as file:line:column: path). */
    static fromFile(file: string, args: StudioTeamFileArgs = {}, opts?: pulumi.ComponentResourceOptions): StudioTeam {
        const { name, teamArgs } = fileTeam(file, args);
        return new StudioTeam(name, teamArgs, opts);
    }

    /** Loads a team file, reading the members of its identityCenterGroup, if it names one. */
    static async load(file: string, args: StudioTeamFileArgs = {}, opts?: pulumi.ComponentResourceOptions): Promise<StudioTeam> {
        const { name, teamArgs } = fileTeam(file, args);
        return StudioTeam.create(name, teamArgs, opts);
    }

    /**
     * Loads every team file the patterns name (a glob or comma-separated list, or a list of paths and
     * patterns, relative to `baseDir`, default the working directory), reading Identity Center groups,
     * and judges them together before any registers anything: a person in two teams, or a space name
     * two teams use, fails here, naming both teams' files.
     */
    static async loadAll(patterns: string | readonly string[], args: StudioTeamFileArgs & { baseDir?: string } = {}, opts?: pulumi.ComponentResourceOptions): Promise<StudioTeam[]> {
        const { baseDir, ...fileArgs } = args;
        const teams = await Promise.all(
            expandTeamFiles(patterns, baseDir ?? process.cwd()).map(async (file) => {
                const { name, teamArgs } = fileTeam(file, fileArgs);
                return { name, teamArgs: await resolvedArgs(name, teamArgs) };
            }),
        );
        const trial = new NameRegistry();
        for (const { name, teamArgs } of teams) {
            claimTeamNames(trial, name, teamArgs, judged(teamArgs));
        }
        return teams.map(({ name, teamArgs }) => new StudioTeam(name, teamArgs, opts));
    }

    /** A team, reading the members of its identityCenterGroup, if it names one. */
    static async create(name: string, args: StudioTeamArgs, opts?: pulumi.ComponentResourceOptions): Promise<StudioTeam> {
        return new StudioTeam(name, await resolvedArgs(name, args), opts);
    }

    constructor(name: string, args: StudioTeamArgs, opts?: pulumi.ComponentResourceOptions) {
        const group = resolvedGroups.get(args);
        if (args.identityCenterGroup !== undefined && group === undefined) {
            throw new TeamSpecError(name, [
                { path: ["identityCenterGroup"], reason: "is read from IAM Identity Center: create the team with await StudioTeam.create(...) or await StudioTeam.load(file)" },
            ]);
        }
        // Judge the whole spec first, and its names against the program's other teams: a bad spec
        // registers nothing, so makes no API call.
        const judgement = judged(args);
        if (judgement.problems.length > 0) {
            throw new TeamSpecError(name, judgement.problems);
        }
        claimTeamNames(PROGRAM_NAMES, name, args, judgement);
        // A renamed team keeps its resources: each is aliased to its name under each former team name.
        const formerNames = args.renamedFrom === undefined ? [] : typeof args.renamedFrom === "string" ? [args.renamedFrom] : args.renamedFrom;
        const formerly = (resourceName: (team: string) => string): pulumi.Alias[] => formerNames.map((former) => ({ name: resourceName(former) }));
        super(STUDIO_TEAM_TYPE, name, {}, formerNames.length === 0 ? opts : { ...opts, aliases: [...(opts?.aliases ?? []), ...formerly((former) => former)] });
        this.teamName = name;

        const memberOptions: pulumi.CustomResourceOptions = { parent: this, ...(args.protect === true ? { protect: true } : {}) };
        const teamOptions: StudioTeamArgs = { ...args };
        if (group) {
            new TeamRoster(
                rosterResourceName(name),
                {
                    domainId: args.domainId,
                    team: name,
                    group: args.identityCenterGroup!,
                    groupId: group.groupId,
                    members: group.userNames,
                    assignGroup: args.assignGroup === true,
                    removeDepartedMembers: args.removeDepartedMembers === true,
                    ...(args.maxDeletedShare !== undefined ? { maxDeletedShare: args.maxDeletedShare } : {}),
                },
                { parent: this, aliases: formerly(rosterResourceName) },
            );
            if (args.assignGroup === true) {
                teamOptions.assignIdentityCenterUser = false; // the group's assignment covers every member
            }
        }
        // Someone who leaves the group keeps their profile and files unless the team opts in to deleting
        // them; the access this stack gave them goes either way (the provider honours retainOnDelete).
        const memberTeamOptions: StudioTeamArgs =
            args.retainOnDelete === undefined && group !== undefined && args.removeDepartedMembers !== true ? { ...teamOptions, retainOnDelete: true } : teamOptions;
        const teamRecord: TeamRecord | undefined =
            memberTeamOptions.retainOnDelete === true ? undefined : { name, size: judgement.members.length, maxDeletedShare: args.maxDeletedShare ?? DEFAULT_MAX_DELETED_SHARE };
        const userProfiles: Record<string, UserProfile> = {};
        const effectiveMembers: Record<string, EffectiveMember> = {};
        for (const member of judgement.members) {
            effectiveMembers[member.name] = member;
            // Keyed by member name, not position: adding, removing or reordering
            // members touches only the members concerned.
            userProfiles[member.name] = new UserProfile(memberResourceName(name, member.name), memberProfileInputs(memberTeamOptions, member, args.domainId, teamRecord), {
                ...memberOptions,
                aliases: formerly((former) => memberResourceName(former, member.name)),
            });
        }
        this.userProfiles = userProfiles;
        this.effectiveMembers = effectiveMembers;
        const privateSpaces: Record<string, Space> = {};
        for (const member of judgement.members) {
            if (member.privateSpace !== undefined) {
                // Owned by the member's profile: created after it is InService, deleted before it.
                privateSpaces[member.name] = new Space(
                    privateSpaceResourceName(name, member.name),
                    privateSpaceInputs(memberTeamOptions, member, member.privateSpace, args.domainId),
                    { ...memberOptions, dependsOn: [userProfiles[member.name]], aliases: formerly((former) => privateSpaceResourceName(former, member.name)) },
                );
            }
        }
        const sharedSpaces: Record<string, Space> = {};
        for (const shared of args.sharedSpaces ?? []) {
            sharedSpaces[shared.name] = new Space(sharedSpaceResourceName(name, shared.name), sharedSpaceInputs(teamOptions, shared, args.domainId), {
                ...memberOptions,
                aliases: formerly((former) => sharedSpaceResourceName(former, shared.name)),
            });
        }
        this.privateSpaces = privateSpaces;
        this.sharedSpaces = sharedSpaces;
        const perMember: Record<string, pulumi.Output<MemberProfile>> = {};
        for (const [member, profile] of Object.entries(userProfiles)) {
            perMember[member] = pulumi.all([profile.arn, profile.status]).apply(([arn, status]) => ({ arn, status }));
        }
        this.profiles = pulumi.output(perMember);
        this.memberCount = pulumi.output(judgement.members.length);
        this.registerOutputs({ profiles: this.profiles, memberCount: this.memberCount });
    }
}

/** The args with an identityCenterGroup's members read (others as they are). */
async function resolvedArgs(name: string, args: StudioTeamArgs): Promise<StudioTeamArgs> {
    if (args.identityCenterGroup === undefined) {
        return args;
    }
    if (typeof args.domainId !== "string") {
        throw new TeamSpecError(name, [
            { path: ["domainId"], reason: "must be a string (from stack config) for a team from an identityCenterGroup: the group is read before the program registers anything" },
        ]);
    }
    const origin = fileOrigins.get(args);
    let group: ResolvedGroup;
    try {
        group = await resolveGroupMembers(name, args.domainId, args);
    } catch (err) {
        throw err instanceof TeamSpecError && origin ? new TeamSpecError(name, err.problems, err.problems.map((p) => `${origin.locate(p.path)}: ${formatProblem(p)}`)) : err;
    }
    const resolved: StudioTeamArgs = { ...args, members: group.members };
    resolvedGroups.set(resolved, group);
    if (origin !== undefined) fileOrigins.set(resolved, origin);
    return resolved;
}


/** The spec judged once (team files are judged when read). */
function judged(args: StudioTeamArgs): TeamJudgement {
    let judgement = judgedArgs.get(args);
    if (judgement === undefined) {
        judgement = judgeTeam(args);
        judgedArgs.set(args, judgement);
    }
    return judgement;
}

/** Claims the team's profile and space names in `registry`; throws, naming both teams, when another team holds one. */
function claimTeamNames(registry: NameRegistry, name: string, args: StudioTeamArgs, judgement: TeamJudgement): void {
    const origin = fileOrigins.get(args);
    const listed = (origin?.members ?? args.members ?? []).map((m) => m.name.toLowerCase());
    const memberPath = (member: string): SpecPath => {
        const index = listed.indexOf(member.toLowerCase());
        return index >= 0 ? ["members", index, "name"] : args.identityCenterGroup !== undefined ? ["identityCenterGroup"] : ["members"];
    };
    const locate: Locator = origin?.locate ?? ((path) => `team ${name}, ${formatSpecPath(path)}`);
    const problems = registry.claim(name, args.domainId, teamClaims(judgement.members, memberPath, args.sharedSpaces), locate);
    if (problems.length > 0) {
        throw new TeamSpecError(name, problems, origin ? problems.map((p) => `${origin.locate(p.path)}: ${formatProblem(p)}`) : problems.map(formatProblem));
    }
}

/** A team file's component name and args, judged once. */
function fileTeam(file: string, args: StudioTeamFileArgs): { name: string; teamArgs: StudioTeamArgs } {
    const { spec, judgement, locate } = readTeamFile(file);
    const { name: specName, domainId: specDomain, ...team } = spec;
    const name = args.name ?? specName ?? path.basename(file).replace(/\.(ya?ml|json)$/i, "");
    const domainId = args.domainId ?? specDomain;
    if (domainId === undefined) {
        throw new TeamSpecError(name, [{ path: ["domainId"], reason: `is required: set it in ${file} or pass it to StudioTeam.fromFile` }]);
    }
    if (typeof args.domainId === "string") {
        const problems = domainIdProblems(args.domainId);
        if (problems.length > 0) {
            throw new TeamSpecError(name, problems);
        }
    }
    const teamArgs: StudioTeamArgs = { ...team, domainId };
    if (spec.identityCenterGroup === undefined) {
        judgedArgs.set(teamArgs, judgement);
    }
    fileOrigins.set(teamArgs, { locate, members: spec.members ?? [] });
    return { name, teamArgs };
}

function rosterResourceName(teamName: string): string {
    return `${teamName}-roster`.toLowerCase();
}

/** The child resource's name: stable per member, whatever the member's position. */
export function memberResourceName(teamName: string, memberName: string): string {
    return `${teamName}-${memberName}`.toLowerCase();
}
