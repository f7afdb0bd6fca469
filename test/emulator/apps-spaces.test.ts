import * as assert from "node:assert/strict";
import {
    CreateAppCommand,
    CreateSpaceCommand,
    CreateUserProfileCommand,
    DeleteAppCommand,
    DeleteSpaceCommand,
    DescribeAppCommand,
    DescribeSpaceCommand,
    DescribeUserProfileCommand,
    ListAppsCommand,
    ListSpacesCommand,
    type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, OBSERVABLE_LATENCY_MS, pollUntil, pollUntilGone, sdkClient, startTestEmulator } from "./helpers";

describe("emulator: apps and spaces", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    before(async () => {
        emulator = await startTestEmulator({ latencyMs: OBSERVABLE_LATENCY_MS });
        client = sdkClient(emulator);
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "Owner" }));
        await pollUntil(
            () => client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "owner" })),
            (profile) => profile.Status === "InService",
        );
    });
    after(() => emulator.stop());

    it("creates a private space with an owner profile and describes and lists it", async () => {
        const created = await client.send(
            new CreateSpaceCommand({
                DomainId: DOMAIN,
                SpaceName: "Owner-Lab",
                OwnershipSettings: { OwnerUserProfileName: "Owner" },
                SpaceSharingSettings: { SharingType: "Private" },
                SpaceSettings: { AppType: "JupyterLab" },
                SpaceDisplayName: "Owner's lab",
            }),
        );
        assert.equal(created.SpaceArn, `arn:aws:sagemaker:us-east-1:123456789012:space/${DOMAIN}/owner-lab`);
        const space = await pollUntil(
            () => client.send(new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: "owner-lab" })),
            (described) => described.Status === "InService",
        );
        assert.equal(space.SpaceName, "Owner-Lab");
        assert.deepEqual(space.OwnershipSettings, { OwnerUserProfileName: "Owner" });
        assert.deepEqual(space.SpaceSharingSettings, { SharingType: "Private" });
        assert.equal(space.SpaceDisplayName, "Owner's lab");
        const listed = await client.send(new ListSpacesCommand({ DomainIdEquals: DOMAIN, SpaceNameContains: "LAB" }));
        assert.equal(listed.Spaces!.length, 1);
        assert.deepEqual(listed.Spaces![0]!.OwnershipSettingsSummary, { OwnerUserProfileName: "Owner" });
        assert.deepEqual(listed.Spaces![0]!.SpaceSharingSettingsSummary, { SharingType: "Private" });
        assert.deepEqual(listed.Spaces![0]!.SpaceSettingsSummary, { AppType: "JupyterLab" });
    });

    it("refuses a private space without an owner, a missing owner, and a duplicate name", async () => {
        await expectAwsError(
            client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: "orphan", SpaceSharingSettings: { SharingType: "Private" } })),
            "ValidationException",
        );
        await expectAwsError(
            client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: "orphan", OwnershipSettings: { OwnerUserProfileName: "nobody" } })),
            "ResourceNotFound",
        );
        await expectAwsError(client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: "OWNER-LAB" })), "ResourceInUse");
    });

    it("runs apps in a space; the space cannot be deleted while they live; deleted apps stay listed as Deleted", async () => {
        const app = { DomainId: DOMAIN, SpaceName: "owner-lab", AppType: "JupyterLab" as const, AppName: "default" };
        const created = await client.send(new CreateAppCommand({ ...app, ResourceSpec: { InstanceType: "ml.t3.medium" } }));
        assert.equal(created.AppArn, `arn:aws:sagemaker:us-east-1:123456789012:app/${DOMAIN}/owner-lab/jupyterlab/default`);
        const running = await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "InService");
        assert.deepEqual(running.ResourceSpec, { InstanceType: "ml.t3.medium" });
        const blocked = await expectAwsError(client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "owner-lab" })), "ResourceInUse");
        assert.match(blocked.message, /because App\(s\) are associated with it/);
        await client.send(new DeleteAppCommand(app));
        assert.equal((await client.send(new DescribeAppCommand(app))).Status, "Deleting");
        await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "Deleted");
        const listed = await client.send(new ListAppsCommand({ DomainIdEquals: DOMAIN, SpaceNameEquals: "owner-lab" }));
        assert.deepEqual(listed.Apps!.map((row) => [row.AppName, row.Status]), [["default", "Deleted"]]);
        const again = await expectAwsError(client.send(new DeleteAppCommand(app)), "ValidationException");
        assert.match(again.message, /has already been deleted/);
        await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "owner-lab" }));
        await pollUntilGone(() => client.send(new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: "owner-lab" })));
    });

    it("runs apps for a profile, filters ListApps by owner, and requires exactly one owner", async () => {
        await client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "owner", AppType: "JupyterServer", AppName: "default" }));
        await client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "owner", AppType: "KernelGateway", AppName: "datascience" }));
        const listed = await client.send(new ListAppsCommand({ UserProfileNameEquals: "Owner", SortOrder: "Descending" }));
        assert.deepEqual(listed.Apps!.map((row) => row.AppName), ["datascience", "default"]);
        assert.equal(listed.Apps![0]!.UserProfileName, "Owner");
        await expectAwsError(client.send(new ListAppsCommand({ UserProfileNameEquals: "owner", SpaceNameEquals: "x" })), "ValidationException");
        await expectAwsError(client.send(new CreateAppCommand({ DomainId: DOMAIN, AppType: "JupyterServer", AppName: "default" })), "ValidationException");
        await expectAwsError(
            client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "owner", AppType: "JupyterServer", AppName: "default" })),
            "ResourceInUse",
        );
        await expectAwsError(
            client.send(new DescribeAppCommand({ DomainId: DOMAIN, UserProfileName: "owner", AppType: "TensorBoard", AppName: "default" })),
            "ResourceNotFound",
        );
    });

    it("answers DeleteApp of a deleted app with ValidationException 'has already been deleted', as Terraform expects", async () => {
        const app = { DomainId: DOMAIN, UserProfileName: "owner", AppType: "KernelGateway" as const, AppName: "scratch" };
        await client.send(new CreateAppCommand(app));
        await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "InService");
        await client.send(new DeleteAppCommand(app));
        await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "Deleted");
        const again = await expectAwsError(client.send(new DeleteAppCommand({ ...app, UserProfileName: "OWNER" })), "ValidationException");
        assert.equal(again.message, `App [arn:aws:sagemaker:us-east-1:123456789012:app/${DOMAIN}/owner/kernelgateway/scratch] has already been deleted.`);
        assert.equal(again.$metadata?.httpStatusCode, 400);
        const listed = await client.send(new ListAppsCommand({ DomainIdEquals: DOMAIN, UserProfileNameEquals: "owner" }));
        assert.deepEqual(listed.Apps!.filter((row) => row.AppName === "scratch").map((row) => row.Status), ["Deleted"]);
    });

    it("refuses apps and spaces for a profile that is not InService", async () => {
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "newcomer" }));
        await expectAwsError(
            client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "newcomer", AppType: "JupyterServer", AppName: "default" })),
            "ValidationException",
        );
        const refused = await expectAwsError(
            client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: "early", OwnershipSettings: { OwnerUserProfileName: "newcomer" } })),
            "ValidationException",
        );
        assert.match(refused.message, /is not in InService/);
    });
});
