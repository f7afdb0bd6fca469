import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { toPulumiName } from "../../../model/schema/names";
import { isResetValue, REMOVAL_RULES, removalOf, removalTable } from "../../../model/settings/removal-behaviour";
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

    it("knows a reset value by its Pulumi path, and nothing else as one", () => {
        assert.ok(isResetValue("UserSettings", ["sharingSettings", "notebookOutputOption"], "Disabled"));
        assert.ok(isResetValue("UserSettings", ["autoMountHomeEfs"], "DefaultAsDomain"));
        assert.ok(!isResetValue("UserSettings", ["sharingSettings", "notebookOutputOption"], "Allowed"));
        assert.ok(!isResetValue("UserSettings", ["executionRole"], "arn:aws:iam::123456789012:role/x"), "a kept member has no reset value");
        assert.ok(!isResetValue("UserSettings", ["sharingSettings", "noSuchMember"], "Disabled"));
        assert.ok(!isResetValue("SpaceSettings", ["sharingSettings", "notebookOutputOption"], "Disabled"), "not a member of SpaceSettings");
    });

    it("derives clears from the service model: [] for lists, None where the pattern accepts it", () => {
        const byPath = new Map(table.map((t) => [t.path.join("."), t.removal]));
        assert.deepStrictEqual(byPath.get("SecurityGroups"), { kind: "clear", value: [], why: "an empty list clears it" });
        assert.strictEqual((byPath.get("JupyterLabAppSettings.DefaultResourceSpec.SageMakerImageVersionArn") as { value: unknown }).value, "None");
        assert.deepStrictEqual((byPath.get("KernelGatewayAppSettings.LifecycleConfigArns") as { value: unknown }).value, []);
        assert.strictEqual(byPath.get("SharingSettings.NotebookOutputOption")?.kind, "reset");
        assert.strictEqual(byPath.get("ExecutionRole")?.kind, "keep");
    });

    it("names only members that exist, and each rule reaches at least one member of UserSettings or SpaceSettings", () => {
        const both = [...table, ...removalTable("SpaceSettings")];
        for (const rule of REMOVAL_RULES) {
            assert.ok(both.some((t) => removalOf(t.path, undefined) === rule.removal), `${rule.path} matches nothing`);
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

    it("gives every member of SpaceSettings a behaviour, the app type and the volume size kept", () => {
        const spaceTable = removalTable("SpaceSettings");
        const byPath = new Map(spaceTable.map((t) => [t.path.join("."), t.removal]));
        assert.strictEqual(byPath.get("AppType")?.kind, "keep");
        assert.strictEqual(byPath.get("SpaceStorageSettings.EbsStorageSettings.EbsVolumeSizeInGb")?.kind, "keep");
        assert.deepStrictEqual((byPath.get("CustomFileSystems") as { value: unknown }).value, []);
        assert.strictEqual((byPath.get("CodeEditorAppSettings.DefaultResourceSpec.LifecycleConfigArn") as { value: unknown }).value, "None");
        assert.strictEqual(byPath.get("JupyterLabAppSettings.DefaultResourceSpec.InstanceType")?.kind, "keep");
    });

    for (const { root, doc, from, to } of [
        { root: "UserSettings" as const, doc: "adoption.md", from: "### Removing a setting", to: "### Offboarding a member" },
        { root: "SpaceSettings" as const, doc: "spaces.md", from: "### Removing a space setting", to: "### Deleting a space" },
    ]) {
        it(`is the ${root} table docs/${doc} shows: each member is listed under its behaviour`, () => {
            assertDocumentedTable(removalTable(root), doc, from, to);
        });
    }
});

function assertDocumentedTable(table: ReturnType<typeof removalTable>, doc: string, from: string, to: string): void {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "..", "docs", doc), "utf8");
    assert.ok(readme.includes(from) && readme.includes(to), `docs/${doc} has ${from} and ${to}`);
    const section = readme.slice(readme.indexOf(from), readme.indexOf(to));
    const rows = section.split("\n").filter((line) => /^\| (cleared|reset|kept)/.test(line));
    const kindOf = (row: string) => (row.startsWith("| cleared") ? "clear" : row.startsWith("| reset") ? "reset" : "keep");
    const patterns = rows.map((row) => ({ kind: kindOf(row), globs: [...row.split("|")[2].matchAll(/`([^`]+)`/g)].map((m) => m[1].split(" ")[0]) }));
    for (const { path: memberPath, removal } of table) {
        const pulumiPath = memberPath.map((segment) => toPulumiName(segment)).join(".");
        const listed = patterns.filter((p) => p.globs.some((glob) => matchesGlob(glob, pulumiPath)));
        assert.ok(listed.length > 0, `${pulumiPath} is not in the documented table`);
        assert.ok(listed.some((p) => p.kind === removal.kind), `${pulumiPath}: the docs say ${listed.map((p) => p.kind)}, the model ${removal.kind}`);
    }
}

/** `*` is one path segment, `x*` a segment starting with x (the docs' notation). */
function matchesGlob(glob: string, pulumiPath: string): boolean {
    const g = glob.split(".");
    const p = pulumiPath.split(".");
    return g.length === p.length && g.every((part, i) => part === "*" || part === p[i] || (part.endsWith("*") && p[i].startsWith(part.slice(0, -1))) || (part.startsWith("*") && p[i].endsWith(part.slice(1))));
}
