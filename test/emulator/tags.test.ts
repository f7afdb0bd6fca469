import * as assert from "node:assert/strict";
import {
    AddTagsCommand,
    CreateUserProfileCommand,
    DeleteTagsCommand,
    DeleteUserProfileCommand,
    ListTagsCommand,
    paginateListTags,
    type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, sdkClient, sleep, startTestEmulator, TEST_LATENCY_MS } from "./helpers";

describe("emulator: tags", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    let arn: string;
    before(async () => {
        emulator = await startTestEmulator();
        client = sdkClient(emulator);
        arn = (await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "Tagged", Tags: [{ Key: "team", Value: "ml" }] })))
            .UserProfileArn!;
    });
    after(() => emulator.stop());

    const list = async (resourceArn = arn) => (await client.send(new ListTagsCommand({ ResourceArn: resourceArn }))).Tags;

    it("adds or overwrites by key and echoes the added tags", async () => {
        const added = await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: "team", Value: "research" }, { Key: "env", Value: "dev" }] }));
        assert.deepEqual(added.Tags, [{ Key: "team", Value: "research" }, { Key: "env", Value: "dev" }]);
        assert.deepEqual(await list(), [{ Key: "team", Value: "research" }, { Key: "env", Value: "dev" }]);
    });

    it("finds the resource whatever the case of the name in the ARN", async () => {
        assert.deepEqual(await list(arn.replace("/tagged", "/TAGGED")), await list());
    });

    it("deletes by key, ignoring absent keys", async () => {
        await client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ["env", "never-there"] }));
        assert.deepEqual(await list(), [{ Key: "team", Value: "research" }]);
    });

    it("keeps at most 50 tags and rejects duplicate keys in one request", async () => {
        await expectAwsError(
            client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: "a", Value: "1" }, { Key: "a", Value: "2" }] })),
            "ValidationException",
        );
        const fifty = Array.from({ length: 50 }, (_, index) => ({ Key: `k${index}`, Value: String(index) }));
        await expectAwsError(client.send(new AddTagsCommand({ ResourceArn: arn, Tags: fifty })), "ValidationException");
        assert.deepEqual(await list(), [{ Key: "team", Value: "research" }]);
        const tooManyInRequest = Array.from({ length: 51 }, (_, index) => ({ Key: `k${index}`, Value: "" }));
        const message = (await expectAwsError(client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tooManyInRequest })), "ValidationException")).message;
        assert.match(message, /at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50/);
    });

    it("pages ListTags with MaxResults of at least 50", async () => {
        await client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ["team"] }));
        await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: Array.from({ length: 50 }, (_, index) => ({ Key: `k${index}`, Value: "v" })) }));
        const pages: number[] = [];
        for await (const page of paginateListTags({ client }, { ResourceArn: arn, MaxResults: 50 })) pages.push(page.Tags!.length);
        assert.deepEqual(pages, [50]);
        const first = await client.send(new ListTagsCommand({ ResourceArn: arn }));
        assert.equal(first.Tags!.length, 50);
        assert.equal(first.NextToken, undefined);
    });

    it("rejects tag calls on an ARN that names nothing, with ValidationException", async () => {
        const missing = `arn:aws:sagemaker:us-east-1:123456789012:user-profile/${DOMAIN}/nobody`;
        await expectAwsError(client.send(new ListTagsCommand({ ResourceArn: missing })), "ValidationException");
        await expectAwsError(client.send(new AddTagsCommand({ ResourceArn: missing, Tags: [{ Key: "a", Value: "b" }] })), "ValidationException");
        const malformed = await expectAwsError(client.send(new ListTagsCommand({ ResourceArn: "" })), "ValidationException");
        assert.match(malformed.message, /Value '' at 'resourceArn' failed to satisfy constraint: Member must/);
    });

    it("drops a profile's tags with the profile", async () => {
        await sleep(TEST_LATENCY_MS * 2);
        await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "tagged" }));
        await sleep(TEST_LATENCY_MS * 3);
        await expectAwsError(client.send(new ListTagsCommand({ ResourceArn: arn })), "ValidationException");
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "tagged" }));
        assert.deepEqual(await list(), []);
    });
});
