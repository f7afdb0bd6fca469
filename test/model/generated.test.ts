import * as assert from "assert";
import { OPERATIONS, SHAPES } from "../../model/generated/service-model";
import type { ShapeDef } from "../../model/shape-def";

const shapes = SHAPES as Record<string, ShapeDef>;

describe("model/generated/service-model", () => {
    it("has the 18 UserSettings members and the 176 AppInstanceType values", () => {
        assert.strictEqual(Object.keys(shapes.UserSettings.members ?? {}).length, 18);
        assert.strictEqual(shapes.AppInstanceType.enum?.length, 176);
        assert.strictEqual(new Set(shapes.AppInstanceType.enum).size, 176);
    });

    it("lists all 20 operations with their input, output and modeled errors", () => {
        assert.strictEqual(Object.keys(OPERATIONS).length, 21);
        assert.deepStrictEqual(OPERATIONS.CreateUserProfile, {
            input: "CreateUserProfileRequest", output: "CreateUserProfileResponse", errors: ["ResourceInUse", "ResourceLimitExceeded"],
        });
        assert.strictEqual(OPERATIONS.DeleteUserProfile.output, null);
        for (const op of Object.values(OPERATIONS)) {
            for (const name of [op.input, op.output, ...op.errors]) {
                if (name !== null) assert.ok(shapes[name], `${name} is generated`);
            }
        }
    });

    it("is closed: every referenced shape is generated", () => {
        for (const [name, def] of Object.entries(shapes)) {
            const refs = [...Object.values(def.members ?? {}), def.member, def.key, def.value].filter((r) => r !== undefined);
            for (const ref of refs) assert.ok(shapes[ref as string], `${name} references ${ref}`);
            for (const req of def.required ?? []) assert.ok(def.members?.[req], `${name} requires its member ${req}`);
        }
    });

    it("keeps the reference's constraints (spot checks)", () => {
        assert.deepStrictEqual(shapes.RoleArn, {
            type: "string", min: 20, max: 2048, pattern: "arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
        });
        assert.deepStrictEqual(shapes.SecurityGroupIds, { type: "list", member: "SecurityGroupId", max: 5, min: 0 });
        assert.deepStrictEqual(shapes.Uid, { type: "long", max: 4000000, min: 10000 });
        assert.deepStrictEqual(shapes.CustomFileSystemConfig.union, true);
        assert.deepStrictEqual(shapes.ListTagsMaxResults, { type: "integer", min: 50 });
    });
});
