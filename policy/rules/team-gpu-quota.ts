// Rationale: GPU defaults are a team's budget; a team may give only so many of its members an
// accelerated instance type as an app default. A space's default counts too: a member whose
// profile or private space defaults to a GPU counts once, and each shared space with a GPU
// default counts as one more.
import type { PolicyResource } from "@pulumi/policy";
import { integerMapSetting, integerSetting, stringListSetting } from "../lib/config-schema";
import { list, quote } from "../lib/format";
import { ACCELERATED_FAMILIES, instanceFamily } from "../lib/instance-types";
import type { ResourceView } from "../lib/resource-view";
import { stackRule } from "../lib/rule";
import { spacesOf, userProfilesOf } from "../lib/stack-views";
import { UnknownTracker } from "../lib/unknowns";

interface Team {
    readonly parent: PolicyResource;
    /** A member (by profile name) or a shared space → where its GPU defaults are. */
    readonly gpuSeats: Map<string, string[]>;
}

export const teamGpuQuota = stackRule({
    name: "sagemaker-team-gpu-quota",
    description: "A team may give at most its quota of members (and shared spaces) a GPU instance type as an app or space default.",
    enforcementLevel: "advisory",
    severity: "medium",
    config: {
        maxGpuProfilesPerTeam: integerSetting({
            minimum: 0, default: 2,
            description: "Members per team (profiles sharing a parent component, with their private spaces) and shared spaces with a GPU default.",
        }),
        teamQuotas: integerMapSetting({
            values: { minimum: 0 }, default: {},
            description: "Team (component resource name) → its own quota, overriding maxGpuProfilesPerTeam.",
        }),
        gpuFamilies: stringListSetting({ default: [...ACCELERATED_FAMILIES], description: "Instance families that count as GPU." }),
    },
    check: (args, config, report) => {
        const unknowns = new UnknownTracker();
        const teams = new Map<string, Team>();
        const count = (parent: PolicyResource | undefined, seat: () => string, view: ResourceView) => {
            if (parent === undefined || parent.type === "pulumi:pulumi:Stack") return;
            const team = teams.get(parent.urn) ?? { parent, gpuSeats: new Map<string, string[]>() };
            teams.set(parent.urn, team);
            const gpuPaths = unknowns.attempt(() => gpuDefaults(view, config.gpuFamilies)) ?? [];
            const key = unknowns.attempt(seat);
            if (gpuPaths.length > 0 && key !== undefined) team.gpuSeats.set(key, [...(team.gpuSeats.get(key) ?? []), `${view.resourceName} ${gpuPaths.join(", ")}`]);
            unknowns.attempt(() => view.unknowns.rethrow());
        };
        for (const { view, resource } of userProfilesOf(args)) {
            count(resource.parent, () => `member ${view.userProfileName ?? view.resourceName}`, view);
        }
        for (const { view, resource } of spacesOf(args)) {
            count(resource.parent, () => (view.sharingType === "Private" && view.owner !== undefined ? `member ${view.owner}` : `shared space ${view.spaceName ?? view.resourceName}`), view);
        }
        for (const { parent, gpuSeats } of teams.values()) {
            const quota = config.teamQuotas[parent.name] ?? config.maxGpuProfilesPerTeam;
            if (gpuSeats.size > quota) {
                const seats = [...gpuSeats.entries()].map(([seat, where]) => `${seat} (${where.join("; ")})`);
                report(`team ${quote(parent.name)}: ${gpuSeats.size} members or shared spaces have a GPU app default, ` +
                    `above its quota of ${quota}: ${list(seats)}; GPU families: ${config.gpuFamilies.join(", ")}.`, parent.urn);
            }
        }
        unknowns.rethrow();
    },
});

function gpuDefaults(view: ResourceView, gpuFamilies: readonly string[]): string[] {
    return view.defaultInstanceTypes()
        .filter(({ instanceType }) => gpuFamilies.includes(instanceFamily(instanceType) ?? ""))
        .map(({ path, instanceType }) => `${path} ${instanceType}`);
}
