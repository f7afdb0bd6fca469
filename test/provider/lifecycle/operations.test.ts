// The provider's operations on their own, in this process, through the real SDK against
// sagemaker-local: what each one sends and what it returns, without the engine around it.
import * as assert from "assert";
import { AddTagsCommand, CreateAppCommand, CreateSpaceCommand, DescribeUserProfileCommand, ListTagsCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../../emulator";
import type { UserProfileInputs, UserProfileOutputs } from "../../../model/profile/profile-properties";
import { OWNER_PROPERTY, OWNER_TAG } from "../../../gateway/ownership";
import { USER_PROFILE } from "../../../provider/kinds/user-profile";
import { create } from "../../../provider/lifecycle/create";
import { deleteResource } from "../../../provider/lifecycle/delete";
import { read } from "../../../provider/lifecycle/read";
import { update } from "../../../provider/lifecycle/update";
import { configureProviderFor } from "../../support/in-process-provider";
import { DOMAIN, emulatorClient, startEmulator } from "../../support/profiles-stack";

const ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";
const SG = ["sg-0123456789abcdef0", "sg-0fedcba9876543210"];

function inputs(name: string, extra: Partial<UserProfileInputs> = {}): UserProfileInputs {
    return {
        domainId: DOMAIN,
        userProfileName: name,
        tags: { team: "ml" },
        userSettings: { executionRole: ROLE, securityGroups: SG, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } },
        ...extra,
    };
}

const withOwner = (i: UserProfileInputs, owner: string) => ({ ...i, [OWNER_PROPERTY]: owner }) as UserProfileInputs;

async function liveTags(client: SageMakerClient, name: string): Promise<Record<string, string>> {
    const p = await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
    const tags = await client.send(new ListTagsCommand({ ResourceArn: p.UserProfileArn }));
    return Object.fromEntries((tags.Tags ?? []).map((t) => [t.Key, t.Value]));
}

type Props = Record<string, unknown>;
const createProfile = (i: UserProfileInputs) => create(USER_PROFILE, i as unknown as Props);
const readProfile = (id: string, props: UserProfileOutputs) => read(USER_PROFILE, id, props as unknown as Props);
const updateProfile = (id: string, olds: UserProfileOutputs, news: UserProfileInputs) => update(USER_PROFILE, id, olds as unknown as Props, news as unknown as Props);
const deleteProfile = (id: string, props: UserProfileOutputs) => deleteResource(USER_PROFILE, id, props as unknown as Props);

describe("provider/lifecycle on the UserProfile kind", function () {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;

    before(async () => {
        emulator = await startEmulator(20);
        client = emulatorClient(emulator);
        configureProviderFor(emulator);
    });

    after(() => emulator?.stop());

    it("create: sends the settings in the API's names with the owner tag, waits for InService, returns Pulumi names", async () => {
        emulator.clearRequests();
        const created = await createProfile(withOwner(inputs("ops-alice"), "owner-1"));
        assert.strictEqual(created.id, `${DOMAIN}/ops-alice`);
        const outs = created.outs as unknown as UserProfileOutputs;
        assert.strictEqual(outs.status, "InService");
        assert.deepStrictEqual(outs.tags, { team: "ml" }, "the owner tag is not an output");
        assert.strictEqual(outs.userSettings?.jupyterLabAppSettings?.defaultResourceSpec?.instanceType, "ml.t3.medium");
        assert.deepStrictEqual(await liveTags(client, "ops-alice"), { team: "ml", [OWNER_TAG]: "owner-1" });
        const calls = emulator.requests().map((r) => r.operation);
        assert.deepStrictEqual(calls.filter((c) => /^(Create|Update|Delete)/.test(c)), ["CreateUserProfile"]);
        assert.ok(calls.includes("DescribeDomain"), "the domain's rules are judged before creating");
    });

    it("create: takes over a profile an interrupted create left with this resource's owner tag, and refuses others", async () => {
        const again = await createProfile(withOwner(inputs("ops-alice", { tags: { team: "ml", new: "1" } }), "owner-1"));
        assert.deepStrictEqual((again.outs as unknown as UserProfileOutputs).tags, { team: "ml", new: "1" });
        await assert.rejects(createProfile(withOwner(inputs("OPS-ALICE"), "owner-2")), /already exists in domain .*set adopt: true/);
    });

    it("update: changes settings, clears a removed list, syncs tags; read returns what the service has", async () => {
        const olds = (await readProfile(`${DOMAIN}/ops-alice`, inputs("ops-alice") as UserProfileOutputs)).props as unknown as UserProfileOutputs;
        emulator.clearRequests();
        const next = inputs("ops-alice", { tags: { team: "cv" }, userSettings: { executionRole: ROLE, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" } } } });
        const updated = (await updateProfile(`${DOMAIN}/ops-alice`, olds, next)).outs as unknown as UserProfileOutputs;
        assert.strictEqual(updated.userSettings?.jupyterLabAppSettings?.defaultResourceSpec?.instanceType, "ml.m5.large");
        assert.deepStrictEqual(updated.userSettings?.securityGroups ?? [], [], "a list the program no longer sets is cleared");
        assert.deepStrictEqual(updated.tags, { team: "cv" });
        assert.deepStrictEqual(emulator.requests().map((r) => r.operation).filter((c) => /^(Create|Update|Delete|AddTags)/.test(c)), ["UpdateUserProfile", "DeleteTags", "AddTags"]);
        const read = await readProfile(`${DOMAIN}/ops-alice`, updated);
        assert.deepStrictEqual(read.props, updated, "nothing drifted");
        assert.strictEqual(read.inputs, undefined, "so the inputs stay as the program wrote them");
        await client.send(new AddTagsCommand({ ResourceArn: updated.arn, Tags: [{ Key: "by-hand", Value: "yes" }] }));
        const drifted = await readProfile(`${DOMAIN}/ops-alice`, updated);
        assert.deepStrictEqual((drifted.inputs as unknown as UserProfileInputs).tags, { team: "cv", "by-hand": "yes" });
        assert.strictEqual((drifted.inputs as unknown as UserProfileInputs).userSettings?.executionRole, ROLE);
    });

    it("delete: lists what blocks it, deletes it first with deleteApps, and reads a deleted profile as gone", async () => {
        const outs = (await createProfile(inputs("ops-bob"))).outs as unknown as UserProfileOutputs;
        await client.send(new CreateAppCommand({ DomainId: DOMAIN, UserProfileName: "ops-bob", AppType: "JupyterServer", AppName: "default" }));
        await client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: "bob-private", OwnershipSettings: { OwnerUserProfileName: "ops-bob" }, SpaceSharingSettings: { SharingType: "Private" }, SpaceSettings: { AppType: "JupyterLab" } }));
        await assert.rejects(deleteProfile(`${DOMAIN}/ops-bob`, outs), /cannot be deleted while it has app JupyterServer\/default .*private space bob-private/);
        await deleteProfile(`${DOMAIN}/ops-bob`, { ...outs, deleteApps: true });
        assert.deepStrictEqual(await readProfile(`${DOMAIN}/ops-bob`, outs), { id: "" });
        await deleteProfile(`${DOMAIN}/ops-bob`, outs);
    });
});
