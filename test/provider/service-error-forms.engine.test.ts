// SageMaker answers some "not found" cases with a ValidationException instead of ResourceNotFound
// (gateway/errors.ts names each form and its source). Through the real engine on sagemaker-local:
// a refresh that hears "RecordNotFound" for a space drops it from state, a delete that hears an app
// "has already been deleted" goes on, and the next up converges without a duplicate.
import * as assert from "assert";
import * as path from "path";
import { CreateAppCommand, ListAppsCommand } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, startEmulator } from "../support/profiles-stack";

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "provider", "spaces-project");
const SPACE_TYPE = "pulumi-nodejs:dynamic/sagemaker:Space";
const ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";
const profile = (name: string) => ({ domainId: DOMAIN, userProfileName: name, userSettings: { executionRole: ROLE } });

describe("provider: not-found answered as ValidationException, on the engine", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;

    const declare = async (profiles: Record<string, unknown>, spaces: Record<string, unknown>) => {
        await project.ok(["config", "set", "profiles", JSON.stringify(profiles)]);
        await project.ok(["config", "set", "spaces", JSON.stringify(spaces)]);
    };
    const spacesInState = async () => resourcesOfType(await project.exportStack(), SPACE_TYPE).length;

    before(async () => {
        emulator = await startEmulator(50);
        project = new PulumiProject(makeWorkDir("error-forms", FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        await pointProjectAt(project, emulator.url);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("a refresh that hears RecordNotFound for a space drops it from state; the next up takes the space over", async () => {
        await declare(
            { ana: profile("ana"), bo: profile("bo") },
            { lab: { domainId: DOMAIN, spaceName: "lab", spaceSharingSettings: { sharingType: "Shared" }, spaceSettings: { appType: "JupyterLab" } } },
        );
        await project.ok(["up", "--yes"]);
        assert.strictEqual(await spacesInState(), 1);
        emulator.addFaults({
            operation: "DescribeSpace",
            fault: "clientError",
            code: "ValidationException",
            message: "An error occurred (ValidationException): RecordNotFound",
        });
        const refresh = await project.ok(["refresh", "--yes", "--skip-preview"]);
        assert.match(refresh.output, /deleted/);
        assert.strictEqual(await spacesInState(), 0);
        const up = await project.ok(["up", "--yes"]);
        assert.match(up.output, /space d-testdomain01\/lab: this resource created it before/);
        assert.strictEqual(await spacesInState(), 1);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("a delete that hears an app has already been deleted goes on and deletes the profile", async () => {
        await emulatorClient(emulator).send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "ana", AppType: "JupyterServer", AppName: "default" }));
        await project.ok(["config", "set", "sagemaker:deleteApps", "true"]);
        emulator.addFaults({
            operation: "DeleteApp",
            fault: "clientError",
            code: "ValidationException",
            message: "App arn:aws:sagemaker:us-east-1:123456789012:app/d-testdomain01/ana/jupyterserver/default has already been deleted.",
        });
        // bo stays, so this deployment's provider (with sagemaker:deleteApps) deletes ana.
        await declare({ bo: profile("bo") }, {});
        await project.ok(["up", "--yes"]);
        const apps = (await emulatorClient(emulator).send(new ListAppsCommand({ DomainIdEquals: DOMAIN }))).Apps ?? [];
        assert.ok(apps.every((a) => a.Status === "Deleted" || a.Status === "Deleting"), JSON.stringify(apps));
        assert.deepStrictEqual(resourcesOfType(await project.exportStack(), "pulumi-nodejs:dynamic/sagemaker:UserProfile").map((r) => r.urn.split("::").pop()), ["bo"]);
    });
});
