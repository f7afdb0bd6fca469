import * as assert from "assert";
import type { SpaceInputs, SpaceOutputs } from "../../../model/space/space-properties";
import { SPACE } from "../../../provider/kinds/space";
import { diff } from "../../../provider/lifecycle/diff";

const diffSpace = (id: string, olds: SpaceOutputs, news: SpaceInputs) =>
    diff(SPACE, id, olds as unknown as Record<string, unknown>, news as unknown as Record<string, unknown>);

const inputs: SpaceInputs = {
    domainId: "d-testdomain01",
    spaceName: "alice-private",
    ownershipSettings: { ownerUserProfileName: "alice" },
    spaceSharingSettings: { sharingType: "Private" },
    spaceSettings: { appType: "JupyterLab", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } },
    tags: { team: "ml" },
};
const olds: SpaceOutputs = {
    ...inputs,
    spaceSettings: { ...inputs.spaceSettings, spaceStorageSettings: { ebsStorageSettings: { ebsVolumeSizeInGb: 5 } } },
    arn: "arn:aws:sagemaker:us-east-1:123456789012:space/d-testdomain01/alice-private",
    status: "InService",
};

async function warnings<T>(run: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
        return { result: await run(), warned };
    } finally {
        console.warn = original;
    }
}

describe("provider/lifecycle/diff of a space", () => {
    it("sees no change in the same space, a name in another letter case, or a size the service filled in", async () => {
        assert.strictEqual((await diffSpace("d-testdomain01/alice-private", olds, inputs)).changes, false);
        assert.strictEqual((await diffSpace("d-testdomain01/alice-private", olds, { ...inputs, spaceName: "Alice-Private" })).changes, false);
    });

    it("updates settings, the display name and tags in place", async () => {
        const news = { ...inputs, spaceSettings: { ...inputs.spaceSettings, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" as const } } }, spaceDisplayName: "Alice", tags: {} };
        const diff = await diffSpace("d-testdomain01/alice-private", olds, news);
        assert.deepStrictEqual([diff.changes, diff.replaces], [true, []]);
    });

    for (const [what, news, replaced] of [
        ["another owner", { ...inputs, ownershipSettings: { ownerUserProfileName: "bob" } }, "ownershipSettings.ownerUserProfileName"],
        ["another sharing type", { ...inputs, spaceSharingSettings: { sharingType: "Shared" as const } }, "spaceSharingSettings.sharingType"],
        ["another app type", { ...inputs, spaceSettings: { ...inputs.spaceSettings, appType: "CodeEditor" as const } }, "spaceSettings.appType"],
    ] as const) {
        it(`replaces the space for ${what}, deleting it first, and warns that its storage is lost`, async () => {
            const { result, warned } = await warnings(() => diffSpace(`d-testdomain01/alice-private-${what}`, olds, news as SpaceInputs));
            assert.strictEqual(result.replaces?.length, 1);
            assert.strictEqual(result.deleteBeforeReplace, true);
            assert.deepStrictEqual(warned, [
                `warning: space d-testdomain01/alice-private: deleting it (${replaced} cannot change, so the space is replaced): the files on its storage volume are lost`,
            ]);
        });
    }

    it("creates the new space before deleting the old one when the name changes, and keeps an app type the program no longer names", async () => {
        const renamed = await warnings(() => diffSpace("d-testdomain01/renamed", olds, { ...inputs, spaceName: "alice-2" }));
        assert.deepStrictEqual([renamed.result.replaces, renamed.result.deleteBeforeReplace], [["spaceName"], false]);
        const { result, warned } = await warnings(() =>
            diffSpace("d-testdomain01/no-app-type", olds, { ...inputs, spaceSettings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } } }),
        );
        assert.deepStrictEqual(result.replaces, []);
        assert.match(warned.join("\n"), /space d-testdomain01\/alice-private: spaceSettings\.appType is no longer set in the program, but SageMaker keeps "JupyterLab"/);
    });
});
