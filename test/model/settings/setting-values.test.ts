import * as assert from "assert";
import { SHAPES } from "../../../model/generated/service-model";
import { isEmptySetting, isSetLikeList, SERVER_FILLED_MEMBERS, SET_LIKE_LISTS } from "../../../model/settings/setting-values";
import type { ShapeDef } from "../../../model/shape-def";

const shapes = SHAPES as Record<string, ShapeDef>;

describe("model/settings/setting-values", () => {
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

});
