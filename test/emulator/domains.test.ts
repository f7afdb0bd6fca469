import * as assert from "node:assert/strict";
import {
    CreateDomainCommand,
    CreateUserProfileCommand,
    DeleteDomainCommand,
    DeleteUserProfileCommand,
    DescribeDomainCommand,
    DescribeUserProfileCommand,
    ListDomainsCommand,
    ListTagsCommand,
    type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, OBSERVABLE_LATENCY_MS, pollUntil, pollUntilGone, ROLE, sdkClient, startTestEmulator } from "./helpers";

describe("emulator: domains", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    before(async () => {
        emulator = await startTestEmulator({ latencyMs: OBSERVABLE_LATENCY_MS });
        client = sdkClient(emulator);
    });
    after(() => emulator.stop());

    const describeDomain = (id: string) => client.send(new DescribeDomainCommand({ DomainId: id }));

    it("creates a domain Pending then InService with a d- id, ARN, URL, EFS id and echoed settings", async () => {
        const created = await client.send(
            new CreateDomainCommand({
                DomainName: "research",
                AuthMode: "IAM",
                DefaultUserSettings: { ExecutionRole: ROLE, SecurityGroups: ["sg-0aa"] },
                SubnetIds: ["subnet-0123"],
                VpcId: "vpc-0123",
                AppNetworkAccessType: "VpcOnly",
                Tags: [{ Key: "owner", Value: "platform" }],
            }),
        );
        assert.match(created.DomainId!, /^d-[a-z0-9]{12}$/);
        assert.equal(created.DomainArn, `arn:aws:sagemaker:us-east-1:123456789012:domain/${created.DomainId}`);
        assert.equal(created.Url, `https://${created.DomainId}.studio.us-east-1.sagemaker.aws`);
        const pending = await describeDomain(created.DomainId!);
        assert.equal(pending.Status, "Pending");
        assert.equal(pending.DomainName, "research");
        assert.equal(pending.AuthMode, "IAM");
        assert.equal(pending.AppNetworkAccessType, "VpcOnly");
        assert.deepEqual(pending.DefaultUserSettings, { ExecutionRole: ROLE, SecurityGroups: ["sg-0aa"] });
        assert.deepEqual(pending.SubnetIds, ["subnet-0123"]);
        assert.equal(pending.VpcId, "vpc-0123");
        assert.match(pending.HomeEfsFileSystemId!, /^fs-[0-9a-f]+$/);
        await pollUntil(() => describeDomain(created.DomainId!), (domain) => domain.Status === "InService");
        const tags = await client.send(new ListTagsCommand({ ResourceArn: created.DomainArn! }));
        assert.deepEqual(tags.Tags, [{ Key: "owner", Value: "platform" }]);
        await client.send(new CreateUserProfileCommand({ DomainId: created.DomainId!, UserProfileName: "inherits-sg" }));
    });

    it("lists domains with their summary fields", async () => {
        const listed = await client.send(new ListDomainsCommand({}));
        const seeded = listed.Domains!.find((domain) => domain.DomainId === DOMAIN)!;
        assert.equal(seeded.Status, "InService");
        assert.equal(seeded.DomainArn, `arn:aws:sagemaker:us-east-1:123456789012:domain/${DOMAIN}`);
        assert.ok(seeded.CreationTime instanceof Date);
        assert.ok(listed.Domains!.length >= 4);
    });

    it("refuses to delete a domain that still has user profiles, then deletes it once empty", async () => {
        const created = await client.send(new CreateDomainCommand({ DomainName: "short-lived", AuthMode: "IAM", DefaultUserSettings: {} }));
        const domainId = created.DomainId!;
        await pollUntil(() => describeDomain(domainId), (domain) => domain.Status === "InService");
        const tenant = { DomainId: domainId, UserProfileName: "tenant" };
        await client.send(new CreateUserProfileCommand(tenant));
        const blocked = await expectAwsError(client.send(new DeleteDomainCommand({ DomainId: domainId })), "ResourceInUse");
        assert.match(blocked.message, /UserProfile\(s\) are associated with it/);
        await pollUntil(() => client.send(new DescribeUserProfileCommand(tenant)), (profile) => profile.Status === "InService");
        await client.send(new DeleteUserProfileCommand(tenant));
        await pollUntilGone(() => client.send(new DescribeUserProfileCommand(tenant)));
        await client.send(new DeleteDomainCommand({ DomainId: domainId, RetentionPolicy: { HomeEfsFileSystem: "Delete" } }));
        assert.equal((await describeDomain(domainId)).Status, "Deleting");
        await pollUntilGone(() => describeDomain(domainId));
    });

    it("answers ResourceNotFound for an unknown domain", async () => {
        await expectAwsError(describeDomain("d-unknown00000"), "ResourceNotFound");
        await expectAwsError(client.send(new DeleteDomainCommand({ DomainId: "d-unknown00000" })), "ResourceNotFound");
    });

    it("refuses profiles in a domain that is not yet InService", async () => {
        const slow = await startTestEmulator({ latencyMs: 5000 });
        try {
            const slowClient = sdkClient(slow);
            const created = await slowClient.send(new CreateDomainCommand({ DomainName: "slow", AuthMode: "IAM", DefaultUserSettings: {} }));
            const refused = await expectAwsError(
                slowClient.send(new CreateUserProfileCommand({ DomainId: created.DomainId!, UserProfileName: "early" })),
                "ValidationException",
            );
            assert.match(refused.message, /is not in InService/);
        } finally {
            await slow.stop();
        }
    });
});
