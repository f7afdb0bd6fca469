// Rationale: a shared space belongs to no one person, so its cost and its files need a team to
// answer for them; the team tag says which.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { quote } from "../lib/format";
import { validateSpace } from "../lib/policy-kit";

interface SharedSpaceTeamTagConfig {
    teamTagKey: string;
}

export const sharedSpaceTeamTag: ResourceValidationPolicy = {
    name: "sagemaker-space-shared-team-tag",
    description: "A shared space must carry a team tag.",
    enforcementLevel: "mandatory",
    severity: "medium",
    configSchema: {
        properties: {
            teamTagKey: { type: "string", minLength: 1, default: "team", description: "The tag key that names the team." },
        },
    },
    validateResource: validateSpace<SharedSpaceTeamTagConfig>((space, { teamTagKey }, report) => {
        if (space.sharingType !== "Shared") return;
        const value = space.tags[teamTagKey];
        if (value === undefined || value.trim() === "") {
            report(`${space.label}: a shared space needs the tag ${quote(teamTagKey)} naming its team (tags: ${Object.keys(space.tags).map((k) => quote(k)).join(", ") || "none"}).`);
        }
    }),
};
