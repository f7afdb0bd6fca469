// UserProfile where production bites: existing profiles, apps and spaces that
// block deletion, failed and throttled operations, bad input, moved projects,
// and the size of what each profile costs in state.
import * as assert from "assert";
import {
    CreateAppCommand,
    CreateSpaceCommand,
    CreateUserProfileCommand,
    DescribeUserProfileCommand,
    ListAppsCommand,
    ListSpacesCommand,
    ListUserProfilesCommand,
    SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs } from "../support/engine";
import { DOMAIN, emulatorClient, ProfilesStack, startEmulator } from "../support/profiles-stack";

const ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";
const MUTATING = /^(Create|Update|Delete)|^(AddTags|DeleteTags)$/;

async function waitInService(client: SageMakerClient, name: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
        const p = await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
        if (p.Status === "InService") {
            return;
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${name} never became InService`);
}

async function profileNames(client: SageMakerClient): Promise<string[]> {
    const out = await client.send(new ListUserProfilesCommand({ DomainIdEquals: DOMAIN, MaxResults: 100 }));
    return (out.UserProfiles ?? []).map((p) => p.UserProfileName!).sort();
}

describe("UserProfile on the engine: where production bites", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;

    before(async () => {
        emulator = await startEmulator();
        client = emulatorClient(emulator);
    });

    afterEach(() => emulator.clearFaults());

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("keeps a profile with a role, two security groups and two tags under 2.0 KB of state", async () => {
        const stack = await ProfilesStack.create(emulator, "profile-size");
        await stack.declare({
            bob: {
                domainId: DOMAIN,
                userProfileName: "bob",
                tags: { team: "fraud-ml", costCenter: "cc-1234" },
                userSettings: { executionRole: ROLE, securityGroups: ["sg-0123456789abcdef0", "sg-0fedcba9876543210"] },
            },
        });
        await stack.up();
        const entry = await stack.profile("bob");
        const bytes = Buffer.byteLength(JSON.stringify(entry));
        console.log(`      state entry of one profile: ${bytes} bytes; __provider ${String(entry.inputs?.__provider).length} bytes`);
        assert.ok(bytes <= 2000, `${bytes} bytes`);
        for (const recorded of [entry.inputs?.__provider, entry.outputs?.__provider]) {
            assert.strictEqual(recorded, 'exports.handler=()=>require("pulumi-sagemaker-studio/provider")');
        }
        // Declared where the program declares it, with the package's own frames left out.
        const recorded = entry as unknown as { sourcePosition?: string; stackTrace?: { sourcePosition?: string }[] };
        assert.match(String(recorded.sourcePosition), /^project:\/\/\/index\.ts#11,\d+$/);
        assert.ok((recorded.stackTrace ?? []).every((frame) => frame.sourcePosition && !frame.sourcePosition.includes("pulumi-sagemaker-studio")), JSON.stringify(recorded.stackTrace));
        await stack.project.ok(["destroy", "--yes"]);
    });

    it("refuses to take over an existing profile unless adopt is set, then adopts it", async () => {
        await client.send(
            new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "dave", UserSettings: { ExecutionRole: ROLE } }),
        );
        await waitInService(client, "dave");
        const stack = await ProfilesStack.create(emulator, "profile-adopt");
        const dave = {
            domainId: DOMAIN,
            userProfileName: "Dave",
            tags: { team: "platform" },
            userSettings: { executionRole: ROLE, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.large" } } },
        };
        await stack.declare({ dave });
        const refused = await stack.project.run(["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(refused.code, 0);
        assert.match(refused.output, /already exists in domain d-testdomain01/);
        assert.match(refused.output, /adopt: true/);

        await stack.declare({ dave: { ...dave, adopt: true } });
        await stack.up();
        const state = await stack.profile("dave");
        assert.strictEqual(state.id, `${DOMAIN}/dave`, "the stored spelling of the name");
        const live = await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "dave" }));
        assert.strictEqual(live.UserSettings?.JupyterLabAppSettings?.DefaultResourceSpec?.InstanceType, "ml.t3.large");
        assert.deepStrictEqual((await profileNames(client)).filter((n) => n.toLowerCase() === "dave"), ["dave"]);
        await stack.project.ok(["preview", "--expect-no-changes"]);
        await stack.project.ok(["destroy", "--yes"]);
    });

    it("lists the apps and spaces that block deletion, and deletes them with deleteApps", async () => {
        const stack = await ProfilesStack.create(emulator, "profile-apps");
        const erin = { domainId: DOMAIN, userProfileName: "erin", userSettings: { executionRole: ROLE } };
        await stack.declare({ erin });
        await stack.up();
        await client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "erin", AppType: "JupyterServer", AppName: "default" }));
        await client.send(
            new CreateSpaceCommand({
                DomainId: DOMAIN,
                SpaceName: "erin-private",
                OwnershipSettings: { OwnerUserProfileName: "erin" },
                SpaceSharingSettings: { SharingType: "Private" },
                SpaceSettings: { AppType: "JupyterLab" },
            }),
        );
        await new Promise((r) => setTimeout(r, 400));
        await client.send(new CreateAppCommand({ DomainId: DOMAIN, SpaceName: "erin-private", AppType: "JupyterLab", AppName: "default" }));

        const blocked = await stack.project.run(["destroy", "--yes"]);
        assert.notStrictEqual(blocked.code, 0);
        assert.match(blocked.output, /app JupyterServer\/default/);
        assert.match(blocked.output, /private space erin-private/);
        assert.match(blocked.output, /pulumi config set sagemaker:deleteApps true/);

        await stack.declare({ erin: { ...erin, deleteApps: true } });
        await stack.up();
        await stack.project.ok(["destroy", "--yes"]);
        assert.ok(!(await profileNames(client)).includes("erin"));
        const spaces = await client.send(new ListSpacesCommand({ DomainIdEquals: DOMAIN }));
        assert.deepStrictEqual((spaces.Spaces ?? []).filter((s) => s.SpaceName === "erin-private" && s.Status !== "Deleting"), []);
        const apps = await client.send(new ListAppsCommand({ DomainIdEquals: DOMAIN, UserProfileNameEquals: "erin" }));
        assert.deepStrictEqual((apps.Apps ?? []).filter((a) => a.Status !== "Deleted"), []);
    });

    it("records a profile whose creation failed, then converges on the next up", async () => {
        const stack = await ProfilesStack.create(emulator, "profile-failed");
        await stack.declare({ frank: { domainId: DOMAIN, userProfileName: "frank", userSettings: { executionRole: ROLE } } });
        emulator.addFaults({ operation: "CreateUserProfile", fault: "failTransition", reason: "EFS home directory could not be created" });
        const failed = await stack.project.run(["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(failed.code, 0);
        assert.match(failed.output, /d-testdomain01\/frank/);
        assert.match(failed.output, /EFS home directory could not be created/);
        const recorded = await stack.profile("frank");
        assert.strictEqual(recorded.id, `${DOMAIN}/frank`, "the failed profile is in state, not orphaned");

        await stack.up();
        assert.strictEqual((await stack.profile("frank")).outputs?.status, "InService");
        assert.deepStrictEqual((await profileNames(client)).filter((n) => n === "frank"), ["frank"]);
        await stack.project.ok(["preview", "--expect-no-changes"]);
        await stack.project.ok(["destroy", "--yes"]);
    });

    it("converges through a burst of throttling", async () => {
        const stack = await ProfilesStack.create(emulator, "profile-throttle");
        const profiles = Object.fromEntries(
            ["gina", "hank", "ivan", "judy"].map((n) => [n, { domainId: DOMAIN, userProfileName: n, userSettings: { executionRole: ROLE } }]),
        );
        await stack.declare(profiles);
        emulator.addFaults([
            { operation: "CreateUserProfile", fault: "throttle", times: 3 },
            { operation: "DescribeUserProfile", fault: "throttle", times: 4 },
            { operation: "DescribeDomain", fault: "throttle", times: 1 },
        ]);
        emulator.clearRequests();
        await stack.up();
        const throttled = emulator.requests().filter((r) => r.errorCode === "ThrottlingException").length;
        assert.strictEqual(throttled, 8);
        assert.strictEqual((await stack.profiles()).length, 4);
        await stack.project.ok(["destroy", "--yes"]);
    });

    it("reports AccessDenied with the operation, the profile and the permission to grant", async () => {
        const stack = await ProfilesStack.create(emulator, "profile-denied");
        await stack.declare({ mia: { domainId: DOMAIN, userProfileName: "mia", userSettings: { executionRole: ROLE } } });
        emulator.addFaults({
            operation: "CreateUserProfile",
            fault: "clientError",
            status: 400,
            code: "AccessDeniedException",
            message: "User: arn:aws:sts::123456789012:assumed-role/ci/deploy is not authorized to perform: sagemaker:CreateUserProfile",
        });
        const denied = await stack.project.run(["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(denied.code, 0);
        assert.match(denied.output, /CreateUserProfile of user profile d-testdomain01\/mia failed: AccessDeniedException/);
        assert.match(denied.output, /must allow sagemaker:CreateUserProfile/);
        assert.deepStrictEqual(await stack.profiles(), [], "nothing was created, so nothing is recorded");
    });

    it("fails preview on bad input with the property path, before any API call", async () => {
        const stack = await ProfilesStack.create(emulator, "profile-check");
        await stack.declare({
            kim: {
                domainId: DOMAIN,
                userProfileName: "kim",
                userSettings: {
                    executionRole: ROLE,
                    jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.lrage" } },
                    spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 100, maximumEbsVolumeSizeInGb: 50 } },
                    sharingSetings: {},
                },
            },
        });
        emulator.clearRequests();
        const result = await stack.project.run(["preview"]);
        assert.notStrictEqual(result.code, 0);
        assert.match(result.output, /userSettings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType/);
        assert.match(result.output, /did you mean ml\.m5\.large\?/);
        assert.match(result.output, /userSettings\.sharingSetings.*did you mean sharingSettings\?/);
        const up = await stack.project.run(["up", "--yes"]);
        assert.notStrictEqual(up.code, 0);
        assert.deepStrictEqual(emulator.requests().filter((r) => MUTATING.test(r.operation)), []);
    });

    it("refreshes and destroys state written in a project folder that has since moved", async () => {
        const stack = await ProfilesStack.create(emulator, "profile-move");
        await stack.declare({ lena: { domainId: DOMAIN, userProfileName: "lena", userSettings: { executionRole: ROLE } } });
        await stack.up();
        const oldDir = stack.project.dir;
        await stack.project.moveTo(`${oldDir}-moved`, "dev");
        assert.ok(!JSON.stringify(await stack.project.exportStack()).includes(oldDir));
        await stack.project.ok(["refresh", "--yes"]);
        await stack.project.ok(["destroy", "--yes"]);
        assert.ok(!(await profileNames(client)).includes("lena"));
    });
});
