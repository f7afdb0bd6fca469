// The owner tag and, beside it, the stack tag that names `<project>/<stack>` to a person: both within
// the API's 50-tag limit (the owner tag first), neither ever a program-visible tag, and the stack tag
// written wherever the owner tag is (create, update, takeover) by the provider's lifecycle.
import * as assert from "assert";
import { AddTagsCommand, DescribeUserProfileCommand, ListTagsCommand, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { MAX_TAGS } from "../../model/schema/limits";
import { activeOwner, FORGOTTEN_TAG, forgottenTags, managerOf, OWNER_PROPERTY, OWNER_TAG, recordedOwner, STACK_PROPERTY, STACK_TAG, stackLabel, tagsWithOwner, withoutOwnerTag } from "../../gateway/ownership";
import { USER_PROFILE } from "../../provider/kinds/user-profile";
import { check } from "../../provider/lifecycle/check";
import { create } from "../../provider/lifecycle/create";
import { read } from "../../provider/lifecycle/read";
import { update } from "../../provider/lifecycle/update";
import { configureProviderFor } from "../support/in-process-provider";
import { DOMAIN, emulatorClient, startEmulator } from "../support/profiles-stack";

const tagsOfSize = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`]));

describe("gateway/ownership", () => {
    it("names a stack as <project>/<stack>", () => {
        assert.strictEqual(stackLabel("studio", "prod-cv"), "studio/prod-cv");
    });

    it("adds the owner tag, then the stack tag, while the API's limit leaves room", () => {
        assert.deepStrictEqual(tagsWithOwner({ team: "ml" }, "token", "studio/prod"), { team: "ml", [OWNER_TAG]: "token", [STACK_TAG]: "studio/prod" });
        assert.deepStrictEqual(tagsWithOwner(undefined, "token", "studio/prod"), { [OWNER_TAG]: "token", [STACK_TAG]: "studio/prod" });
        assert.deepStrictEqual(tagsWithOwner({ team: "ml" }, "token"), { team: "ml", [OWNER_TAG]: "token" }, "a program of an earlier release sends no stack label");
        const owned = tagsWithOwner(tagsOfSize(MAX_TAGS - 1), "token", "studio/prod")!;
        assert.strictEqual(Object.keys(owned).length, MAX_TAGS);
        assert.strictEqual(owned[OWNER_TAG], "token", "the owner tag takes the last slot");
        assert.ok(!(STACK_TAG in owned));
        assert.strictEqual(Object.keys(tagsWithOwner(tagsOfSize(MAX_TAGS - 2), "token", "studio/prod")!).length, MAX_TAGS);
        assert.deepStrictEqual(tagsWithOwner(tagsOfSize(MAX_TAGS), "token", "studio/prod"), tagsOfSize(MAX_TAGS));
        assert.deepStrictEqual(tagsWithOwner({ team: "ml" }, undefined, "studio/prod"), { team: "ml" }, "no stack tag without an owner tag");
    });

    it("keeps both tags out of what the program sees", () => {
        assert.deepStrictEqual(withoutOwnerTag({ team: "ml", [OWNER_TAG]: "token", [STACK_TAG]: "studio/prod" }), { team: "ml" });
    });

    it("records the owner token and the stack label in refreshed inputs when the outputs carry them", () => {
        assert.deepStrictEqual(recordedOwner({ [OWNER_PROPERTY]: "token", [STACK_PROPERTY]: "studio/prod", tags: {} }), { [OWNER_PROPERTY]: "token", [STACK_PROPERTY]: "studio/prod" });
        assert.deepStrictEqual(recordedOwner({ [OWNER_PROPERTY]: "token" }), { [OWNER_PROPERTY]: "token" });
        assert.deepStrictEqual(recordedOwner({}), {});
    });

    it("says who the tags name as manager", () => {
        assert.deepStrictEqual(managerOf({ team: "ml" }), { managed: false });
        assert.deepStrictEqual(managerOf({ [OWNER_TAG]: "token" }), { managed: true });
        assert.deepStrictEqual(managerOf({ [OWNER_TAG]: "token", [STACK_TAG]: "studio/prod" }), { managed: true, stack: "studio/prod" });
        assert.deepStrictEqual(managerOf({ [STACK_TAG]: "studio/prod" }), { managed: false }, "only the owner tag makes a record managed");
        assert.deepStrictEqual(managerOf({ [OWNER_TAG]: "token", [FORGOTTEN_TAG]: "studio/prod" }), { managed: false, forgottenBy: "studio/prod" });
    });

    it("trades the stack tag for the forgotten-by tag when a stack forgets a record, and adoption then sees no owner", () => {
        const tags = { team: "ml", [OWNER_TAG]: "token", [STACK_TAG]: "studio/prod" };
        const forgotten = forgottenTags(tags, "studio/prod");
        assert.deepStrictEqual(forgotten, { team: "ml", [OWNER_TAG]: "token", [FORGOTTEN_TAG]: "studio/prod" });
        assert.strictEqual(activeOwner(forgotten), undefined);
        assert.strictEqual(activeOwner(tags), "token");
        assert.deepStrictEqual(withoutOwnerTag(forgotten), { team: "ml" });
        const full = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
        assert.deepStrictEqual(forgottenTags(full, "studio/prod"), full, "no room under the API's limit: the tags stay");
    });
});

describe("gateway/ownership: the stack tag through the provider's lifecycle", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    type Props = Record<string, unknown>;
    const id = (name: string) => `${DOMAIN}/${name}`;
    const inputs = (name: string, extra: Props = {}): Props => ({ domainId: DOMAIN, userProfileName: name, tags: { team: "ml" }, ...extra });

    async function liveTags(name: string): Promise<Record<string, string>> {
        const arn = (await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }))).UserProfileArn;
        return Object.fromEntries(((await client.send(new ListTagsCommand({ ResourceArn: arn }))).Tags ?? []).map((t) => [t.Key, t.Value]));
    }

    before(async () => {
        emulator = await startEmulator(20);
        client = emulatorClient(emulator);
        configureProviderFor(emulator);
    });

    after(() => emulator?.stop());

    it("create writes it beside the owner tag; outputs and refreshed inputs carry the label, tags do not", async () => {
        const created = await create(USER_PROFILE, inputs("own-ada", { [OWNER_PROPERTY]: "token-ada", [STACK_PROPERTY]: "studio/alpha" }));
        assert.deepStrictEqual(await liveTags("own-ada"), { team: "ml", [OWNER_TAG]: "token-ada", [STACK_TAG]: "studio/alpha" });
        assert.deepStrictEqual(created.outs.tags, { team: "ml" });
        assert.strictEqual(created.outs[STACK_PROPERTY], "studio/alpha");
        const refreshed = await read(USER_PROFILE, id("own-ada"), created.outs);
        assert.deepStrictEqual(refreshed.props, created.outs);
        assert.strictEqual(refreshed.inputs, undefined, "nothing drifted: the inputs stay as the program wrote them");
        await client.send(new AddTagsCommand({ ResourceArn: String(created.outs.arn), Tags: [{ Key: "by-hand", Value: "yes" }] }));
        const drifted = await read(USER_PROFILE, id("own-ada"), created.outs);
        assert.strictEqual(drifted.inputs?.[STACK_PROPERTY], "studio/alpha");
        assert.strictEqual(drifted.inputs?.[OWNER_PROPERTY], "token-ada");
    });

    it("check passes the label through without judging it as a property", async () => {
        const checked = await check(USER_PROFILE, {}, inputs("own-new", { [OWNER_PROPERTY]: "token-new", [STACK_PROPERTY]: "studio/alpha" }));
        assert.deepStrictEqual(checked.failures, []);
        assert.strictEqual(checked.inputs?.[STACK_PROPERTY], "studio/alpha");
    });

    it("an update adds it to a profile an earlier release tagged with the owner tag alone, and keeps that owner tag", async () => {
        const earlier = await create(USER_PROFILE, inputs("own-bo", { [OWNER_PROPERTY]: "token-bo" }));
        assert.deepStrictEqual(await liveTags("own-bo"), { team: "ml", [OWNER_TAG]: "token-bo" });
        assert.ok(!(STACK_PROPERTY in earlier.outs));
        const updated = await update(USER_PROFILE, id("own-bo"), earlier.outs, inputs("own-bo", { tags: { team: "cv" }, [OWNER_PROPERTY]: "token-bo", [STACK_PROPERTY]: "studio/alpha" }));
        assert.deepStrictEqual(await liveTags("own-bo"), { team: "cv", [OWNER_TAG]: "token-bo", [STACK_TAG]: "studio/alpha" });
        assert.deepStrictEqual(updated.outs?.tags, { team: "cv" });
    });

    it("the preview's review of a takeover does not list the stack tag as a tag it removes", async () => {
        const printed: string[] = [];
        const { log, warn } = console;
        console.log = console.warn = (line: unknown) => printed.push(String(line));
        try {
            const checked = await check(USER_PROFILE, {}, inputs("own-bo", { tags: { team: "cv" }, adopt: "takeover", [OWNER_PROPERTY]: "token-bo-beta", [STACK_PROPERTY]: "studio/beta" }));
            assert.deepStrictEqual(checked.failures, []);
        } finally {
            Object.assign(console, { log, warn });
        }
        assert.deepStrictEqual(printed, [`user profile ${DOMAIN}/own-bo: adopting the existing profile from the stack that owned it; it already matches the program, so up only adds this stack's owner tag`]);
    });

    it("a takeover replaces both tags with the new owner's", async () => {
        const taken = await create(USER_PROFILE, inputs("own-ada", { adopt: "takeover", [OWNER_PROPERTY]: "token-ada-beta", [STACK_PROPERTY]: "studio/beta" }));
        assert.deepStrictEqual(await liveTags("own-ada"), { team: "ml", [OWNER_TAG]: "token-ada-beta", [STACK_TAG]: "studio/beta" });
        assert.deepStrictEqual(taken.outs.tags, { team: "ml" });
    });

    it("a takeover by a program of an earlier release leaves no stack tag naming the stack that gave it up", async () => {
        await create(USER_PROFILE, inputs("own-ada", { adopt: "takeover", [OWNER_PROPERTY]: "token-ada-old" }));
        assert.deepStrictEqual(await liveTags("own-ada"), { team: "ml", [OWNER_TAG]: "token-ada-old" });
    });
});
