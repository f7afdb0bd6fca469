// Rationale: a shared space belongs to no one person, so its cost and its files need a team to
// answer for them; the team tag says which.
import { stringSetting } from "../lib/config-schema";
import { quote } from "../lib/format";
import { spaceRule } from "../lib/rule";

export const sharedSpaceTeamTag = spaceRule({
    name: "sagemaker-space-shared-team-tag",
    description: "A shared space must carry a team tag.",
    enforcementLevel: "mandatory",
    severity: "medium",
    config: {
        teamTagKey: stringSetting({ minLength: 1, default: "team", description: "The tag key that names the team." }),
    },
    check: (space, { teamTagKey }, report) => {
        if (space.sharingType !== "Shared") return;
        const value = space.tags[teamTagKey];
        if (value === undefined || value.trim() === "") {
            report(`${space.label}: a shared space needs the tag ${quote(teamTagKey)} naming its team (tags: ${Object.keys(space.tags).map((k) => quote(k)).join(", ") || "none"}).`);
        }
    },
});
