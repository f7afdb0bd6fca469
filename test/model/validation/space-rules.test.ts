import * as assert from "assert";
import { formatPath } from "../../../model/schema/names";
import {
    checkSpaceRules,
    SPACE_RULES,
    SPACE_RULES_BY_ID,
    type OwnerProfileFacts,
    type SpaceRuleContext,
} from "../../../model/validation/cross-field-rules";
import { describeViolation } from "../../../model/validation/failure-reasons";
import type { Violation } from "../../../model/validation/shape-validator";

const ARN = "arn:aws:sagemaker:us-east-1:123456789012:space/d-abcdefghijkl/lab";
const base = { DomainId: "d-abcdefghijkl", SpaceName: "lab" };
const privateSpace = (extra: Record<string, unknown> = {}) => ({
    ...base,
    OwnershipSettings: { OwnerUserProfileName: "alice" },
    SpaceSharingSettings: { SharingType: "Private" },
    SpaceSettings: { AppType: "JupyterLab" },
    ...extra,
});
const sharedSpace = (extra: Record<string, unknown> = {}) => ({ ...base, SpaceSharingSettings: { SharingType: "Shared" }, ...extra });
const ebs = (size: number) => ({ SpaceSettings: { AppType: "JupyterLab", SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: size } } } });
const storageMaximum = (max: number) => ({ SpaceStorageSettings: { DefaultEbsStorageSettings: { DefaultEbsVolumeSizeInGb: 5, MaximumEbsVolumeSizeInGb: max } } });
const inService = (userSettings?: Record<string, unknown>): OwnerProfileFacts => ({
    exists: true,
    status: "InService",
    ...(userSettings !== undefined ? { userSettings } : {}),
});

function run(id: string, input: unknown, context: SpaceRuleContext = {}): Violation[] {
    const vs = SPACE_RULES_BY_ID[id].check(input, context);
    for (const v of vs) {
        assert.strictEqual(v.kind, "rule");
        assert.strictEqual(v.rule, id);
    }
    return vs;
}
const constraints = (vs: Violation[]) => vs.map((v) => v.constraint);

describe("model/validation/cross-field-rules: spaces", () => {
    it("every rule has a unique id, a description and is an error", () => {
        assert.strictEqual(new Set(SPACE_RULES.map((r) => r.id)).size, SPACE_RULES.length);
        for (const r of SPACE_RULES) {
            assert.match(r.id, /^[a-z0-9-]+$/);
            assert.ok(r.description.length > 20);
            assert.strictEqual(r.severity, "error");
        }
    });

    describe("private-space-requires-owner", () => {
        const id = "private-space-requires-owner";
        it("refuses a private space without OwnershipSettings", () => {
            const vs = run(id, { ...base, SpaceSharingSettings: { SharingType: "Private" } });
            assert.deepStrictEqual(vs.map((v) => v.path), [["OwnershipSettings", "OwnerUserProfileName"]]);
            assert.deepStrictEqual(constraints(vs), ["A private space requires OwnershipSettings.OwnerUserProfileName."]);
        });
        it("accepts a private space with an owner, shared spaces and spaces without sharing settings, with or without owner", () => {
            assert.deepStrictEqual(run(id, privateSpace()), []);
            assert.deepStrictEqual(run(id, sharedSpace()), []);
            assert.deepStrictEqual(run(id, sharedSpace({ OwnershipSettings: { OwnerUserProfileName: "alice" } })), []);
            assert.deepStrictEqual(run(id, base), []);
            assert.deepStrictEqual(run(id, { ...base, OwnershipSettings: { OwnerUserProfileName: "alice" } }), []);
        });
        it("does not apply to updates, whose request cannot name ownership or sharing", () => {
            assert.deepStrictEqual(run(id, { ...base, SpaceSharingSettings: { SharingType: "Private" } }, { operation: "UpdateSpace" }), []);
        });
    });

    describe("private-space-requires-space-settings", () => {
        const id = "private-space-requires-space-settings";
        const { SpaceSettings: _settings, ...withoutSettings } = privateSpace();
        it("refuses a private space without SpaceSettings, naming the space's ARN when it is known", () => {
            assert.deepStrictEqual(constraints(run(id, withoutSettings, { spaceArn: ARN })), [`SpaceSettings must be provided for creating private space [${ARN}]`]);
            assert.deepStrictEqual(constraints(run(id, withoutSettings)), ["SpaceSettings must be provided for creating private space"]);
        });
        it("accepts empty SpaceSettings, shared spaces without them, and updates", () => {
            assert.deepStrictEqual(run(id, privateSpace({ SpaceSettings: {} })), []);
            assert.deepStrictEqual(run(id, sharedSpace()), []);
            assert.deepStrictEqual(run(id, withoutSettings, { operation: "UpdateSpace" }), []);
        });
    });

    describe("space-owner-profile-in-service", () => {
        const id = "space-owner-profile-in-service";
        it("refuses an owner that does not exist or is not InService", () => {
            assert.deepStrictEqual(constraints(run(id, privateSpace(), { owner: { exists: false } })), [
                "UserProfile alice does not exist in the space's domain.",
            ]);
            const vs = run(id, privateSpace(), { owner: { exists: true, status: "Pending" } });
            assert.deepStrictEqual(constraints(vs), ["Unable to create Space lab because UserProfile alice is not in InService."]);
            assert.deepStrictEqual(vs[0].path, ["OwnershipSettings", "OwnerUserProfileName"]);
            assert.strictEqual(vs[0].value, "alice");
        });
        it("stays silent without owner facts, without a status, for an InService owner, without an owner and on update", () => {
            assert.deepStrictEqual(run(id, privateSpace()), []);
            assert.deepStrictEqual(run(id, privateSpace(), { owner: { exists: true } }), []);
            assert.deepStrictEqual(run(id, privateSpace(), { owner: inService() }), []);
            assert.deepStrictEqual(run(id, sharedSpace(), { owner: { exists: false } }), []);
            assert.deepStrictEqual(run(id, { ...base, SpaceSettings: {} }, {
                operation: "UpdateSpace",
                owner: { exists: true, status: "Updating" },
                currentSpace: privateSpace(),
            }), []);
        });
    });

    describe("space-app-type-not-updatable", () => {
        const id = "space-app-type-not-updatable";
        it("refuses any AppType in an update, even the space's own", () => {
            const vs = run(id, { ...base, SpaceSettings: { AppType: "JupyterLab" } }, { operation: "UpdateSpace", currentSpace: privateSpace() });
            assert.deepStrictEqual(constraints(vs), ["Updating AppType for Space is not supported."]);
            assert.deepStrictEqual(vs[0].path, ["SpaceSettings", "AppType"]);
        });
        it("accepts an update without AppType and an AppType on create", () => {
            assert.deepStrictEqual(run(id, { ...base, SpaceSettings: { JupyterLabAppSettings: {} } }, { operation: "UpdateSpace" }), []);
            assert.deepStrictEqual(run(id, privateSpace()), []);
        });
    });

    describe("space-ebs-size-within-maximum", () => {
        const id = "space-ebs-size-within-maximum";
        const path = ["SpaceSettings", "SpaceStorageSettings", "EbsStorageSettings", "EbsVolumeSizeInGb"];
        it("holds a private space to its owner's maximum, which wins over the domain's", () => {
            const context: SpaceRuleContext = { owner: inService(storageMaximum(50)), domain: { defaultUserSettings: storageMaximum(500) } };
            const vs = run(id, privateSpace(ebs(51)), context);
            assert.deepStrictEqual(vs.map((v) => v.path), [path]);
            assert.strictEqual(vs[0].value, 51);
            assert.deepStrictEqual(constraints(vs), [
                "EbsVolumeSizeInGb (51) must be less than or equal to the MaximumEbsVolumeSizeInGb (50) " +
                    "in SpaceStorageSettings.DefaultEbsStorageSettings of the UserSettings of UserProfile alice.",
            ]);
            assert.deepStrictEqual(run(id, privateSpace(ebs(50)), context), []);
            assert.deepStrictEqual(run(id, privateSpace(ebs(400)), { ...context, owner: inService(storageMaximum(400)) }), []);
        });
        it("holds a private space whose owner sets no maximum to the domain's DefaultUserSettings", () => {
            const context: SpaceRuleContext = { owner: inService({}), domain: { defaultUserSettings: storageMaximum(100) } };
            assert.deepStrictEqual(constraints(run(id, privateSpace(ebs(101)), context)), [
                "EbsVolumeSizeInGb (101) must be less than or equal to the MaximumEbsVolumeSizeInGb (100) " +
                    "in SpaceStorageSettings.DefaultEbsStorageSettings of the domain's DefaultUserSettings.",
            ]);
            assert.deepStrictEqual(run(id, privateSpace(ebs(100)), context), []);
        });
        it("holds a shared space to the domain's DefaultSpaceSettings, not to any profile's", () => {
            const context: SpaceRuleContext = {
                owner: inService(storageMaximum(10)),
                domain: { defaultUserSettings: storageMaximum(10), defaultSpaceSettings: storageMaximum(200) },
            };
            assert.deepStrictEqual(run(id, sharedSpace(ebs(200)), context), []);
            assert.match(run(id, sharedSpace(ebs(201)), context)[0].constraint, /\(200\) in SpaceStorageSettings\.DefaultEbsStorageSettings of the domain's DefaultSpaceSettings\.$/);
        });
        it("on update, judges the requested size by the space's own sharing type and owner", () => {
            const context: SpaceRuleContext = { operation: "UpdateSpace", currentSpace: privateSpace(), owner: inService(storageMaximum(30)) };
            assert.strictEqual(run(id, { ...base, ...ebs(31) }, context).length, 1);
            assert.deepStrictEqual(run(id, { ...base, SpaceSettings: { JupyterLabAppSettings: {} } }, context), []);
        });
        it("stays silent when the facts it needs are unknown or no maximum is set", () => {
            assert.deepStrictEqual(run(id, privateSpace(ebs(9000))), []);
            assert.deepStrictEqual(run(id, privateSpace(ebs(9000)), { domain: { defaultUserSettings: storageMaximum(10) } }), []);
            assert.deepStrictEqual(run(id, privateSpace(ebs(9000)), { owner: inService({}) }), []);
            assert.deepStrictEqual(run(id, privateSpace(ebs(9000)), { owner: inService({}), domain: { defaultUserSettings: {} } }), []);
            assert.deepStrictEqual(run(id, sharedSpace(ebs(9000)), { domain: { defaultUserSettings: storageMaximum(10) } }), []);
            assert.deepStrictEqual(run(id, { ...base, ...ebs(9000) }, { domain: { defaultUserSettings: storageMaximum(10), defaultSpaceSettings: storageMaximum(10) } }), []);
            assert.deepStrictEqual(run(id, { ...base, ...ebs(9000) }, { operation: "UpdateSpace", owner: inService(storageMaximum(10)) }), []);
        });
    });

    describe("checkSpaceRules", () => {
        it("runs every rule in order and never throws", () => {
            const input = { ...base, SpaceSharingSettings: { SharingType: "Private" } };
            assert.deepStrictEqual(checkSpaceRules(input).map((v) => v.rule), ["private-space-requires-owner", "private-space-requires-space-settings"]);
            const hostile = Object.defineProperty({}, "SpaceSettings", { enumerable: true, get() { throw new Error("boom"); } });
            for (const v of [undefined, null, 1, "x", [], hostile, { SpaceSettings: [] }, { SpaceSharingSettings: "Private" }]) {
                assert.ok(Array.isArray(checkSpaceRules(v, { operation: "UpdateSpace", currentSpace: hostile, owner: inService({}) })));
                assert.ok(Array.isArray(checkSpaceRules(v, { owner: { exists: false }, domain: { defaultSpaceSettings: {} } })));
            }
        });

        it("produces Pulumi check failures with camelCase paths", () => {
            const failures = checkSpaceRules({ ...base, SpaceSettings: { AppType: "CodeEditor" } }, { operation: "UpdateSpace" }).map(describeViolation);
            assert.deepStrictEqual(failures.map((f) => ({ property: formatPath(f.path), reason: f.reason })), [
                { property: "spaceSettings.appType", reason: "Updating AppType for Space is not supported." },
            ]);
        });
    });
});
