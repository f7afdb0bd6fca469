// The gateway's reads page through everything with the SDK's paginators: more apps and spaces
// than one page holds, and a profile's full set of tags.
import * as assert from "assert";
import { AddTagsCommand, CreateAppCommand, CreateSpaceCommand, CreateUserProfileCommand, DescribeUserProfileCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { MAX_TAGS } from "../../model/schema/limits";
import { listApps } from "../../gateway/apps";
import { listSpaces } from "../../gateway/blockers";
import { sagemakerClient } from "../../gateway/clients";
import { listTags } from "../../gateway/tags";
import { configureProviderFor } from "../support/in-process-provider";
import { DOMAIN, emulatorClient, startEmulator } from "../support/profiles-stack";

const MORE_THAN_A_PAGE = 101;

describe("gateway paging", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    let arn: string;

    before(async () => {
        emulator = await startEmulator(0);
        client = emulatorClient(emulator);
        configureProviderFor(emulator);
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "pager" }));
        arn = (await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "pager" }))).UserProfileArn!;
        for (let i = 0; i < MORE_THAN_A_PAGE; i++) {
            await client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "pager", AppType: "KernelGateway", AppName: `kg-${i}` }));
            await client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: `space-${i}`, SpaceSettings: { AppType: "JupyterLab" } }));
        }
        const tags = Array.from({ length: MAX_TAGS }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
        await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags }));
    });

    after(() => emulator?.stop());

    const callsOf = (operation: string) => emulator.requests().filter((r) => r.operation === operation).length;

    it("lists every app and every space across pages", async () => {
        emulator.clearRequests();
        const apps = await listApps(sagemakerClient(), DOMAIN, { UserProfileNameEquals: "pager" }, "test");
        assert.strictEqual(apps.length, MORE_THAN_A_PAGE);
        assert.strictEqual(callsOf("ListApps"), 2);
        const spaces = await listSpaces(sagemakerClient(), DOMAIN, "test");
        assert.strictEqual(spaces.length, MORE_THAN_A_PAGE);
        assert.strictEqual(callsOf("ListSpaces"), 2);
    });

    it("reads all tags of a profile", async () => {
        const tags = await listTags(sagemakerClient(), arn, "test");
        assert.strictEqual(Object.keys(tags).length, MAX_TAGS);
        assert.strictEqual(tags.k49, "v49");
    });

    it("says which call failed on which profile", async () => {
        emulator.addFaults({ operation: "ListSpaces", fault: "clientError", code: "AccessDeniedException", message: "no" });
        await assert.rejects(listSpaces(sagemakerClient(), DOMAIN, "d-x/alice"), /ListSpaces of user profile d-x\/alice failed: AccessDeniedException: no\. The caller's IAM policy must allow sagemaker:ListSpaces/);
    });
});
