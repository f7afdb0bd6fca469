import * as assert from "assert";
import { SHAPES } from "../../model/generated/service-model";
import {
    canonicalize, canonicalizeUserSettings, isEmptySetting, isSetLikeList, SERVER_FILLED_MEMBERS, SET_LIKE_LISTS,
} from "../../model/normalize";
import type { ShapeDef } from "../../model/shape-def";

const shapes = SHAPES as Record<string, ShapeDef>;
const LCC = (n: string) => `arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/${n}`;

describe("model/normalize", () => {
    it("names only list shapes of the generated model, and only UserSettings members as server-filled", () => {
        for (const name of SET_LIKE_LISTS) assert.strictEqual(shapes[name]?.type, "list", name);
        for (const m of SERVER_FILLED_MEMBERS) assert.ok(shapes.UserSettings.members?.[m], m);
        assert.ok(isSetLikeList("SecurityGroupIds"));
        assert.ok(!isSetLikeList("TagList"));
    });

    it("isEmptySetting: absent, null, [], None and structures of those", () => {
        for (const v of [undefined, null, [], "None", {}, { A: null, B: { C: [] } }]) assert.ok(isEmptySetting(v), JSON.stringify(v));
        for (const v of ["", 0, false, ["x"], { A: "x" }, "none"]) assert.ok(!isEmptySetting(v), JSON.stringify(v));
    });

    it("drops unset members and empty structures, keeps falsy real values", () => {
        assert.deepStrictEqual(canonicalizeUserSettings({
            ExecutionRole: undefined, SecurityGroups: null, SharingSettings: {}, CanvasAppSettings: { KendraSettings: {} },
            JupyterServerAppSettings: { DefaultResourceSpec: { SageMakerImageVersionArn: "None" } },
            DefaultLandingUri: "", CustomPosixUserConfig: { Uid: 0, Gid: 0 },
        }), { DefaultLandingUri: "", CustomPosixUserConfig: { Uid: 0, Gid: 0 } });
        assert.deepStrictEqual(canonicalizeUserSettings(undefined), {});
        assert.strictEqual(canonicalize("UserSettings", { SharingSettings: {} }), undefined);
    });

    it("sorts set-like lists and keeps ordered lists in order", () => {
        const settings = {
            SecurityGroups: ["sg-b", "sg-a"],
            JupyterLabAppSettings: {
                LifecycleConfigArns: [LCC("b"), LCC("a")],
                CodeRepositories: [{ RepositoryUrl: "https://z/z/z" }, { RepositoryUrl: "https://a/a/a" }],
                EmrSettings: { ExecutionRoleArns: ["r2", "r1"] },
            },
            StudioWebPortalSettings: { HiddenAppTypes: ["TensorBoard", "Canvas"], HiddenInstanceTypes: ["ml.t3.small", "ml.m5.large"] },
        };
        const reversed = {
            StudioWebPortalSettings: { HiddenInstanceTypes: ["ml.m5.large", "ml.t3.small"], HiddenAppTypes: ["Canvas", "TensorBoard"] },
            JupyterLabAppSettings: {
                EmrSettings: { ExecutionRoleArns: ["r1", "r2"] },
                CodeRepositories: [{ RepositoryUrl: "https://a/a/a" }, { RepositoryUrl: "https://z/z/z" }],
                LifecycleConfigArns: [LCC("a"), LCC("b")],
            },
            SecurityGroups: ["sg-a", "sg-b"],
        };
        const a = canonicalizeUserSettings(settings);
        assert.deepStrictEqual(a, canonicalizeUserSettings(reversed));
        assert.strictEqual(JSON.stringify(a), JSON.stringify(canonicalizeUserSettings(reversed)), "same key order too");
        assert.deepStrictEqual(a.SecurityGroups, ["sg-a", "sg-b"]);
        const tags = canonicalize("CreateUserProfileRequest", { Tags: [{ Key: "b", Value: "1" }, { Key: "a", Value: "2" }] });
        assert.deepStrictEqual(tags, { Tags: [{ Key: "b", Value: "1" }, { Key: "a", Value: "2" }] });
    });

    it("treats [] as absent unless asked to keep it (update requests clear lists with [])", () => {
        assert.deepStrictEqual(canonicalizeUserSettings({ SecurityGroups: [], JupyterLabAppSettings: { LifecycleConfigArns: [] } }), {});
        assert.deepStrictEqual(canonicalizeUserSettings({ JupyterLabAppSettings: { LifecycleConfigArns: [] } }, { dropEmptyLists: false }),
            { JupyterLabAppSettings: { LifecycleConfigArns: [] } });
    });

    it("keeps unknown members (so drift shows), never throws, and does not touch the input", () => {
        const input = { Zed: 1, SecurityGroups: ["b", "a"] };
        assert.deepStrictEqual(canonicalizeUserSettings(input), { SecurityGroups: ["a", "b"], Zed: 1 });
        assert.deepStrictEqual(input.SecurityGroups, ["b", "a"]);
        const cyclic: Record<string, unknown> = {};
        cyclic.SharingSettings = cyclic;
        const proto = JSON.parse('{"__proto__": {"a": 1}}');
        for (const v of [cyclic, proto, "x", 1, [], [cyclic]]) assert.doesNotThrow(() => canonicalizeUserSettings(v));
        assert.deepStrictEqual(Object.keys(canonicalizeUserSettings(proto)), ["__proto__"]);
    });
});
