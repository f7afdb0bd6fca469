// Profiles in an IAM Identity Center (SSO) domain through the real engine on sagemaker-local:
// each user assigned to the domain's application, checked at preview, restored after an
// out-of-band removal, removed with the profile (also one adopted with a hand-made profile), kept
// across a rename, and nothing at all when turned off.
import * as assert from "assert";
import { GetUserIdCommand, IdentitystoreClient } from "@aws-sdk/client-identitystore";
import { CreateUserProfileCommand, DescribeDomainCommand, ListUserProfilesCommand } from "@aws-sdk/client-sagemaker";
import { CreateApplicationAssignmentCommand, DeleteApplicationAssignmentCommand, ListApplicationAssignmentsCommand, SSOAdminClient } from "@aws-sdk/client-sso-admin";
import { identityCenterInstance, type SageMakerLocal } from "../../emulator";
import { OWNER_TAG, ownerToken } from "../../gateway/ownership";
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { cleanWorkDirs, REPO_ROOT } from "../support/engine";
import { emulatorClient, ProfilesStack, SSO_DOMAIN, startEmulator } from "../support/profiles-stack";

const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };
const USERS = ["ana", "ben", "cleo"];
const execute = promisify(execFile);
const ASSIGNMENT_CALLS = /ApplicationAssignment|ListInstances|ListUsers|GetUserId/;

describe("UserProfile on the engine: IAM Identity Center domains", function () {
    let emulator: SageMakerLocal;
    let stack: ProfilesStack;
    let applicationArn: string;
    let ssoAdmin: SSOAdminClient;
    let identityStore: IdentitystoreClient;
    const storeId = identityCenterInstance("123456789012").identityStoreId;

    const ssoProfile = (user: string, extra: Record<string, unknown> = {}) => ({
        domainId: SSO_DOMAIN,
        userProfileName: user,
        singleSignOnUserIdentifier: "UserName",
        singleSignOnUserValue: user,
        ...extra,
    });
    const declareAll = (users: string[], extra: Record<string, unknown> = {}) => stack.declare(Object.fromEntries(users.map((u) => [u, ssoProfile(u, extra)])));

    async function assignedPrincipals(): Promise<string[]> {
        const out = await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: applicationArn }));
        return (out.ApplicationAssignments ?? []).map((a) => `${a.PrincipalType}:${a.PrincipalId}`).sort();
    }

    async function userId(name: string): Promise<string> {
        const out = await identityStore.send(new GetUserIdCommand({ IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: name } } }));
        return out.UserId!;
    }

    before(async () => {
        emulator = await startEmulator(100, USERS);
        const client = { endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: LOCAL_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_CREDENTIALS.AWS_SECRET_ACCESS_KEY } };
        ssoAdmin = new SSOAdminClient(client);
        identityStore = new IdentitystoreClient(client);
        applicationArn = (await emulatorClient(emulator).send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }))).SingleSignOnApplicationArn!;
        stack = await ProfilesStack.create(emulator, "identity-center");
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("assigns each user to the domain's application, with the user's principal id", async () => {
        await declareAll(USERS);
        const output = await stack.up();
        assert.doesNotMatch(output, /Access Denied/, "no warning where the assignment is made");
        assert.deepStrictEqual(await assignedPrincipals(), (await Promise.all(USERS.map(userId))).map((id) => `USER:${id}`).sort());
        const ana = await stack.profile("ana");
        assert.strictEqual(ana.outputs?.identityCenterUserId, await userId("ana"));
        assert.strictEqual(ana.outputs?.identityCenterAssignment, "made");
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("reports an assignment removed out of band as drift, by member, and restores it after refresh", async () => {
        await ssoAdmin.send(new DeleteApplicationAssignmentCommand({ ApplicationArn: applicationArn, PrincipalType: "USER", PrincipalId: await userId("ben") }));
        const drift = await execute(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "drift", "--cwd", stack.project.dir], { env: stack.project.env() }).then(
            ({ stdout }) => ({ code: 0, stdout }),
            (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
        );
        assert.strictEqual(drift.code, 3, drift.stdout);
        assert.match(drift.stdout, /### `ben`: changed\n\nIts user's assignment to the domain's Studio application is gone: they cannot open Studio/);
        assert.match(drift.stdout, /\| `identityCenterAssignment` \| `?"made"`? \| `?"missing"`? \|/);
        assert.doesNotMatch(drift.stdout, /### `ana`/, "only ben lost access");
        await stack.project.ok(["refresh", "--yes"]);
        assert.strictEqual((await stack.profile("ben")).outputs?.identityCenterAssignment, "missing");
        const preview = await stack.project.ok(["preview"]);
        assert.match(preview.output, /ben update/);
        await stack.up();
        assert.ok((await assignedPrincipals()).includes(`USER:${await userId("ben")}`));
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("removes a member's assignment with their profile", async () => {
        await declareAll(["ana", "ben"]);
        await stack.up();
        assert.deepStrictEqual(await assignedPrincipals(), [`USER:${await userId("ana")}`, `USER:${await userId("ben")}`].sort());
    });

    it("fails preview for a user the identity store does not have, creating nothing", async () => {
        await stack.declare({ ana: ssoProfile("ana"), ben: ssoProfile("ben"), nobody: ssoProfile("no-such-user") });
        emulator.clearRequests();
        const preview = await stack.project.run(["up", "--yes"]);
        assert.notStrictEqual(preview.code, 0);
        assert.match(preview.output, /property singleSignOnUserValue .*no user named "no-such-user" exists in the domain's IAM Identity Center identity store/);
        assert.deepStrictEqual(emulator.requests().filter((r) => /^Create/.test(r.operation)), []);
        const profiles = await emulatorClient(emulator).send(new ListUserProfilesCommand({ DomainIdEquals: SSO_DOMAIN }));
        assert.deepStrictEqual((profiles.UserProfiles ?? []).map((p) => p.UserProfileName).sort(), ["ana", "ben"]);
    });

    it("makes no Identity Center call when assignIdentityCenterUser is false, and warns instead", async () => {
        await declareAll(["cleo"], { assignIdentityCenterUser: false });
        emulator.clearRequests();
        const output = await stack.up();
        assert.deepStrictEqual(emulator.requests().filter((r) => ASSIGNMENT_CALLS.test(r.operation)).map((r) => r.operation), ["DeleteApplicationAssignment", "DeleteApplicationAssignment"], "only the removed members' assignments go");
        assert.match(output, /assignIdentityCenterUser is false: assign each user/);
        assert.deepStrictEqual(await assignedPrincipals(), []);
        assert.strictEqual((await stack.profile("cleo")).outputs?.identityCenterAssignment, undefined);
    });

    it("keeps a user's access when their profile is renamed: the old profile and its assignment go first", async () => {
        await declareAll(["ana"]);
        await stack.up();
        await stack.declare({ ana: ssoProfile("ana", { userProfileName: "ana-renamed" }) });
        const preview = await stack.project.ok(["preview", "--diff"]);
        assert.match(preview.output, /\+-pulumi-nodejs:dynamic\/sagemaker:UserProfile: \(replace\)/);
        await stack.up();
        assert.deepStrictEqual(await assignedPrincipals(), [`USER:${await userId("ana")}`], "ana can still open Studio");
        assert.strictEqual((await stack.profile("ana")).outputs?.identityCenterAssignment, "made", "the new profile owns the assignment it made");
        await stack.project.ok(["refresh", "--yes"]);
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("keeps a user's access when their profile moves to a new resource (created before the old one is deleted)", async () => {
        await declareAll(["ana"]);
        await stack.up();
        await stack.declare({ "ana-moved": ssoProfile("ana", { userProfileName: "ana-moved" }) });
        const up = await stack.up();
        assert.match(up, /left the assignment of Identity Center user ana to the domain's Studio application in place: a resource created in this deployment took it over/);
        assert.deepStrictEqual(await assignedPrincipals(), [`USER:${await userId("ana")}`], "ana can still open Studio");
        assert.strictEqual((await stack.profile("ana-moved")).outputs?.identityCenterAssignment, "made", "the new profile's now: it goes with it");
        await stack.project.ok(["refresh", "--yes"]);
        await stack.project.ok(["preview", "--expect-no-changes"]);
    });

    it("leaves no assignment after destroy", async () => {
        await declareAll(USERS);
        await stack.up();
        assert.strictEqual((await assignedPrincipals()).length, 3);
        await stack.project.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(await assignedPrincipals(), []);
    });

    it("adopts a hand-made profile's assignment with it, and removes it when the profile goes", async () => {
        await emulatorClient(emulator).send(new CreateUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: "ben", SingleSignOnUserIdentifier: "UserName", SingleSignOnUserValue: "ben" }));
        await ssoAdmin.send(new CreateApplicationAssignmentCommand({ ApplicationArn: applicationArn, PrincipalType: "USER", PrincipalId: await userId("ben") }));
        await stack.declare({ ben: ssoProfile("ben", { adopt: true }) });
        const preview = await stack.project.ok(["preview"]);
        assert.match(preview.output, /the assignment of Identity Center user ben to the domain's Studio application \(made if missing\) is adopted with it/);
        const up = await stack.up();
        assert.match(up, /the assignment of Identity Center user ben to the domain.s application, in place already, is this resource.s from now on/);
        assert.strictEqual((await stack.profile("ben")).outputs?.identityCenterAssignment, "made");
        await stack.project.ok(["preview", "--expect-no-changes"]);
        await stack.declare({});
        await stack.up();
        assert.deepStrictEqual(await assignedPrincipals(), [], "access follows membership, whoever made the assignment");
    });

    it("takes over the assignment of a profile it recovers (a create the engine never recorded), and removes it with the profile", async () => {
        // What a deployment killed after the profile and its assignment were made, before the engine recorded them, leaves behind.
        const owner = ownerToken("profiles", "dev", "cleo");
        await emulatorClient(emulator).send(
            new CreateUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: "cleo", SingleSignOnUserIdentifier: "UserName", SingleSignOnUserValue: "cleo", Tags: [{ Key: OWNER_TAG, Value: owner }] }),
        );
        await ssoAdmin.send(new CreateApplicationAssignmentCommand({ ApplicationArn: applicationArn, PrincipalType: "USER", PrincipalId: await userId("cleo") }));
        await declareAll(["cleo"]);
        const up = await stack.up();
        assert.match(up, /this resource created it before .*taking it over/);
        assert.strictEqual((await stack.profile("cleo")).outputs?.identityCenterAssignment, "made");
        await stack.project.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(await assignedPrincipals(), []);
    });

    it("leaves the access of a retained profile that another stack took over to that stack", async () => {
        await stack.declare({ ben: ssoProfile("ben", { retainOnDelete: true }) });
        await stack.up();
        const other = await ProfilesStack.create(emulator, "identity-center-other");
        await other.declare({ "ben-moved": ssoProfile("ben", { adopt: "takeover" }) });
        await other.up();
        assert.strictEqual((await other.profile("ben-moved")).outputs?.identityCenterAssignment, "made");
        await stack.declare({});
        const up = await stack.up();
        assert.match(up, /user profile d-ssodomain001\/ben now belongs to another stack or resource .*forgetting it here without deleting it/);
        assert.deepStrictEqual(await assignedPrincipals(), [`USER:${await userId("ben")}`], "ben keeps access through the stack that manages him now");
        await other.project.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(await assignedPrincipals(), []);
    });
});
