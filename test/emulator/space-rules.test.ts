import * as assert from "node:assert/strict";
import {
    CreateDomainCommand,
    CreateSpaceCommand,
    CreateUserProfileCommand,
    DeleteSpaceCommand,
    DeleteUserProfileCommand,
    DescribeDomainCommand,
    DescribeSpaceCommand,
    DescribeUserProfileCommand,
    UpdateSpaceCommand,
    type CreateSpaceCommandInput,
    type SageMakerClient,
    type UserSettings,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, OBSERVABLE_LATENCY_MS, pollUntil, pollUntilGone, privateSpaceRequest, ROLE, sdkClient, startTestEmulator } from "./helpers";

const storageMaximum = (max: number) => ({ SpaceStorageSettings: { DefaultEbsStorageSettings: { DefaultEbsVolumeSizeInGb: 5, MaximumEbsVolumeSizeInGb: max } } });
const withEbs = (size: number) => ({ AppType: "JupyterLab" as const, SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: size } } });

describe("emulator: space rules", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    /** A domain whose DefaultUserSettings allow 100 GB per private space and whose DefaultSpaceSettings allow 30 GB per shared one. */
    let limited: string;
    before(async () => {
        emulator = await startTestEmulator({ latencyMs: OBSERVABLE_LATENCY_MS });
        client = sdkClient(emulator);
        limited = (
            await client.send(
                new CreateDomainCommand({
                    DomainName: "limited",
                    AuthMode: "IAM",
                    DefaultUserSettings: { ExecutionRole: ROLE, ...storageMaximum(100) },
                    DefaultSpaceSettings: { ExecutionRole: ROLE, ...storageMaximum(30) },
                }),
            )
        ).DomainId!;
        await pollUntil(() => client.send(new DescribeDomainCommand({ DomainId: limited })), (domain) => domain.Status === "InService");
        await Promise.all([
            profileReady(DOMAIN, "plain"),
            profileReady(DOMAIN, "capped", storageMaximum(50)),
            profileReady(limited, "inherits"),
            profileReady(limited, "generous", storageMaximum(200)),
        ]);
    });
    after(() => emulator.stop());
    afterEach(() => emulator.clearFaults());

    async function profileReady(domainId: string, name: string, userSettings?: UserSettings) {
        await client.send(new CreateUserProfileCommand({ DomainId: domainId, UserProfileName: name, ...(userSettings ? { UserSettings: userSettings } : {}) }));
        await pollUntil(() => client.send(new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name })), (p) => p.Status === "InService");
    }
    const sharedSpace = (domainId: string, name: string, extra: Partial<CreateSpaceCommandInput> = {}): CreateSpaceCommandInput => ({
        DomainId: domainId,
        SpaceName: name,
        SpaceSharingSettings: { SharingType: "Shared" },
        ...extra,
    });
    const create = (input: CreateSpaceCommandInput) => client.send(new CreateSpaceCommand(input));
    const refused = async (input: CreateSpaceCommandInput, code = "ValidationException") => (await expectAwsError(create(input), code)).message;
    const spaceArn = (domainId: string, name: string) => `arn:aws:sagemaker:us-east-1:123456789012:space/${domainId}/${name}`;
    const ready = (domainId: string, name: string) =>
        pollUntil(() => client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: name })), (space) => space.Status === "InService");

    describe("ownership and sharing", () => {
        it("refuses a private space without an owner, and one without SpaceSettings, with the service's words", async () => {
            assert.equal(
                await refused({ DomainId: DOMAIN, SpaceName: "orphan", SpaceSharingSettings: { SharingType: "Private" }, SpaceSettings: {} }),
                "A private space requires OwnershipSettings.OwnerUserProfileName.",
            );
            assert.equal(
                await refused(privateSpaceRequest(DOMAIN, "Bare-Lab", "plain", { SpaceSettings: undefined })),
                `SpaceSettings must be provided for creating private space [${spaceArn(DOMAIN, "bare-lab")}]`,
            );
        });

        it("answers ResourceNotFound for an owner the domain does not have, and ValidationException for one not InService", async () => {
            assert.equal(await refused(privateSpaceRequest(DOMAIN, "lost-lab", "nobody"), "ResourceNotFound"), `UserProfile nobody does not exist in Domain ${DOMAIN}.`);
            assert.equal(await refused(privateSpaceRequest(limited, "lost-lab", "capped"), "ResourceNotFound"), `UserProfile capped does not exist in Domain ${limited}.`);
            await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "Newcomer" }));
            assert.equal(
                await refused(sharedSpace(DOMAIN, "early-lab", { OwnershipSettings: { OwnerUserProfileName: "newcomer" } })),
                "Unable to create Space early-lab because UserProfile newcomer is not in InService.",
            );
        });

        it("refuses any space in a domain that is not InService", async () => {
            const { DomainId: pending } = await client.send(new CreateDomainCommand({ DomainName: "fresh", AuthMode: "IAM", DefaultUserSettings: {} }));
            assert.equal(
                await refused(sharedSpace(pending!, "too-soon")),
                `Unable to create Space because Domain [arn:aws:sagemaker:us-east-1:123456789012:domain/${pending}] is not in InService.`,
            );
        });

        it("spends no failTransition rule on a refused request", async () => {
            emulator.addFaults({ operation: "CreateSpace", fault: "failTransition", reason: "capacity" });
            await refused(privateSpaceRequest(DOMAIN, "refused-lab", "plain", { SpaceSettings: undefined }));
            await create(sharedSpace(DOMAIN, "unlucky"));
            const failed = await pollUntil(
                () => client.send(new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: "unlucky" })),
                (space) => space.Status !== "Pending",
            );
            assert.equal(failed.Status, "Failed");
            assert.equal(failed.FailureReason, "capacity");
        });

        it("keeps a profile that owns a space, private or shared, until the space is gone", async () => {
            await profileReady(DOMAIN, "leaving");
            await create(sharedSpace(DOMAIN, "left-behind", { OwnershipSettings: { OwnerUserProfileName: "leaving" } }));
            const blocked = await expectAwsError(client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "leaving" })), "ResourceInUse");
            assert.match(blocked.message, /because Space\(s\) are associated with it\.$/);
            await ready(DOMAIN, "left-behind");
            await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: "left-behind" }));
            await expectAwsError(client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "leaving" })), "ResourceInUse");
            await pollUntilGone(() => client.send(new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: "left-behind" })));
            await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "leaving" }));
        });
    });

    describe("the EBS maximum", () => {
        const tooLarge = (size: number, max: number, setIn: string) =>
            `EbsVolumeSizeInGb (${size}) must be less than or equal to the MaximumEbsVolumeSizeInGb (${max}) in SpaceStorageSettings.DefaultEbsStorageSettings of ${setIn}.`;

        it("holds a private space to its owner's UserSettings", async () => {
            assert.equal(await refused(privateSpaceRequest(DOMAIN, "big-lab", "capped", { SpaceSettings: withEbs(51) })), tooLarge(51, 50, "the UserSettings of UserProfile capped"));
            await create(privateSpaceRequest(DOMAIN, "big-lab", "capped", { SpaceSettings: withEbs(50) }));
        });

        it("holds a private space whose owner has no maximum to the domain's DefaultUserSettings; the owner's own wins", async () => {
            assert.equal(await refused(privateSpaceRequest(limited, "inherited", "inherits", { SpaceSettings: withEbs(101) })), tooLarge(101, 100, "the domain's DefaultUserSettings"));
            await create(privateSpaceRequest(limited, "inherited", "inherits", { SpaceSettings: withEbs(100) }));
            await create(privateSpaceRequest(limited, "generous-lab", "generous", { SpaceSettings: withEbs(200) }));
        });

        it("holds a shared space to the domain's DefaultSpaceSettings, owner or not", async () => {
            assert.equal(await refused(sharedSpace(limited, "team", { SpaceSettings: withEbs(31) })), tooLarge(31, 30, "the domain's DefaultSpaceSettings"));
            assert.equal(
                await refused(sharedSpace(limited, "team", { SpaceSettings: withEbs(31), OwnershipSettings: { OwnerUserProfileName: "generous" } })),
                tooLarge(31, 30, "the domain's DefaultSpaceSettings"),
            );
            await create(sharedSpace(limited, "team", { SpaceSettings: withEbs(30) }));
        });

        it("allows the shapes' maximum where no maximum is set", async () => {
            await create(privateSpaceRequest(DOMAIN, "huge-lab", "plain", { SpaceSettings: withEbs(16384) }));
            await create(sharedSpace(DOMAIN, "huge-team", { SpaceSettings: withEbs(16384) }));
        });

        it("holds an update to the same maximum as the create", async () => {
            await ready(DOMAIN, "big-lab");
            const grow = (size: number) =>
                client.send(new UpdateSpaceCommand({ DomainId: DOMAIN, SpaceName: "big-lab", SpaceSettings: { SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: size } } } }));
            assert.equal((await expectAwsError(grow(60), "ValidationException")).message, tooLarge(60, 50, "the UserSettings of UserProfile capped"));
            await ready(limited, "team");
            const growTeam = client.send(
                new UpdateSpaceCommand({ DomainId: limited, SpaceName: "team", SpaceSettings: { SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: 31 } } } }),
            );
            assert.equal((await expectAwsError(growTeam, "ValidationException")).message, tooLarge(31, 30, "the domain's DefaultSpaceSettings"));
            await grow(50);
            const grown = await ready(DOMAIN, "big-lab");
            assert.deepEqual(grown.SpaceSettings, withEbs(50));
        });
    });
});
