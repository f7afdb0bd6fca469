import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const { generateTeamSchema, render, SCHEMA_FILE } = require("../../scripts/generate-team-schema");

describe("schemas/team.schema.json", () => {
    it("is what scripts/generate-team-schema.js makes from the TypeScript types", () => {
        const committed = fs.readFileSync(SCHEMA_FILE, "utf8");
        assert.ok(committed === render(generateTeamSchema()), "schemas/team.schema.json is stale: run npm run generate:team-schema");
    });

    it("describes the user settings in Pulumi names, from the service model", () => {
        const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "schemas", "team.schema.json"), "utf8"));
        const settings = schema.definitions.UserSettings.properties;
        assert.ok(settings.jupyterLabAppSettings && settings.autoMountHomeEfs && settings.rStudioServerProAppSettings);
        assert.ok(schema.definitions.AppInstanceType.enum.includes("ml.g5.xlarge"));
        // A team lists its members, reads them from an Identity Center group, or both: neither is required alone.
        assert.ok(schema.definitions.TeamSpec.properties.members && schema.definitions.TeamSpec.properties.identityCenterGroup);
        assert.strictEqual(schema.definitions.TeamSpec.required, undefined);
    });
});
