// The real engine through the Automation API with a local workspace: the
// program is a Pulumi.yaml project, run through the Node.js language host.
import * as assert from "assert";
import * as path from "path";
import { LocalWorkspace, PulumiCommand } from "@pulumi/pulumi/automation";
import { cleanWorkDirs, makeWorkDir, pulumiBinDir, PulumiProject, REPO_ROOT } from "../support/engine";

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "engine", "counter-project");

describe("engine: the Automation API", function () {
    after(cleanWorkDirs);

    it("runs preview, up, refresh and destroy on a local program", async () => {
        const project = new PulumiProject(makeWorkDir("engine-auto", FIXTURE));
        const env = project.env();
        const pulumiCommand = await PulumiCommand.get({ root: path.dirname(pulumiBinDir()) , skipVersionCheck: false });
        const stack = await LocalWorkspace.createOrSelectStack(
            { stackName: "auto", workDir: project.dir },
            { pulumiCommand, envVars: env, pulumiHome: env.PULUMI_HOME },
        );
        await stack.setConfig("value", { value: "5" });

        const preview = await stack.preview();
        assert.strictEqual(preview.changeSummary.create, 2);

        const up = await stack.up();
        assert.strictEqual(up.summary.result, "succeeded");
        assert.strictEqual(up.outputs.value.value, 5);

        const noChanges = await stack.preview({ expectNoChanges: true });
        assert.strictEqual(noChanges.changeSummary.same, 2);

        const refresh = await stack.refresh();
        assert.strictEqual(refresh.summary.result, "succeeded");

        const destroy = await stack.destroy();
        assert.strictEqual(destroy.summary.resourceChanges?.delete, 2);
        await stack.workspace.removeStack("auto");
    });
});
