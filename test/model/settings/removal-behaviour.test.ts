import * as assert from "assert";
import { REMOVAL_RULES, removalOf, removalTable } from "../../../model/settings/removal-behaviour";
import { getShape, memberShape } from "../../../model/schema/shape-lookup";

describe("model/settings/removal-behaviour", () => {
    const table = removalTable();

    it("gives every member of UserSettings a behaviour: cleared, reset or kept with what to write instead", () => {
        assert.ok(table.length >= 90, `${table.length} members`);
        for (const { path, removal } of table) {
            assert.ok(["clear", "reset", "keep"].includes(removal.kind), path.join("."));
            assert.ok(removal.why.length > 0, path.join("."));
            if (removal.kind === "keep") assert.ok(removal.instead.length > 0, path.join("."));
        }
    });

    it("derives clears from the service model: [] for lists, None where the pattern accepts it", () => {
        const byPath = new Map(table.map((t) => [t.path.join("."), t.removal]));
        assert.deepStrictEqual(byPath.get("SecurityGroups"), { kind: "clear", value: [], why: "an empty list clears it" });
        assert.strictEqual((byPath.get("JupyterLabAppSettings.DefaultResourceSpec.SageMakerImageVersionArn") as { value: unknown }).value, "None");
        assert.deepStrictEqual((byPath.get("KernelGatewayAppSettings.LifecycleConfigArns") as { value: unknown }).value, []);
        assert.strictEqual(byPath.get("SharingSettings.NotebookOutputOption")?.kind, "reset");
        assert.strictEqual(byPath.get("ExecutionRole")?.kind, "keep");
    });

    it("names only members that exist, and each rule reaches at least one member", () => {
        for (const rule of REMOVAL_RULES) {
            assert.ok(table.some((t) => removalOf(t.path, undefined) === rule.removal), `${rule.path} matches nothing`);
        }
        // Resets send values the model accepts.
        for (const { path, removal } of table) {
            if (removal.kind !== "reset") continue;
            let shape = getShape("UserSettings");
            let name: string | undefined;
            for (const segment of path) {
                name = memberShape(shape, segment);
                shape = getShape(name ?? "");
            }
            assert.ok(!shape?.enum || shape.enum.includes(removal.value as string), `${path.join(".")}: ${String(removal.value)}`);
        }
    });
});
