// The example stack: one StudioTeam per team file named in stack config, in
// the domain named in stack config. `npm run demo` runs it on sagemaker-local.
import * as pulumi from "@pulumi/pulumi";
import { StudioTeam, type EffectiveMember } from "pulumi-sagemaker-studio";

const config = new pulumi.Config();
const domainId = config.require("domainId");
// `teams`: a glob or comma-separated list, or a list set with `pulumi config set --path 'teams[0]' …`.
const teamsConfig = config.get("teams") ?? "teams/*.yaml";
const teamPatterns: string | string[] = teamsConfig.trimStart().startsWith("[") ? config.requireObject<string[]>("teams") : teamsConfig;

/** The default instance type of each app the member's settings give one to. */
function defaultInstanceTypes(member: EffectiveMember): Record<string, string> {
    const settings = (member.userSettings ?? {}) as Record<string, { defaultResourceSpec?: { instanceType?: string } } | undefined>;
    const types: Record<string, string> = {};
    for (const [app, appSettings] of Object.entries(settings)) {
        const instanceType = appSettings?.defaultResourceSpec?.instanceType;
        if (app.endsWith("AppSettings") && instanceType) {
            types[app.replace(/AppSettings$/, "")] = instanceType;
        }
    }
    return types;
}

// `loadAll` reads the members of a team file that names an identityCenterGroup (SSO domains), and
// judges the teams together (a person in two teams fails) before any registers anything.
export = async () => {
    const teams = await StudioTeam.loadAll(teamPatterns, { domainId });
    /** One row per member: what the profile is and what its user gets. */
    const profiles = teams.flatMap((team) =>
        Object.entries(team.userProfiles).map(([member, profile]) => ({
            member,
            team: team.teamName,
            status: profile.status,
            arn: profile.arn,
            defaultInstanceTypes: defaultInstanceTypes(team.effectiveMembers[member]),
        })),
    );
    return { profiles, profileCount: profiles.length };
};
