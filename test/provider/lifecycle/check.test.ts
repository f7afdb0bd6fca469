import * as assert from "assert";
import { formatPath } from "../../../model/schema/names";
import { USER_PROFILE } from "../../../provider/kinds/user-profile";
import { checkInputsAlone } from "../../../provider/lifecycle/check";
import { UNKNOWN } from "../../../provider/lifecycle/unknowns";

const base = { domainId: "d-testdomain01", userProfileName: "alice", __provider: "code" };

function failuresOf(news: Record<string, unknown>) {
    return checkInputsAlone(USER_PROFILE, {}, news).failures.map((f) => ({ property: formatPath(f.path), reason: f.reason }));
}

function failures(news: Record<string, unknown>) {
    return failuresOf({ ...base, ...news });
}

function only(news: Record<string, unknown>) {
    const found = failures(news);
    assert.strictEqual(found.length, 1, JSON.stringify(found));
    return found[0];
}

describe("provider: check", () => {
    it("accepts a complete, valid profile", () => {
        assert.deepStrictEqual(
            failures({
                tags: { team: "ml" },
                adopt: true,
                timeouts: { create: "20m", delete: 600 },
                userSettings: {
                    executionRole: "arn:aws:iam::123456789012:role/Exec",
                    securityGroups: ["sg-0123456789abcdef0"],
                    jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } },
                    spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 5, maximumEbsVolumeSizeInGb: 100 } },
                    autoMountHomeEfs: "Enabled",
                },
            }),
            [],
        );
    });

    it("names the full path of a bad instance type and suggests the closest", () => {
        const f = only({ userSettings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.meduim" } } } });
        assert.strictEqual(f.property, "userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType");
        assert.match(f.reason, /one of the 176 SageMaker app instance types.*did you mean ml\.t3\.medium\?/);
    });

    it("reports unknown members with a suggestion, at the top and nested", () => {
        assert.match(only({ userSetings: {} }).reason, /did you mean userSettings\?/);
        const nested = only({ userSettings: { jupyterLabAppSettings: { defaultResourceSpc: {} } } });
        assert.strictEqual(nested.property, "userSettings.jupyterLabAppSettings.defaultResourceSpc");
        assert.match(nested.reason, /did you mean defaultResourceSpec\?/);
    });

    it("checks names, required members and patterns", () => {
        assert.strictEqual(only({ userProfileName: "bad_name!" }).property, "userProfileName");
        const missing = failuresOf({ __provider: "code", userProfileName: "a" });
        assert.deepStrictEqual(missing.map((f) => f.property), ["domainId"]);
        const role = failures({ userSettings: { executionRole: "not-an-arn" } });
        assert.deepStrictEqual(role.map((f) => f.property), ["userSettings.executionRole", "userSettings.executionRole"]);
        assert.match(role.map((f) => f.reason).join("\n"), /regular expression[\s\S]*between 20 and 2048 characters/);
    });

    it("checks list sizes and list items with their index", () => {
        const sgs = ["sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6"];
        assert.strictEqual(only({ userSettings: { securityGroups: sgs } }).property, "userSettings.securityGroups");
        const items = failures({ userSettings: { customFileSystemConfigs: [{ efsFileSystemConfig: { fileSystemId: "nope" } }] } });
        assert.ok(items.length > 0);
        for (const f of items) {
            assert.strictEqual(f.property, "userSettings.customFileSystemConfigs[0].efsFileSystemConfig.fileSystemId");
        }
    });

    it("applies cross-field rules with the path of the offending setting", () => {
        const f = only({
            userSettings: { spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 100, maximumEbsVolumeSizeInGb: 50 } } },
        });
        assert.match(f.property, /^userSettings\.spaceStorageSettings\.defaultEbsStorageSettings/);
        const landing = only({ userSettings: { defaultLandingUri: "studio::", studioWebPortal: "DISABLED" } });
        assert.match(landing.property, /^userSettings\./);
    });

    it("accepts what the newest service model allows, such as the Optimizer ML tool", () => {
        assert.deepStrictEqual(failures({ userSettings: { studioWebPortalSettings: { hiddenMlTools: ["Optimizer", "Datasets"] } } }), []);
        assert.match(only({ userSettings: { studioWebPortalSettings: { hiddenMlTools: ["Optimiser"] } } }).reason, /^"Optimiser" is not one of the \d+ SageMaker Studio ML tools \(such as DataWrangler\); did you mean Optimizer\?$/);
    });

    it("checks tags as the API's Tag shape, by key", () => {
        const f = only({ tags: { "bad key\u0000": "v" } });
        assert.match(f.property, /^tags\[/);
        assert.match(f.reason, /^the key/);
        const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
        assert.match(only({ tags: many }).reason, /at most 50 entries/);
    });

    it("checks behaviour options", () => {
        assert.strictEqual(only({ adopt: "yes" }).property, "adopt");
        assert.strictEqual(only({ timeouts: { create: "soon" } }).property, "timeouts.create");
        assert.match(only({ timeouts: { craete: "1m" } }).reason, /did you mean create\?/);
    });

    it("tolerates values unknown during preview", () => {
        assert.deepStrictEqual(
            failures({
                domainId: UNKNOWN,
                tags: { team: UNKNOWN },
                userSettings: { executionRole: UNKNOWN, securityGroups: [UNKNOWN], customPosixUserConfig: { uid: UNKNOWN, gid: 2000 } },
            }),
            [],
        );
        assert.deepStrictEqual(failures({ userSettings: UNKNOWN }), []);
    });

    it("reports a value nested thousands of levels deep instead of overflowing the stack", () => {
        let deep: unknown = "ml.t3.medium";
        for (let i = 0; i < 20000; i++) deep = i % 2 ? [deep] : { jupyterLabAppSettings: deep };
        for (const key of ["userSettings", "domainId", "tags"]) {
            const result = { failures: failuresOf({ domainId: "d-testdomain01", userProfileName: "alice", [key]: deep }) };
            assert.deepStrictEqual(
                (result.failures ?? []).filter((f) => f.property === key && /nested more than 64 levels/.test(f.reason)).length,
                1,
                JSON.stringify(result.failures),
            );
        }
    });
});
