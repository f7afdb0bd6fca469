import * as assert from "assert";
import { checkSpace } from "../../../model/space/space-check";

const UNKNOWN = Symbol("unknown");
const privateSpace = {
    domainId: "d-testdomain01",
    spaceName: "alice-private",
    ownershipSettings: { ownerUserProfileName: "alice" },
    spaceSharingSettings: { sharingType: "Private" },
    spaceSettings: { appType: "JupyterLab", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } },
};
const reasons = (inputs: Record<string, unknown>, isUnknown?: (v: unknown) => boolean) =>
    checkSpace(inputs, isUnknown ? { isUnknown } : {}).map((f) => `${f.path.join(".")}: ${f.reason}`);

describe("model/space/space-check", () => {
    it("accepts a private space with an owner and settings", () => {
        assert.deepStrictEqual(reasons(privateSpace), []);
    });

    it("refuses a private space without an owner, at the owner's path, and one without settings", () => {
        const { ownershipSettings: _owner, ...withoutOwner } = privateSpace;
        assert.deepStrictEqual(reasons(withoutOwner), ["ownershipSettings.ownerUserProfileName: A private space requires OwnershipSettings.OwnerUserProfileName."]);
        const { spaceSettings: _settings, ...withoutSettings } = privateSpace;
        assert.deepStrictEqual(reasons(withoutSettings), ["spaceSettings: SpaceSettings must be provided for creating private space"]);
    });

    it("judges every input against the service model, in Pulumi names, with what is allowed", () => {
        const bad = {
            ...privateSpace,
            spaceName: "alice_private",
            spaceSettings: { appType: "JupyterLab", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.huge" } }, spaceStorageSettings: { ebsStorageSettings: { ebsVolumeSizeInGb: 2 } } },
            tags: { "bad key!": "x" },
            timeout: { create: "1m" },
        };
        const got = reasons(bad);
        assert.ok(got.some((r) => r.startsWith('spaceName: "alice_private" does not match the regular expression')), got.join("\n"));
        assert.ok(got.some((r) => r.startsWith('spaceSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType: "ml.t3.huge" is not one of the')), got.join("\n"));
        assert.ok(got.includes("spaceSettings.spaceStorageSettings.ebsStorageSettings.ebsVolumeSizeInGb: must be between 5 and 16384 (got 2)"), got.join("\n"));
        assert.ok(got.some((r) => r.startsWith("tags.bad key!: the key")), got.join("\n"));
        assert.ok(got.some((r) => /^timeout: is not a Space property; did you mean timeouts\?/.test(r)), got.join("\n"));
    });

    it("skips values that are unknown during preview, an owner among them", () => {
        const pending = { ...privateSpace, domainId: UNKNOWN, ownershipSettings: { ownerUserProfileName: UNKNOWN } };
        assert.deepStrictEqual(reasons(pending, (v) => v === UNKNOWN), []);
    });
});
