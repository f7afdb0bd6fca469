// What the teams of one program share: a domain. Profile names are unique in a domain, and so are
// space names (both compared without regard to letter case), so one person cannot be a member of
// two teams of one stack, and a space name can be used once; nor can one Identity Center user have
// two profiles (in two teams, or twice in one), whose assignment each would take for its own. The
// second to claim one is refused, naming the member (or space) and where both were written, before
// anything registers. Teams in other domains, or whose domain is not known yet, are not compared.
import * as pulumi from "@pulumi/pulumi";
import { quoteValue } from "../model/quote";
import type { EffectiveMember } from "./member-merge";
import { privateSpaceName } from "./team-spaces";
import type { SpecPath, TeamProblem } from "./team-problems";
import type { SharedSpaceSpec } from "./team-spec";

/** A name the team takes in its domain, and where the team wrote it. */
interface NameClaim {
    kind: "profile" | "space" | "user";
    name: string;
    path: SpecPath;
    /** For a user: the member whose profile it opens. */
    member?: string;
}

/** Where a team wrote something: "teams/ml.yaml:7:5" in a team file, "team ml, members[0].name" in code. */
export type Locator = (path: SpecPath) => string;

interface Holder {
    team: string;
    where: string;
    member?: string;
}

const outputDomains = new WeakMap<object, string>();
let nextOutputDomain = 0;

/** The domain as a key: its id when known; one key per Output object otherwise (the same Output is the same domain). */
function domainKey(domainId: unknown): string | undefined {
    if (typeof domainId === "string") return domainId;
    if (pulumi.Output.isInstance(domainId)) {
        let key = outputDomains.get(domainId);
        if (key === undefined) {
            key = `(output ${nextOutputDomain++})`;
            outputDomains.set(domainId, key);
        }
        return key;
    }
    return undefined;
}

/** The names a team takes: its members' profiles, their private spaces, its shared spaces. */
export function teamClaims(members: readonly EffectiveMember[], memberPath: (name: string) => SpecPath, sharedSpaces: readonly SharedSpaceSpec[] = []): NameClaim[] {
    const claims: NameClaim[] = [];
    for (const member of members) {
        const at = memberPath(member.name);
        claims.push({ kind: "profile", name: member.name, path: at });
        if (member.singleSignOnUserValue !== undefined) {
            const userPath = at[at.length - 1] === "name" ? [...at.slice(0, -1), "singleSignOnUserValue"] : at;
            claims.push({ kind: "user", name: member.singleSignOnUserValue, path: userPath, member: member.name });
        }
        if (member.privateSpace !== undefined) {
            claims.push({ kind: "space", name: privateSpaceName(member.name), path: [...memberPath(member.name).slice(0, -1), "privateSpace"] });
        }
    }
    sharedSpaces.forEach((space, i) => claims.push({ kind: "space", name: space.name, path: ["sharedSpaces", i, "name"] }));
    return claims;
}

function collision(claim: NameClaim, holder: Holder, sameTeam: boolean): string {
    if (claim.kind === "user") {
        return (
            `Identity Center user ${quoteValue(claim.name)} is also the user of member ${holder.member ?? "?"} ` +
            `${sameTeam ? "of this team" : `of team ${holder.team}`} (${holder.where}); one person has one profile in a domain ` +
            `(two would each take the user's assignment to Studio for their own): remove one of them`
        );
    }
    return claim.kind === "profile"
        ? `${quoteValue(claim.name)} is also a member of team ${holder.team} (${holder.where}); a profile name is unique in a domain ` +
              `(compared without regard to case), so a person is a member of one team of a stack: remove them from one of the teams`
        : `space ${quoteValue(claim.name)} is also a space of team ${holder.team} (${holder.where}); a space name is unique in a domain ` +
              `(compared without regard to case): rename one of them`;
}

/** The names the teams of a program hold, per domain. */
export class NameRegistry {
    private readonly held = new Map<string, Holder>();

    /** Takes the team's names; the problems where another team holds one (then it takes none). */
    claim(team: string, domainId: unknown, claims: readonly NameClaim[], locate: Locator): TeamProblem[] {
        const domain = domainKey(domainId);
        if (domain === undefined) {
            return [];
        }
        const keyOf = (claim: NameClaim) => [pulumi.getProject(), pulumi.getStack(), domain, claim.kind, claim.name.toLowerCase()].join("\0");
        const own = new Map<string, Holder>();
        const problems = claims.flatMap((claim) => {
            const holder = this.held.get(keyOf(claim));
            if (holder !== undefined && holder.team !== team) return [{ path: claim.path, reason: collision(claim, holder, false) }];
            // Within the team, names are judged with its spec; a user two members name is judged here.
            const twice = claim.kind === "user" ? own.get(keyOf(claim)) : undefined;
            own.set(keyOf(claim), { team, where: locate(claim.path), member: claim.member });
            return twice !== undefined ? [{ path: claim.path, reason: collision(claim, twice, true) }] : [];
        });
        if (problems.length === 0) {
            for (const [key, holder] of own) this.held.set(key, holder);
        }
        return problems;
    }
}

/** The program's: every StudioTeam it constructs claims its names here. */
export const PROGRAM_NAMES = new NameRegistry();
