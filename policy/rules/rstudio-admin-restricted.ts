// Rationale: the RStudio admin group opens the RStudio Administrative Dashboard; least privilege
// keeps it to named members.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { list } from "../lib/format";
import { validateUserProfile } from "../lib/policy-kit";

interface RStudioAdminRestrictedConfig {
    rstudioAdmins: string[];
}

const PATH = "userSettings.rStudioServerProAppSettings.userGroup";

export const rstudioAdminRestricted: ResourceValidationPolicy = {
    name: "sagemaker-userprofile-rstudio-admin-restricted",
    description: "Only listed members may be RStudio administrators.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema: {
        properties: {
            rstudioAdmins: {
                type: "array", items: { type: "string", minLength: 1 }, default: [],
                description: "Members (userProfileName or resource name) allowed in R_STUDIO_ADMIN.",
            },
        },
    },
    validateResource: validateUserProfile<RStudioAdminRestrictedConfig>((profile, { rstudioAdmins }, report) => {
        const group = profile.app("rStudioServerProAppSettings")?.userGroup ?? undefined;
        if (group !== "R_STUDIO_ADMIN") return;
        if (!profile.identities.some((id) => rstudioAdmins.includes(id))) {
            report(`${profile.label}: ${PATH} is "R_STUDIO_ADMIN", but the member is not an allowed RStudio admin; ` +
                `admins: ${list(rstudioAdmins)}. Use "R_STUDIO_USER".`);
        }
    }),
};
