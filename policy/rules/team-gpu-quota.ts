// Rationale: GPU defaults are a team's budget; a team may give only so many of its members an
// accelerated instance type as an app default.
import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { list, quote } from "../lib/format";
import { ACCELERATED_FAMILIES, instanceFamily } from "../lib/instance-types";
import { userProfilesOf } from "../lib/policy-kit";
import type { ProfileView } from "../lib/profile";
import { UnknownTracker } from "../lib/unknowns";

interface TeamGpuQuotaConfig {
    maxGpuProfilesPerTeam: number;
    teamQuotas: Record<string, number>;
    gpuFamilies: string[];
}

interface Team {
    readonly parent: PolicyResource;
    readonly gpuMembers: string[];
}

export const teamGpuQuota: StackValidationPolicy = {
    name: "sagemaker-team-gpu-quota",
    description: "A team may give at most its quota of members a GPU instance type as an app default.",
    enforcementLevel: "advisory",
    severity: "medium",
    configSchema: {
        properties: {
            maxGpuProfilesPerTeam: {
                type: "integer", minimum: 0, default: 2,
                description: "Members per team (profiles sharing a parent component) with a GPU default.",
            },
            teamQuotas: {
                type: "object", additionalProperties: { type: "integer", minimum: 0 }, default: {},
                description: "Team (component resource name) → its own quota, overriding maxGpuProfilesPerTeam.",
            },
            gpuFamilies: {
                type: "array", items: { type: "string" }, default: [...ACCELERATED_FAMILIES],
                description: "Instance families that count as GPU.",
            },
        },
    },
    validateStack: (args, report) => {
        const config = args.getConfig<TeamGpuQuotaConfig>();
        const unknowns = new UnknownTracker();
        const teams = new Map<string, Team>();
        for (const { view, resource } of userProfilesOf(args)) {
            const parent = resource.parent;
            if (parent === undefined || parent.type === "pulumi:pulumi:Stack") continue;
            const team = teams.get(parent.urn) ?? { parent, gpuMembers: [] };
            teams.set(parent.urn, team);
            const gpuPaths = unknowns.attempt(() => gpuDefaults(view, config.gpuFamilies)) ?? [];
            if (gpuPaths.length > 0) team.gpuMembers.push(`${view.resourceName} (${gpuPaths.join(", ")})`);
            unknowns.attempt(() => view.unknowns.rethrow());
        }
        for (const { parent, gpuMembers } of teams.values()) {
            const quota = config.teamQuotas[parent.name] ?? config.maxGpuProfilesPerTeam;
            if (gpuMembers.length > quota) {
                report(`team ${quote(parent.name)}: ${gpuMembers.length} members have a GPU app default, ` +
                    `above its quota of ${quota}: ${list(gpuMembers)}; GPU families: ${config.gpuFamilies.join(", ")}.`, parent.urn);
            }
        }
        unknowns.rethrow();
    },
};

function gpuDefaults(view: ProfileView, gpuFamilies: readonly string[]): string[] {
    return view.defaultInstanceTypes()
        .filter(({ instanceType }) => gpuFamilies.includes(instanceFamily(instanceType) ?? ""))
        .map(({ path, instanceType }) => `${path} ${instanceType}`);
}
