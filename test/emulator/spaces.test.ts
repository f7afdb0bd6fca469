import * as assert from "node:assert/strict";
import {
    AddTagsCommand,
    CreateAppCommand,
    CreateSpaceCommand,
    CreateUserProfileCommand,
    DeleteAppCommand,
    DeleteSpaceCommand,
    DeleteTagsCommand,
    DescribeAppCommand,
    DescribeSpaceCommand,
    DescribeUserProfileCommand,
    ListSpacesCommand,
    ListTagsCommand,
    paginateListSpaces,
    UpdateSpaceCommand,
    type CreateSpaceCommandInput,
    type DescribeSpaceCommandOutput,
    type ListSpacesCommandInput,
    type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, OBSERVABLE_LATENCY_MS, pollUntil, pollUntilGone, privateSpaceRequest, rawCall, sdkClient, sleep, SSO_DOMAIN, startTestEmulator, VPC_DOMAIN } from "./helpers";

const OWNER = "Space-Owner";
const IMAGE_ARN = "arn:aws:sagemaker:us-east-1:081325390199:image/sagemaker-distribution-cpu";
const IMAGE_VERSION_ARN = "arn:aws:sagemaker:us-east-1:081325390199:image-version/sagemaker-distribution-cpu/1";
const LIFECYCLE_ARN = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/install-tools";
const REPOSITORY = { RepositoryUrl: "https://github.com/aws/amazon-sagemaker-examples" };

const jupyterLabSettings = {
    AppType: "JupyterLab" as const,
    JupyterLabAppSettings: {
        DefaultResourceSpec: { InstanceType: "ml.t3.medium" as const, SageMakerImageArn: IMAGE_ARN, SageMakerImageVersionArn: IMAGE_VERSION_ARN },
        CodeRepositories: [REPOSITORY],
        AppLifecycleManagement: { IdleSettings: { IdleTimeoutInMinutes: 60 } },
    },
    SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: 20 } },
    RemoteAccess: "ENABLED" as const,
};

describe("emulator: spaces", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    before(async () => {
        emulator = await startTestEmulator({ latencyMs: OBSERVABLE_LATENCY_MS });
        client = sdkClient(emulator);
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: OWNER }));
        await pollUntil(
            () => client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: OWNER })),
            (profile) => profile.Status === "InService",
        );
    });
    after(() => emulator.stop());
    afterEach(() => emulator.clearFaults());

    const describeSpace = (name: string, domainId = DOMAIN) => client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: name }));
    const settled = (name: string) =>
        pollUntil(() => describeSpace(name), (space) => !["Pending", "Updating", "Deleting"].includes(space.Status!));
    const privateSpace = (name: string, extra: Partial<CreateSpaceCommandInput> = {}) => privateSpaceRequest(DOMAIN, name, OWNER, extra);
    const createReady = async (input: CreateSpaceCommandInput): Promise<DescribeSpaceCommandOutput> => {
        await client.send(new CreateSpaceCommand(input));
        return pollUntil(() => describeSpace(input.SpaceName!), (space) => space.Status === "InService");
    };

    describe("CreateSpace and DescribeSpace", () => {
        it("creates a private space Pending, then InService, and describes every member it was given", async () => {
            const created = await client.send(
                new CreateSpaceCommand(privateSpace("Described-Lab", { SpaceSettings: jupyterLabSettings, SpaceDisplayName: "Described lab" })),
            );
            const arn = `arn:aws:sagemaker:us-east-1:123456789012:space/${DOMAIN}/described-lab`;
            const { $metadata: _created, ...output } = created;
            assert.deepEqual(output, { SpaceArn: arn });
            const pending = await describeSpace("described-lab");
            assert.equal(pending.Status, "Pending");
            const ready = await pollUntil(() => describeSpace("DESCRIBED-LAB"), (space) => space.Status === "InService");
            const { $metadata: _ready, CreationTime, LastModifiedTime, HomeEfsFileSystemUid, ...members } = ready;
            assert.deepEqual(members, {
                DomainId: DOMAIN,
                SpaceArn: arn,
                SpaceName: "Described-Lab",
                Status: "InService",
                SpaceSettings: jupyterLabSettings,
                OwnershipSettings: { OwnerUserProfileName: OWNER },
                SpaceSharingSettings: { SharingType: "Private" },
                SpaceDisplayName: "Described lab",
                Url: `https://${DOMAIN}.studio.us-east-1.sagemaker.aws/jupyterlab/described-lab`,
            });
            assert.match(HomeEfsFileSystemUid!, /^2\d{5}$/);
            assert.equal(CreationTime!.getTime(), pending.CreationTime!.getTime());
            assert.ok(LastModifiedTime!.getTime() > CreationTime!.getTime(), "the transition bumps LastModifiedTime");
        });

        it("creates a shared space with or without an owner, and a space without sharing settings", async () => {
            const shared = await createReady({ DomainId: DOMAIN, SpaceName: "team-shared", SpaceSharingSettings: { SharingType: "Shared" }, SpaceSettings: { AppType: "CodeEditor" } });
            assert.deepEqual(shared.SpaceSharingSettings, { SharingType: "Shared" });
            assert.equal(shared.OwnershipSettings, undefined);
            const led = await createReady({
                DomainId: DOMAIN,
                SpaceName: "team-led",
                OwnershipSettings: { OwnerUserProfileName: "space-owner" },
                SpaceSharingSettings: { SharingType: "Shared" },
            });
            assert.deepEqual(led.OwnershipSettings, { OwnerUserProfileName: OWNER }, "the owner as the profile spells it");
            assert.equal(led.SpaceSettings, undefined);
            const classic = await createReady({ DomainId: DOMAIN, SpaceName: "classic" });
            assert.deepEqual(Object.keys(classic).filter((key) => key.startsWith("Space") || key.startsWith("Ownership")).sort(), ["SpaceArn", "SpaceName"]);
        });

        it("keeps the tags given on create, and tags the space by its ARN", async () => {
            const { SpaceArn: arn } = await client.send(new CreateSpaceCommand(privateSpace("tagged-lab", { Tags: [{ Key: "team", Value: "ml" }] })));
            const tags = async () => (await client.send(new ListTagsCommand({ ResourceArn: arn }))).Tags;
            assert.deepEqual(await tags(), [{ Key: "team", Value: "ml" }]);
            await client.send(new AddTagsCommand({ ResourceArn: arn!.replace("tagged-lab", "TAGGED-LAB"), Tags: [{ Key: "env", Value: "dev" }] }));
            await client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ["team"] }));
            assert.deepEqual(await tags(), [{ Key: "env", Value: "dev" }]);
        });

        it("refuses a duplicate name in any case, an unknown domain, and what the shapes forbid", async () => {
            const duplicate = await expectAwsError(client.send(new CreateSpaceCommand(privateSpace("TEAM-SHARED"))), "ResourceInUse");
            assert.equal(duplicate.message, "Resource Already Exists: Space with name TEAM-SHARED already exists. Choose a different name.");
            await expectAwsError(client.send(new CreateSpaceCommand({ DomainId: "d-nosuchdomain1", SpaceName: "x" })), "ResourceNotFound");
            const shapes = await expectAwsError(
                client.send(
                    new CreateSpaceCommand({
                        DomainId: DOMAIN,
                        SpaceName: "bad_name",
                        SpaceSharingSettings: { SharingType: "Public" as never },
                        SpaceSettings: { SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: 16385 } } },
                    }),
                ),
                "ValidationException",
            );
            assert.match(shapes.message, /^3 validation errors detected: /);
            assert.match(shapes.message, /Value 'bad_name' at 'spaceName' failed to satisfy constraint: Member must satisfy regular expression pattern/);
            assert.match(shapes.message, /at 'spaceSharingSettings.sharingType' failed to satisfy constraint: Member must satisfy enum value set: \[Private, Shared\]/);
            assert.match(shapes.message, /Value '16385' at 'spaceSettings.spaceStorageSettings.ebsStorageSettings.ebsVolumeSizeInGb' failed to satisfy constraint: Member must have value less than or equal to 16384/);
            await expectAwsError(
                client.send(new CreateSpaceCommand(privateSpace("twice-tagged", { Tags: [{ Key: "a", Value: "1" }, { Key: "a", Value: "2" }] }))),
                "ValidationException",
            );
        });

        it("answers ResourceNotFound for a space that does not exist, naming its ARN", async () => {
            const missing = await expectAwsError(describeSpace("never-made"), "ResourceNotFound");
            assert.equal(missing.message, `Space [arn:aws:sagemaker:us-east-1:123456789012:space/${DOMAIN}/never-made] does not exist.`);
        });
    });

    describe("UpdateSpace", () => {
        before(() => createReady(privateSpace("updated-lab", { SpaceSettings: jupyterLabSettings, SpaceDisplayName: "Before" })));

        it("merges SpaceSettings member by member, replaces lists, and goes Updating, then InService", async () => {
            const before = await describeSpace("updated-lab");
            const updated = await client.send(
                new UpdateSpaceCommand({
                    DomainId: DOMAIN,
                    SpaceName: "Updated-Lab",
                    SpaceDisplayName: "After",
                    SpaceSettings: {
                        JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.m5.large", LifecycleConfigArn: LIFECYCLE_ARN }, CodeRepositories: [] },
                        SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: 40 } },
                    },
                }),
            );
            assert.equal(updated.SpaceArn, before.SpaceArn);
            const updating = await describeSpace("updated-lab");
            assert.equal(updating.Status, "Updating");
            assert.equal(updating.SpaceDisplayName, "After");
            assert.deepEqual(updating.SpaceSettings, {
                ...jupyterLabSettings,
                JupyterLabAppSettings: {
                    DefaultResourceSpec: {
                        InstanceType: "ml.m5.large",
                        SageMakerImageArn: IMAGE_ARN,
                        SageMakerImageVersionArn: IMAGE_VERSION_ARN,
                        LifecycleConfigArn: LIFECYCLE_ARN,
                    },
                    CodeRepositories: [],
                    AppLifecycleManagement: { IdleSettings: { IdleTimeoutInMinutes: 60 } },
                },
                SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: 40 } },
            });
            assert.ok(updating.LastModifiedTime!.getTime() > before.LastModifiedTime!.getTime());
            const ready = await settled("updated-lab");
            assert.equal(ready.Status, "InService");
            assert.deepEqual(ready.OwnershipSettings, { OwnerUserProfileName: OWNER });
            assert.deepEqual(ready.SpaceSharingSettings, { SharingType: "Private" });
        });

        it("clears with None what accepts it, and changes nothing but the status without SpaceSettings", async () => {
            await client.send(
                new UpdateSpaceCommand({
                    DomainId: DOMAIN,
                    SpaceName: "updated-lab",
                    SpaceSettings: { JupyterLabAppSettings: { DefaultResourceSpec: { SageMakerImageVersionArn: "None" } } },
                }),
            );
            const cleared = await settled("updated-lab");
            assert.equal(cleared.SpaceSettings!.JupyterLabAppSettings!.DefaultResourceSpec!.SageMakerImageVersionArn, undefined);
            await client.send(new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "updated-lab" }));
            assert.equal((await describeSpace("updated-lab")).Status, "Updating");
            const unchanged = await settled("updated-lab");
            assert.deepEqual(unchanged.SpaceSettings, cleared.SpaceSettings);
            assert.equal(unchanged.SpaceDisplayName, "After");
        });

        it("refuses AppType, even the space's own, and members the request does not have", async () => {
            const appType = await expectAwsError(
                client.send(new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "updated-lab", SpaceSettings: { AppType: "JupyterLab" } })),
                "ValidationException",
            );
            assert.equal(appType.message, "Updating AppType for Space is not supported.");
            const ownership = await rawCall(
                emulator.url,
                "SageMaker.UpdateSpace",
                JSON.stringify({ DomainId: DOMAIN, SpaceName: "updated-lab", OwnershipSettings: { OwnerUserProfileName: "someone-else" } }),
            );
            assert.equal(ownership.status, 400);
            assert.equal(ownership.json.__type, "ValidationException");
            assert.match(ownership.json.message, /at 'ownershipSettings'/);
            assert.equal((await describeSpace("updated-lab")).Status, "InService", "a refused update changes nothing");
        });

        it("refuses an update while a transition runs, and of a space that does not exist", async () => {
            await client.send(new CreateSpaceCommand(privateSpace("busy-lab")));
            const busy = await expectAwsError(client.send(new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "busy-lab" })), "ResourceInUse");
            assert.equal(busy.message, `Unable to update Space [arn:aws:sagemaker:us-east-1:123456789012:space/${DOMAIN}/busy-lab] because it is in Pending status.`);
            await expectAwsError(client.send(new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "never-made" })), "ResourceNotFound");
        });
    });

    describe("failed transitions (failTransition)", () => {
        it("leaves a created space Failed with the reason; it can be deleted", async () => {
            emulator.addFaults({ operation: "CreateSpace", fault: "failTransition", reason: "EBS volume could not be created" });
            await client.send(new CreateSpaceCommand(privateSpace("doomed-lab")));
            const failed = await settled("doomed-lab");
            assert.equal(failed.Status, "Failed");
            assert.equal(failed.FailureReason, "EBS volume could not be created");
            await expectAwsError(client.send(new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "doomed-lab" })), "ResourceInUse");
            await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "doomed-lab" }));
            await pollUntilGone(() => describeSpace("doomed-lab"));
        });

        it("leaves an updated space Update_Failed with its previous settings and display name; a retry succeeds", async () => {
            await createReady(privateSpace("retried-lab", { SpaceDisplayName: "Original" }));
            emulator.addFaults({ operation: "UpdateSpace", fault: "failTransition", reason: "instance type not available" });
            const update = new UpdateSpaceCommand({
                DomainId: DOMAIN,
                SpaceName: "retried-lab",
                SpaceDisplayName: "Renamed",
                SpaceSettings: { JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.g5.xlarge" } } },
            });
            await client.send(update);
            const failed = await settled("retried-lab");
            assert.equal(failed.Status, "Update_Failed");
            assert.equal(failed.FailureReason, "instance type not available");
            assert.deepEqual(failed.SpaceSettings, { AppType: "JupyterLab" });
            assert.equal(failed.SpaceDisplayName, "Original");
            await client.send(update);
            const retried = await settled("retried-lab");
            assert.equal(retried.Status, "InService");
            assert.equal(retried.FailureReason, undefined);
            assert.equal(retried.SpaceDisplayName, "Renamed");
            assert.deepEqual(retried.SpaceSettings, { AppType: "JupyterLab", JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.g5.xlarge" } } });
        });

        it("leaves a deleted space Delete_Failed; deleting again removes it", async () => {
            await createReady(privateSpace("sticky-lab"));
            emulator.addFaults({ operation: "DeleteSpace", fault: "failTransition", reason: "volume still attached" });
            await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "sticky-lab" }));
            const failed = await settled("sticky-lab");
            assert.equal(failed.Status, "Delete_Failed");
            assert.equal(failed.FailureReason, "volume still attached");
            await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "sticky-lab" }));
            assert.equal((await describeSpace("sticky-lab")).Status, "Deleting");
            await pollUntilGone(() => describeSpace("sticky-lab"));
        });
    });

    describe("DeleteSpace", () => {
        it("goes Deleting, then is gone: Describe, Delete and ListTags no longer find it", async () => {
            const { SpaceArn: arn } = await client.send(new CreateSpaceCommand(privateSpace("short-lab")));
            const early = await expectAwsError(client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "short-lab" })), "ResourceInUse");
            assert.match(early.message, /because it is in Pending status\.$/);
            await settled("short-lab");
            const deleted = await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "Short-Lab" }));
            const { $metadata: _deleted, ...output } = deleted;
            assert.deepEqual(output, {});
            assert.equal((await describeSpace("short-lab")).Status, "Deleting");
            await expectAwsError(client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "short-lab" })), "ResourceInUse");
            await pollUntilGone(() => describeSpace("short-lab"));
            await expectAwsError(client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "short-lab" })), "ResourceNotFound");
            await expectAwsError(client.send(new ListTagsCommand({ ResourceArn: arn })), "ValidationException");
        });

        it("refuses while an app of the space is not Deleted or Failed", async () => {
            await createReady(privateSpace("app-lab"));
            const app = { DomainId: DOMAIN, SpaceName: "app-lab", AppType: "JupyterLab" as const, AppName: "default" };
            await client.send(new CreateAppCommand(app));
            const pending = await expectAwsError(client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "app-lab" })), "ResourceInUse");
            assert.equal(pending.message, `Unable to delete Space [arn:aws:sagemaker:us-east-1:123456789012:space/${DOMAIN}/app-lab] because App(s) are associated with it.`);
            await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "InService");
            await client.send(new DeleteAppCommand(app));
            await expectAwsError(client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "app-lab" })), "ResourceInUse");
            await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "Deleted");
            await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "app-lab" }));
            await pollUntilGone(() => describeSpace("app-lab"));
        });
    });

    describe("ListSpaces", () => {
        const names = ["list-c", "list-a", "list-b"];
        before(async () => {
            for (const name of names) {
                await client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: name, SpaceDisplayName: `Space ${name}`, SpaceSharingSettings: { SharingType: "Shared" } }));
                await sleep(5);
            }
            await client.send(new CreateSpaceCommand({ DomainId: VPC_DOMAIN, SpaceName: "list-elsewhere" }));
            await client.send(new CreateSpaceCommand(privateSpace("Summary-Lab", { SpaceSettings: jupyterLabSettings, SpaceDisplayName: "Summarised" })));
            await client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: "summary-bare" }));
            await Promise.all([...names, "summary-lab"].map((name) => settled(name)));
            await sleep(5);
            await client.send(new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "list-c" }));
        });
        const listed = async (input: ListSpacesCommandInput) =>
            (await client.send(new ListSpacesCommand(input))).Spaces!.map((space) => space.SpaceName);

        it("filters by DomainIdEquals and by SpaceNameContains regardless of case, in creation order by default", async () => {
            assert.deepEqual(await listed({ DomainIdEquals: DOMAIN, SpaceNameContains: "LIST", MaxResults: 100 }), names);
            assert.deepEqual(await listed({ SpaceNameContains: "list", MaxResults: 100 }), [...names, "list-elsewhere"]);
            assert.deepEqual(await listed({ DomainIdEquals: VPC_DOMAIN }), ["list-elsewhere"]);
            assert.deepEqual(await listed({ DomainIdEquals: "d-nosuchdomain1" }), []);
        });

        it("sorts by CreationTime or LastModifiedTime, ascending or descending", async () => {
            const filter = { DomainIdEquals: DOMAIN, SpaceNameContains: "list" };
            assert.deepEqual(await listed({ ...filter, SortOrder: "Descending" }), [...names].reverse());
            assert.deepEqual(await listed({ ...filter, SortBy: "LastModifiedTime" }), ["list-a", "list-b", "list-c"]);
            assert.deepEqual(await listed({ ...filter, SortBy: "LastModifiedTime", SortOrder: "Descending" }), ["list-c", "list-b", "list-a"]);
        });

        it("summarises each space: status, times, settings summary, sharing, owner and display name", async () => {
            const { Spaces } = await client.send(new ListSpacesCommand({ DomainIdEquals: DOMAIN, SpaceNameContains: "summary-lab" }));
            const { CreationTime, LastModifiedTime, ...row } = Spaces![0]!;
            assert.deepEqual(row, {
                DomainId: DOMAIN,
                SpaceName: "Summary-Lab",
                Status: "InService",
                SpaceSettingsSummary: { AppType: "JupyterLab", RemoteAccess: "ENABLED", SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: 20 } } },
                SpaceSharingSettingsSummary: { SharingType: "Private" },
                OwnershipSettingsSummary: { OwnerUserProfileName: OWNER },
                SpaceDisplayName: "Summarised",
            });
            assert.ok(CreationTime instanceof Date && LastModifiedTime instanceof Date);
            const [bare] = (await client.send(new ListSpacesCommand({ DomainIdEquals: DOMAIN, SpaceNameContains: "summary-bare" }))).Spaces!;
            assert.deepEqual(Object.keys(bare!).sort(), ["CreationTime", "DomainId", "LastModifiedTime", "SpaceName", "Status"]);
        });

        it("pages with MaxResults and NextToken, a token bound to the other parameters", async () => {
            const filter = { DomainIdEquals: DOMAIN, SpaceNameContains: "list" };
            const first = await client.send(new ListSpacesCommand({ ...filter, MaxResults: 2 }));
            assert.deepEqual(first.Spaces!.map((space) => space.SpaceName), ["list-c", "list-a"]);
            assert.ok(first.NextToken);
            const second = await client.send(new ListSpacesCommand({ ...filter, MaxResults: 2, NextToken: first.NextToken }));
            assert.deepEqual(second.Spaces!.map((space) => space.SpaceName), ["list-b"]);
            assert.equal(second.NextToken, undefined);
            await expectAwsError(client.send(new ListSpacesCommand({ ...filter, SortOrder: "Descending", NextToken: first.NextToken })), "ValidationException");
            const paged: string[] = [];
            for await (const page of paginateListSpaces({ client, pageSize: 1 }, filter)) paged.push(...page.Spaces!.map((space) => space.SpaceName!));
            assert.deepEqual(paged, names);
            const tooMany = await expectAwsError(client.send(new ListSpacesCommand({ MaxResults: 101 })), "ValidationException");
            assert.match(tooMany.message, /at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100/);
        });

        it("answers at most 10 spaces without MaxResults", async () => {
            for (let i = 0; i < 11; i++) await client.send(new CreateSpaceCommand({ DomainId: SSO_DOMAIN, SpaceName: `page-${i}` }));
            const page = await client.send(new ListSpacesCommand({ DomainIdEquals: SSO_DOMAIN }));
            assert.deepEqual(page.Spaces!.map((space) => space.SpaceName), Array.from({ length: 10 }, (_, i) => `page-${i}`));
            assert.ok(page.NextToken);
        });
    });
});
