// A refresh that finds no drift leaves every member's recorded inputs exactly as the program wrote
// them. Inputs that differ from the program's, even by bookkeeping the program always sends (the
// owner token), make the engine rewrite the whole state once per resource in every later preview
// and deployment until an `up` writes them back: quadratic in the size of the stack.
import * as assert from "assert";
import * as path from "path";
import type { SageMakerLocal } from "../../emulator";
import type { TeamSpec } from "../../components/team-spec";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, type StackExport } from "../support/engine";
import { DOMAIN, PROFILE_TYPE, startEmulator } from "../support/profiles-stack";

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "components", "team-project");
const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";

const team: TeamSpec = {
    defaults: { executionRole: "arn:aws:iam::123456789012:role/team", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" } } },
    tags: { team: "refresh" },
    privateSpace: { appType: "JupyterLab", instanceType: "ml.t3.medium", ebsVolumeSizeInGb: 10 },
    members: [{ name: "ada" }, { name: "grace" }],
};

type Entry = { urn: string; type: string; inputs?: Record<string, unknown> };

function recordedInputs(exported: StackExport): Map<string, Record<string, unknown> | undefined> {
    const resources = (exported as unknown as { deployment: { resources?: Entry[] } }).deployment.resources ?? [];
    return new Map(resources.filter((r) => r.type === PROFILE_TYPE || r.type === SPACE_TYPE).map((r) => [r.urn, r.inputs]));
}

describe("provider: refresh without drift", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator(50);
        project = new PulumiProject(makeWorkDir("refresh-inputs", FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        for (const [key, value] of Object.entries({
            domainId: DOMAIN,
            team: JSON.stringify(team),
            "sagemaker:endpoint": emulator.url,
            "sagemaker:region": "us-east-1",
            "sagemaker:pollMinDelay": "0.1",
            "sagemaker:pollMaxDelay": "0.5",
        })) {
            await project.ok(["config", "set", key, value]);
        }
        await project.ok(["up", "--yes", "--skip-preview"]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("leaves the inputs of every profile and space as the program wrote them, owner token included", async () => {
        const before = recordedInputs(await project.exportStack());
        assert.strictEqual(before.size, 4, "two profiles and two spaces");
        for (const inputs of before.values()) assert.match(String(inputs?.__owner), /^[0-9a-f]{40}$/);
        await project.ok(["refresh", "--yes", "--skip-preview", "--expect-no-changes"]);
        assert.deepStrictEqual(recordedInputs(await project.exportStack()), before);
    });
});
