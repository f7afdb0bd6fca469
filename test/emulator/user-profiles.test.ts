import * as assert from "node:assert/strict";
import {
    CreateAppCommand,
    CreateSpaceCommand,
    CreateUserProfileCommand,
    DeleteAppCommand,
    DeleteSpaceCommand,
    DeleteUserProfileCommand,
    DescribeAppCommand,
    DescribeSpaceCommand,
    DescribeUserProfileCommand,
    ListTagsCommand,
    ListUserProfilesCommand,
    paginateListUserProfiles,
    UpdateUserProfileCommand,
    type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, OBSERVABLE_LATENCY_MS, pollUntil, pollUntilGone, ROLE, sdkClient, sleep, startTestEmulator } from "./helpers";

const LIFECYCLE_ARN = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/install-tools";
const IMAGE_VERSION_ARN = "arn:aws:sagemaker:us-east-1:081325390199:image-version/jupyter-server-3/1";

describe("emulator: user profiles", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    before(async () => {
        emulator = await startTestEmulator({ latencyMs: OBSERVABLE_LATENCY_MS });
        client = sdkClient(emulator);
    });
    after(() => emulator.stop());

    const describe_ = (name: string) => client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
    const inService = (name: string) => pollUntil(() => describe_(name), (profile) => profile.Status === "InService");
    const create = async (name: string, extra: Partial<ConstructorParameters<typeof CreateUserProfileCommand>[0]> = {}) => {
        const output = await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name, ...extra }));
        return output.UserProfileArn!;
    };

    it("creates a profile Pending, then InService, with its ARN, EFS uid, times and settings", async () => {
        const arn = await create("Lifecycle-One", { UserSettings: { ExecutionRole: ROLE } });
        assert.equal(arn, `arn:aws:sagemaker:us-east-1:123456789012:user-profile/${DOMAIN}/lifecycle-one`);
        const pending = await describe_("Lifecycle-One");
        assert.equal(pending.Status, "Pending");
        assert.equal(pending.UserProfileName, "Lifecycle-One");
        assert.equal(pending.UserProfileArn, arn);
        assert.equal(pending.DomainId, DOMAIN);
        assert.match(pending.HomeEfsFileSystemUid!, /^\d+$/);
        assert.ok(pending.CreationTime instanceof Date);
        assert.deepEqual(pending.UserSettings, { ExecutionRole: ROLE });
        const ready = await inService("Lifecycle-One");
        assert.ok(ready.LastModifiedTime!.getTime() > pending.CreationTime!.getTime(), "LastModifiedTime bumped by the transition");
        assert.equal(ready.CreationTime!.getTime(), pending.CreationTime!.getTime());
    });

    it("hands out sequential home EFS uids per domain, starting at 200001", async () => {
        const fresh = await startTestEmulator();
        try {
            const freshClient = sdkClient(fresh);
            for (const name of ["u1", "u2"]) {
                await freshClient.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
            }
            const uids = await Promise.all(
                ["u1", "u2"].map(async (name) =>
                    (await freshClient.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }))).HomeEfsFileSystemUid,
                ),
            );
            assert.deepEqual(uids, ["200001", "200002"]);
        } finally {
            await fresh.stop();
        }
    });

    it("treats names case-insensitively within a domain and keeps the stored spelling", async () => {
        await create("CaseAlice");
        const duplicate = await expectAwsError(create("casealice"), "ResourceInUse");
        assert.equal(duplicate.$metadata?.httpStatusCode, 400);
        const found = await describe_("CASEALICE");
        assert.equal(found.UserProfileName, "CaseAlice");
        await expectAwsError(create("CaseAlice"), "ResourceInUse");
    });

    it("answers ResourceNotFound for a missing profile or domain", async () => {
        await expectAwsError(describe_("nobody-here"), "ResourceNotFound");
        await expectAwsError(
            client.send(new UpdateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "nobody-here", UserSettings: {} })),
            "ResourceNotFound",
        );
        await expectAwsError(client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "nobody-here" })), "ResourceNotFound");
        await expectAwsError(
            client.send(new CreateUserProfileCommand({ DomainId: "d-doesnotexist1", UserProfileName: "x" })),
            "ResourceNotFound",
        );
    });

    it("updates: Updating then InService; absent members stay, [] and \"None\" clear", async () => {
        await create("updater", {
            UserSettings: {
                ExecutionRole: ROLE,
                SecurityGroups: ["sg-0123456789abcdef0"],
                JupyterServerAppSettings: {
                    DefaultResourceSpec: { InstanceType: "system", SageMakerImageVersionArn: IMAGE_VERSION_ARN },
                    LifecycleConfigArns: [LIFECYCLE_ARN],
                },
            },
        });
        await inService("updater");
        await client.send(
            new UpdateUserProfileCommand({
                DomainId: DOMAIN,
                UserProfileName: "UPDATER",
                UserSettings: {
                    SharingSettings: { NotebookOutputOption: "Disabled" },
                    JupyterServerAppSettings: {
                        DefaultResourceSpec: { SageMakerImageVersionArn: "None" },
                        LifecycleConfigArns: [],
                    },
                },
            }),
        );
        const updating = await describe_("updater");
        assert.equal(updating.Status, "Updating");
        const done = await inService("updater");
        assert.deepEqual(done.UserSettings, {
            ExecutionRole: ROLE,
            SecurityGroups: ["sg-0123456789abcdef0"],
            SharingSettings: { NotebookOutputOption: "Disabled" },
            JupyterServerAppSettings: { DefaultResourceSpec: { InstanceType: "system" }, LifecycleConfigArns: [] },
        });
        assert.ok(done.LastModifiedTime!.getTime() > done.CreationTime!.getTime());
    });

    it("refuses an update or delete while a transition is in flight", async () => {
        await create("busy");
        await expectAwsError(
            client.send(new UpdateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "busy", UserSettings: {} })),
            "ResourceInUse",
        );
        await expectAwsError(client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "busy" })), "ResourceInUse");
        await inService("busy");
    });

    it("deletes: Deleting, then gone", async () => {
        await create("deleted-one");
        await inService("deleted-one");
        await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "Deleted-One" }));
        assert.equal((await describe_("deleted-one")).Status, "Deleting");
        await pollUntilGone(() => describe_("deleted-one"));
        await create("deleted-one");
    });

    it("stores tags given at create on the profile ARN", async () => {
        const arn = await create("tagged", { Tags: [{ Key: "team", Value: "ml" }, { Key: "cost-center", Value: "42" }] });
        const tags = await client.send(new ListTagsCommand({ ResourceArn: arn }));
        assert.deepEqual(tags.Tags, [
            { Key: "team", Value: "ml" },
            { Key: "cost-center", Value: "42" },
        ]);
    });

    it("refuses to delete a profile with apps, with the service's message, until the apps are deleted", async () => {
        const arn = await create("app-owner");
        await inService("app-owner");
        await client.send(
            new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "app-owner", AppType: "JupyterServer", AppName: "default" }),
        );
        const blocked = await expectAwsError(
            client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "app-owner" })),
            "ResourceInUse",
        );
        assert.equal(blocked.message, `Unable to delete UserProfile [${arn}] because App(s) are associated with it.`);
        const app = { DomainId: DOMAIN, UserProfileName: "app-owner", AppType: "JupyterServer" as const, AppName: "default" };
        await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "InService");
        await client.send(new DeleteAppCommand(app));
        await pollUntil(() => client.send(new DescribeAppCommand(app)), (described) => described.Status === "Deleted");
        await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "app-owner" }));
    });

    it("refuses to delete a profile that owns a private space, with the service's message", async () => {
        const arn = await create("space-owner");
        await inService("space-owner");
        await client.send(
            new CreateSpaceCommand({
                DomainId: DOMAIN,
                SpaceName: "private-space",
                OwnershipSettings: { OwnerUserProfileName: "space-owner" },
                SpaceSharingSettings: { SharingType: "Private" },
                SpaceSettings: { AppType: "JupyterLab" },
            }),
        );
        const blocked = await expectAwsError(
            client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "space-owner" })),
            "ResourceInUse",
        );
        assert.equal(blocked.message, `Unable to delete UserProfile [${arn}] because Space(s) are associated with it.`);
        const space = { DomainId: DOMAIN, SpaceName: "private-space" };
        await pollUntil(() => client.send(new DescribeSpaceCommand(space)), (described) => described.Status === "InService");
        await client.send(new DeleteSpaceCommand(space));
        await pollUntilGone(() => client.send(new DescribeSpaceCommand(space)));
        await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "space-owner" }));
    });

    describe("ListUserProfiles", () => {
        let listing: SageMakerLocal;
        let listClient: SageMakerClient;
        const OTHER_DOMAIN = "d-otherdomain001";
        before(async () => {
            listing = await startTestEmulator({ seedDomains: [DOMAIN, OTHER_DOMAIN] });
            listClient = sdkClient(listing);
            for (let index = 0; index < 12; index++) {
                const name = `member-${String(index).padStart(2, "0")}`;
                await listClient.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
                await sleep(2);
            }
            await listClient.send(new CreateUserProfileCommand({ DomainId: OTHER_DOMAIN, UserProfileName: "Outsider" }));
        });
        after(() => listing.stop());

        it("returns rows without ARN or settings, 10 by default, with a NextToken", async () => {
            const page = await listClient.send(new ListUserProfilesCommand({ DomainIdEquals: DOMAIN }));
            assert.equal(page.UserProfiles!.length, 10);
            assert.ok(page.NextToken);
            assert.deepEqual(Object.keys(page.UserProfiles![0]!).sort(), [
                "CreationTime",
                "DomainId",
                "LastModifiedTime",
                "Status",
                "UserProfileName",
            ]);
        });

        it("pages through everything once with the SDK paginator, ascending by creation time", async () => {
            const names: string[] = [];
            const tokens = new Set<string>();
            for await (const page of paginateListUserProfiles({ client: listClient, pageSize: 5 }, { DomainIdEquals: DOMAIN })) {
                names.push(...page.UserProfiles!.map((profile) => profile.UserProfileName!));
                if (page.NextToken) {
                    assert.ok(!tokens.has(page.NextToken), "a token is never repeated");
                    tokens.add(page.NextToken);
                }
            }
            assert.deepEqual(names, Array.from({ length: 12 }, (_, index) => `member-${String(index).padStart(2, "0")}`));
            assert.equal(tokens.size, 2);
        });

        it("sorts descending and by LastModifiedTime", async () => {
            const descending = await listClient.send(
                new ListUserProfilesCommand({ DomainIdEquals: DOMAIN, SortOrder: "Descending", MaxResults: 3 }),
            );
            assert.deepEqual(
                descending.UserProfiles!.map((profile) => profile.UserProfileName),
                ["member-11", "member-10", "member-09"],
            );
            // Once every transition is behind us, the update is the newest modification.
            await pollUntil(
                () => listClient.send(new ListUserProfilesCommand({ MaxResults: 100 })),
                (page) => page.UserProfiles!.every((profile) => profile.Status === "InService"),
            );
            await listClient.send(new UpdateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "member-00", UserSettings: { ExecutionRole: ROLE } }));
            const byModified = await listClient.send(
                new ListUserProfilesCommand({ DomainIdEquals: DOMAIN, SortBy: "LastModifiedTime", SortOrder: "Descending", MaxResults: 1 }),
            );
            assert.equal(byModified.UserProfiles![0]!.UserProfileName, "member-00");
        });

        it("filters by domain (exact) and name substring (case-insensitive)", async () => {
            const all = await listClient.send(new ListUserProfilesCommand({ MaxResults: 100 }));
            assert.equal(all.UserProfiles!.length, 13);
            const other = await listClient.send(new ListUserProfilesCommand({ DomainIdEquals: OTHER_DOMAIN }));
            assert.deepEqual(other.UserProfiles!.map((profile) => profile.UserProfileName), ["Outsider"]);
            const contains = await listClient.send(new ListUserProfilesCommand({ UserProfileNameContains: "MEMBER-1" }));
            assert.deepEqual(contains.UserProfiles!.map((profile) => profile.UserProfileName), ["member-10", "member-11"]);
            assert.equal(contains.NextToken, undefined);
        });

        it("rejects a token used with different filters, and a garbled token", async () => {
            const first = await listClient.send(new ListUserProfilesCommand({ DomainIdEquals: DOMAIN, MaxResults: 2 }));
            await expectAwsError(
                listClient.send(new ListUserProfilesCommand({ DomainIdEquals: OTHER_DOMAIN, NextToken: first.NextToken })),
                "ValidationException",
            );
            await expectAwsError(listClient.send(new ListUserProfilesCommand({ NextToken: "not-a-token" })), "ValidationException");
        });
    });
});
