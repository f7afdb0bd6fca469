// The lines an adoption warning lists: each setting and tag old → new, Pulumi names.
import * as assert from "assert";
import { adoptionLines } from "../../../provider/lifecycle/adoption-lines";

describe("adoption lines", () => {
    it("says a setting the profile lacks is not set before, and one the program drops is removed after", () => {
        const lines = adoptionLines(
            "UserSettings",
            [
                { path: ["JupyterLabAppSettings", "DefaultResourceSpec", "InstanceType"], from: undefined, to: "ml.t3.medium" },
                { path: ["SecurityGroups"], from: ["sg-1"], to: undefined },
                { path: ["ExecutionRole"], from: "arn:old", to: "arn:new" },
            ],
            { legacy: "yes", team: "a" },
            { team: "b", owner: "me" },
        );
        assert.deepStrictEqual(lines, [
            'userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType: (not set) → "ml.t3.medium"',
            'userSettings.securityGroups: ["sg-1"] → (removed)',
            'userSettings.executionRole: "arn:old" → "arn:new"',
            'tags.legacy: "yes" → (removed)',
            'tags.team: "a" → "b"',
            'tags.owner: (not set) → "me"',
        ]);
    });
});
