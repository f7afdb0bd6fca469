// Rationale: the RStudio admin group opens the RStudio Administrative Dashboard; least privilege
// keeps it to named members.
import { stringListSetting } from "../lib/config-schema";
import { list } from "../lib/format";
import { userProfileRule } from "../lib/rule";

export const rstudioAdminRestricted = userProfileRule({
    name: "sagemaker-userprofile-rstudio-admin-restricted",
    description: "Only listed members may be RStudio administrators.",
    enforcementLevel: "mandatory",
    severity: "high",
    config: {
        rstudioAdmins: stringListSetting({
            items: { minLength: 1 }, default: [],
            description: "Members (userProfileName or resource name) allowed in R_STUDIO_ADMIN.",
        }),
    },
    check: (profile, { rstudioAdmins }, report) => {
        const userGroupPath = "userSettings.rStudioServerProAppSettings.userGroup";
        const group = profile.app("rStudioServerProAppSettings")?.userGroup ?? undefined;
        if (group !== "R_STUDIO_ADMIN") return;
        if (!profile.identities.some((id) => rstudioAdmins.includes(id))) {
            report(`${profile.label}: ${userGroupPath} is "R_STUDIO_ADMIN", but the member is not an allowed RStudio admin; ` +
                `admins: ${list(rstudioAdmins)}. Use "R_STUDIO_USER".`);
        }
    },
});
