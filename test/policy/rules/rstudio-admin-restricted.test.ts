import * as assert from "assert";
import { rstudioAdminRestricted } from "../../../policy/rules/rstudio-admin-restricted";
import { profileProps, runResourcePolicy } from "../harness";

const rstudio = (userGroup: string, userProfileName = "alice") =>
    profileProps({ userProfileName, userSettings: { rStudioServerProAppSettings: { accessStatus: "ENABLED", userGroup } } });

describe("policy sagemaker-userprofile-rstudio-admin-restricted", () => {
    it("is mandatory and passes RStudio users", async () => {
        const outcome = await runResourcePolicy(rstudioAdminRestricted, { name: "a", props: rstudio("R_STUDIO_USER") });
        assert.strictEqual(outcome.level, "mandatory");
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("flags an admin who is not listed", async () => {
        const { violations } = await runResourcePolicy(rstudioAdminRestricted, { name: "ml-alice", props: rstudio("R_STUDIO_ADMIN"), config: { rstudioAdmins: ["carol"] } });
        assert.deepStrictEqual(violations, [
            "Only listed members may be RStudio administrators.\n" +
            'member "alice" (resource ml-alice): userSettings.rStudioServerProAppSettings.userGroup is "R_STUDIO_ADMIN", ' +
            'but the member is not an allowed RStudio admin; admins: "carol". Use "R_STUDIO_USER".',
        ]);
    });

    it("allows listed admins by profile name or resource name", async () => {
        assert.deepStrictEqual((await runResourcePolicy(rstudioAdminRestricted, { name: "x", props: rstudio("R_STUDIO_ADMIN", "carol"), config: { rstudioAdmins: ["carol"] } })).violations, []);
        assert.deepStrictEqual((await runResourcePolicy(rstudioAdminRestricted, { name: "ops-carol", props: rstudio("R_STUDIO_ADMIN", "c"), config: { rstudioAdmins: ["ops-carol"] } })).violations, []);
    });
});
