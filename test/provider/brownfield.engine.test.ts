// UserProfile on a domain that has history: adoption shown before it happens, profiles owned by
// another stack, settings removed from the program, a member offboarded with their apps and
// private space, and diffs that show only what really changes. Real engine, sagemaker-local.
import * as assert from "assert";
import {
    CreateUserProfileCommand,
    DescribeSpaceCommand,
    DescribeUserProfileCommand,
    ListTagsCommand,
    AddTagsCommand,
    SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { toApiValue, toPulumiPath } from "../../model/schema/names";
import { removalTable } from "../../model/settings/removal-behaviour";
import { OWNER_TAG, STACK_TAG } from "../../gateway/ownership";
import { cleanWorkDirs } from "../support/engine";
import { fullUserSettings } from "../support/full-user-settings";
import { addAppAndPrivateSpace, DOMAIN, emulatorClient, ProfilesStack, startEmulator } from "../support/profiles-stack";

const OLD_ROLE = "arn:aws:iam::123456789012:role/HandMade";
const NEW_ROLE = "arn:aws:iam::123456789012:role/Managed";
const SG = "sg-0123456789abcdef0";
const MUTATING = /^(Create|Update|Delete)/;

async function describeProfile(client: SageMakerClient, name: string) {
    return client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
}

async function tagsOf(client: SageMakerClient, name: string): Promise<Record<string, string>> {
    const arn = (await describeProfile(client, name)).UserProfileArn;
    const out = await client.send(new ListTagsCommand({ ResourceArn: arn }));
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key!, t.Value!]));
}

async function settled(client: SageMakerClient, name: string): Promise<void> {
    for (let i = 0; i < 200 && (await describeProfile(client, name)).Status !== "InService"; i++) {
        await new Promise((r) => setTimeout(r, 50));
    }
}

const valueAt = (value: unknown, path: readonly string[]) => path.reduce<unknown>((v, k) => (v === null || typeof v !== "object" ? undefined : (v as Record<string, unknown>)[k]), value);

describe("UserProfile on the engine: a domain with history", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;

    before(async () => {
        emulator = await startEmulator(100);
        client = emulatorClient(emulator);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    describe("adoption", () => {
        let first: ProfilesStack;
        let second: ProfilesStack;
        // Resource names differ between the stacks, as the owner token is a hash of project, stack and resource name.
        const adopting = (adopt: boolean | string, resource = "brown") => ({
            [resource]: { domainId: DOMAIN, userProfileName: "brown-1", adopt, tags: { team: "cv" }, userSettings: { executionRole: NEW_ROLE } },
        });

        before(async () => {
            await client.send(
                new CreateUserProfileCommand({
                    DomainId: DOMAIN,
                    UserProfileName: "brown-1",
                    Tags: [{ Key: "team", Value: "cv" }, { Key: "legacy", Value: "yes" }],
                    UserSettings: { ExecutionRole: OLD_ROLE, SecurityGroups: [SG] },
                }),
            );
            await settled(client, "brown-1");
            first = await ProfilesStack.create(emulator, "adopt-first");
            second = await ProfilesStack.create(emulator, "adopt-second");
        });

        it("shows at preview what adopting will change, old → new, and up does exactly that", async () => {
            await first.declare(adopting(true));
            emulator.clearRequests();
            const preview = await first.project.ok(["preview"]);
            assert.match(preview.output, /user profile d-testdomain01\/brown-1: adopting the existing profile; up will change what the program does not say:/);
            assert.ok(preview.output.includes(`userSettings.executionRole: "${OLD_ROLE}" → "${NEW_ROLE}"`), preview.output);
            assert.ok(preview.output.includes(`userSettings.securityGroups: ["${SG}"] → (removed)`), preview.output);
            assert.ok(preview.output.includes(`tags.legacy: "yes" → (removed)`), preview.output);
            assert.deepStrictEqual(emulator.requests().filter((r) => MUTATING.test(r.operation)), [], "the preview writes nothing");

            await first.up();
            const live = await describeProfile(client, "brown-1");
            assert.strictEqual(live.UserSettings?.ExecutionRole, NEW_ROLE);
            assert.deepStrictEqual(live.UserSettings?.SecurityGroups ?? [], []);
            const { [OWNER_TAG]: owner, [STACK_TAG]: stackTag, ...tags } = await tagsOf(client, "brown-1");
            assert.deepStrictEqual(tags, { team: "cv" });
            assert.match(owner, /^[0-9a-f]{40}$/, "the adopting stack's owner tag");
            assert.strictEqual(stackTag, "profiles/dev", "the adopting stack's name, as a person reads it");
            await first.project.ok(["preview", "--expect-no-changes"]);
        });

        it("refuses a profile another stack manages, and hands it over with adopt: takeover", async () => {
            const ownerBefore = (await tagsOf(client, "brown-1"))[OWNER_TAG];
            await second.declare(adopting(true, "moved"));
            emulator.clearRequests();
            const refused = await second.project.run(["up", "--yes"]);
            assert.notStrictEqual(refused.code, 0);
            assert.match(refused.output, /is managed by another stack or resource .*set adopt: "takeover"/);
            assert.deepStrictEqual(emulator.requests().filter((r) => MUTATING.test(r.operation) || r.operation === "AddTags"), []);

            await second.declare(adopting("takeover", "moved"));
            const preview = await second.project.ok(["preview"]);
            assert.match(preview.output, /adopting the existing profile from the stack that owned it/);
            await second.up();
            const ownerAfter = (await tagsOf(client, "brown-1"))[OWNER_TAG];
            assert.notStrictEqual(ownerAfter, ownerBefore);

            const destroyed = await first.project.ok(["destroy", "--yes"]);
            assert.match(destroyed.output, /user profile d-testdomain01\/brown-1 now belongs to another stack or resource .*forgetting it here without deleting it/);
            assert.strictEqual((await describeProfile(client, "brown-1")).Status, "InService", "the old stack's destroy leaves the profile alone");
            await second.project.ok(["preview", "--expect-no-changes"]);
        });
    });

    it("moves a member between teams of one stack: the new resource takes the profile over, the old one only forgets it", async () => {
        const stack = await ProfilesStack.create(emulator, "move");
        const zoe = (extra: Record<string, unknown> = {}) => ({ domainId: DOMAIN, userProfileName: "zoe", userSettings: { executionRole: NEW_ROLE }, ...extra });
        await stack.declare({ "team-a-zoe": zoe() });
        await stack.up();
        const created = (await describeProfile(client, "zoe")).CreationTime?.getTime();
        await stack.declare({ "team-b-zoe": zoe({ adopt: "takeover" }) });
        const moved = await stack.project.ok(["up", "--yes"]);
        assert.match(moved.output, /forgetting it here without deleting it/);
        assert.strictEqual((await describeProfile(client, "zoe")).CreationTime?.getTime(), created, "the same profile, never deleted");
        assert.deepStrictEqual((await stack.profiles()).map((p) => p.urn.split("::").pop()), ["team-b-zoe"]);
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    describe("removing settings from the program", () => {
        let stack: ProfilesStack;
        const full = JSON.parse(JSON.stringify(fullUserSettings()));

        before(async () => {
            stack = await ProfilesStack.create(emulator, "removals");
            await stack.declare({ dana: { domainId: DOMAIN, userProfileName: "dana", userSettings: full } });
            await stack.up();
        });

        it("applies every removal the API allows and warns at preview for each value the service keeps", async () => {
            const table = removalTable();
            const setBefore = toApiValue("UserSettings", full);
            const present = table.filter((t) => valueAt(setBefore, t.path) !== undefined);
            await stack.declare({ dana: { domainId: DOMAIN, userProfileName: "dana" } });
            const preview = await stack.project.ok(["preview", "--diff"]);
            assert.match(preview.output, /~ 1 to update/, preview.output);
            for (const { path, removal } of present) {
                const shown = `${toPulumiPath(["UserSettings", ...path])} is no longer set in the program, but SageMaker keeps`;
                const dropped = removal.kind === "keep" && removal.droppedWhen !== undefined;
                assert.strictEqual(preview.output.includes(shown), removal.kind === "keep" && !dropped, `${path.join(".")} (${removal.kind})`);
            }

            await stack.up();
            const live = (await describeProfile(client, "dana")).UserSettings;
            for (const { path, removal } of present) {
                const now = valueAt(live, path);
                const what = `${path.join(".")} (${removal.kind})`;
                if (removal.kind === "clear" || (removal.kind === "keep" && removal.droppedWhen)) {
                    assert.ok(now === undefined || (Array.isArray(now) && now.length === 0), `${what} should be gone, is ${JSON.stringify(now)}`);
                } else if (removal.kind === "reset") {
                    assert.deepStrictEqual(now, removal.value, what);
                } else {
                    assert.deepStrictEqual(now, valueAt(setBefore, path), `${what} stays`);
                }
            }
            await stack.project.ok(["preview", "--expect-no-changes"]);
            await stack.project.ok(["refresh", "--yes"]);
            await stack.project.ok(["preview", "--expect-no-changes"]);
        });
    });

    describe("offboarding", () => {
        let stack: ProfilesStack;
        // The team the member leaves: the profiles that stay keep the stack's provider config current.
        const stays = { frank: { domainId: DOMAIN, userProfileName: "frank" } };

        before(async () => {
            stack = await ProfilesStack.create(emulator, "offboard");
            await stack.declare({ ...stays, erin: { domainId: DOMAIN, userProfileName: "erin", userSettings: { executionRole: NEW_ROLE } } });
            await stack.up();
            await addAppAndPrivateSpace(client, "erin");
        });

        it("says once, without stack frames, which config deletes the apps and the private space with the profile", async () => {
            await stack.declare(stays);
            const blocked = await stack.project.run(["up", "--yes"]);
            assert.notStrictEqual(blocked.code, 0);
            assert.match(blocked.output, /user profile d-testdomain01\/erin cannot be deleted while it has app JupyterServer\/default .*private space erin-private\. To delete them with the profile, run `pulumi config set sagemaker:deleteApps true`/);
            assert.doesNotMatch(blocked.output, /Error: user profile [^\n]*: Error: user profile/);
            assert.doesNotMatch(blocked.output, /\bat .*(dist|node_modules)\/[^\n]*\.js:\d+/, "no stack frames");
        });

        it("offboards in one up once sagemaker:deleteApps is set, calling out the lost storage", async () => {
            await stack.project.ok(["config", "set", "sagemaker:deleteApps", "true"]);
            const done = await stack.project.ok(["up", "--yes"]);
            assert.match(done.output, /warning: space d-testdomain01\/erin-private: deleting it \(a private space of user profile d-testdomain01\/erin, which is deleted\): the files on its storage volume are lost/);
            await assert.rejects(describeProfile(client, "erin"), /ResourceNotFound/);
            await assert.rejects(client.send(new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: "erin-private" })), /ResourceNotFound/);
        });
    });

    describe("quiet diffs", () => {
        let stack: ProfilesStack;
        const eva = (name: string) => ({ eva: { domainId: DOMAIN, userProfileName: name, tags: { team: "ml" }, userSettings: { executionRole: NEW_ROLE, securityGroups: [SG, "sg-0fedcba9876543210"] } } });

        before(async () => {
            stack = await ProfilesStack.create(emulator, "quiet");
            await stack.declare(eva("Eva-Berg"));
            await stack.up();
        });

        it("shows nothing for a change of letter case in the name", async () => {
            await stack.declare(eva("eva-berg"));
            const preview = await stack.project.ok(["preview", "--diff", "--expect-no-changes"]);
            assert.doesNotMatch(preview.output, /userProfileName/);
        });

        it("shows only tags after a tag-only drift, and never server-filled empties", async () => {
            const arn = (await describeProfile(client, "Eva-Berg")).UserProfileArn;
            await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: "added", Value: "out-of-band" }] }));
            await stack.project.ok(["refresh", "--yes"]);
            const preview = await stack.project.ok(["preview"]);
            assert.match(preview.output, /eva update \[diff: ~tags\]/, preview.output);
            const detailed = await stack.project.ok(["preview", "--diff"]);
            assert.doesNotMatch(detailed.output, /^\s*[-+~] (userSettings|userProfileName|securityGroups)/m, detailed.output);
            await stack.up();
            await stack.project.ok(["preview", "--expect-no-changes"]);
        });
    });
});
