// The CLI starts the program, the dynamic provider and a policy pack with the
// `node` it finds on PATH, so PATH alone decides which Node.js a run (CI's, a
// user's) uses. Each process reports its version through the fixtures: the
// program in an input, the provider in its check, the pack in its advisory.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { cleanWorkDirs, makePolicyPackDir, makeWorkDir, pulumiBinDir, PulumiProject, REPO_ROOT } from "../support/engine";

const FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "engine");

describe("engine: the Node.js of the program, the dynamic provider and the policy pack", function () {
    before(pulumiBinDir);
    after(cleanWorkDirs);

    it("is the `node` on PATH for all three", async () => {
        const project = new PulumiProject(makeWorkDir("engine-node", path.join(FIXTURES, "node-version-project")));
        const pack = makePolicyPackDir("engine-node-pack", path.join(FIXTURES, "node-version-pack"));
        await project.ok(["stack", "init", "dev"]);
        const result = await project.ok(["preview", "--policy-pack", pack]);

        const onPath = execFileSync("node", ["--version"], { env: project.env(), encoding: "utf8" }).trim();
        assert.match(onPath, /^v\d+\.\d+\.\d+$/);
        const reported = /program (\S+), provider (\S+), pack (\S+)/.exec(result.stdout);
        assert.ok(reported, result.output);
        assert.deepStrictEqual(
            { program: reported[1], provider: reported[2], pack: reported[3] },
            { program: onPath, provider: onPath, pack: onPath },
        );
    });
});
