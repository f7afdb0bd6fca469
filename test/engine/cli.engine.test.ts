// The real engine from the command line: a trivial dynamic resource goes
// through preview, up, refresh and destroy exactly as a user types them.
import * as assert from "assert";
import * as path from "path";
import { cleanWorkDirs, makePolicyPackDir, makeWorkDir, pulumiBinDir, PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";

const FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "engine");
const COUNTER = "pulumi-nodejs:dynamic/test:Counter";

describe("engine: the Pulumi CLI", function () {
    let project: PulumiProject;

    before(async () => {
        pulumiBinDir();
        project = new PulumiProject(makeWorkDir("engine-cli", path.join(FIXTURES, "counter-project")));
        await project.ok(["stack", "init", "dev"]);
    });

    after(cleanWorkDirs);

    it("is the pinned version", async () => {
        const result = await project.ok(["version"]);
        assert.strictEqual(result.stdout.trim(), "v3.274.1");
    });

    it("previews a create without touching state", async () => {
        const result = await project.ok(["preview"]);
        assert.match(result.stdout, /\+\s+pulumi-nodejs:dynamic\/test:Counter\s+counter\s+create/);
        assert.match(result.stdout, /2 to create/);
        assert.doesNotMatch(result.output, /using pulumi-language-nodejs from \$PATH/);
    });

    it("creates with up, then previews no changes", async () => {
        await project.ok(["up", "--yes"]);
        const [counter] = resourcesOfType(await project.exportStack(), COUNTER);
        assert.ok(counter, "the counter is in state");
        assert.strictEqual(counter.outputs?.value, 1);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("updates in place when config changes", async () => {
        await project.ok(["config", "set", "value", "7"]);
        const result = await project.ok(["up", "--yes"]);
        assert.match(result.stdout, /1 updated/);
        const [counter] = resourcesOfType(await project.exportStack(), COUNTER);
        assert.strictEqual(counter.outputs?.value, 7);
    });

    it("refreshes and destroys", async () => {
        await project.ok(["refresh", "--yes"]);
        const result = await project.ok(["destroy", "--yes"]);
        assert.match(result.stdout, /2 deleted/);
        assert.deepStrictEqual(resourcesOfType(await project.exportStack(), COUNTER), []);
    });

    it("reports a check failure with the property and fails the preview", async () => {
        await project.ok(["config", "set", "--", "value", "-3"]);
        const result = await project.run(["preview"]);
        assert.notStrictEqual(result.code, 0);
        assert.match(result.output, /value.*must be a number >= 0/);
        await project.ok(["config", "set", "value", "1"]);
    });

    it("blocks a mandatory policy violation with `--policy-pack <folder>`", async () => {
        const pack = makePolicyPackDir("engine-pack", path.join(FIXTURES, "mandatory-pack"));
        await project.ok(["config", "set", "value", "11"]);
        const blocked = await project.run(["preview", "--policy-pack", pack]);
        assert.notStrictEqual(blocked.code, 0, blocked.output);
        assert.match(blocked.output, /counter-value-at-most-10/);
        assert.match(blocked.output, /mandatory/);
        assert.match(blocked.output, /value 11 is above 10/);

        await project.ok(["config", "set", "value", "3"]);
        const clean = await project.run(["up", "--yes", "--policy-pack", pack]);
        assert.strictEqual(clean.code, 0, clean.output);
        await project.ok(["destroy", "--yes"]);
    });

    it("destroys state written in a folder that has since moved", async () => {
        const moving = new PulumiProject(makeWorkDir("engine-move", path.join(FIXTURES, "counter-project")));
        await moving.ok(["stack", "init", "dev"]);
        await moving.ok(["up", "--yes"]);
        const oldDir = moving.dir;
        await moving.moveTo(`${oldDir}-moved`, "dev");
        const state = JSON.stringify(await moving.exportStack());
        assert.ok(!state.includes(oldDir), "no absolute path of the old folder in state");
        await moving.ok(["refresh", "--yes"]);
        await moving.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(resourcesOfType(await moving.exportStack(), COUNTER), []);
    });
});
