import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
    CreateGroupCommand,
    CreateGroupMembershipCommand,
    CreateUserCommand,
    DescribeUserCommand,
    GetGroupIdCommand,
    GetUserIdCommand,
    ListGroupMembershipsCommand,
    ListUsersCommand,
    type IdentitystoreClient,
} from "@aws-sdk/client-identitystore";
import { DescribeDomainCommand } from "@aws-sdk/client-sagemaker";
import { CreateApplicationAssignmentCommand, ListApplicationAssignmentsCommand, ListInstancesCommand } from "@aws-sdk/client-sso-admin";
import { startSageMakerLocal } from "../../../emulator";
import { ACCOUNT, expectAwsError, sdkClient, spawnCliEmulator, SSO_DOMAIN, tempDir, waitForExit } from "../helpers";
import { identityStoreClient, ssoAdminClient, STORE } from "./helpers";

const SEEDS = { seedDomains: [`${SSO_DOMAIN}:SSO`], seedUsers: ["alice:ds-team"] };
const user = (UserName: string) => ({ IdentityStoreId: STORE, UserName, DisplayName: UserName, Name: { GivenName: UserName, FamilyName: "D" } });
const byName = (AttributePath: string, AttributeValue: string) => ({
    IdentityStoreId: STORE,
    AlternateIdentifier: { UniqueAttribute: { AttributePath, AttributeValue } },
});

/** The user ids in a group, found by its display name. */
async function membersOf(client: IdentitystoreClient, displayName: string): Promise<(string | undefined)[]> {
    const { GroupId } = await client.send(new GetGroupIdCommand(byName("displayName", displayName)));
    const listed = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId }));
    return listed.GroupMemberships!.map((membership) => membership.MemberId?.UserId);
}

describe("emulator: durable Identity Center state", function () {
    this.timeout(60000);

    it("keeps the instance, users, groups, memberships, assignments and page tokens across a restart, in <account>/identity-center.json", async () => {
        const stateDir = tempDir();
        const first = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 0, ...SEEDS });
        let identityStore = identityStoreClient(first);
        let ssoAdmin = ssoAdminClient(first);
        const [instance] = (await ssoAdmin.send(new ListInstancesCommand({}))).Instances!;
        const application = (await sdkClient(first).send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }))).SingleSignOnApplicationArn!;
        const carol = (await identityStore.send(new CreateUserCommand(user("carol")))).UserId!;
        const group = (await identityStore.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: "keepers" }))).GroupId!;
        await identityStore.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: group, MemberId: { UserId: carol } }));
        await ssoAdmin.send(new CreateApplicationAssignmentCommand({ ApplicationArn: application, PrincipalId: group, PrincipalType: "GROUP" }));
        const page = await identityStore.send(new ListUsersCommand({ IdentityStoreId: STORE, MaxResults: 1 }));
        await first.stop();

        const file = path.join(stateDir, ACCOUNT, "identity-center.json");
        assert.ok(fs.existsSync(file));
        assert.deepEqual(Object.values(JSON.parse(fs.readFileSync(file, "utf8")).users).map((u: any) => u.userName), ["alice", "carol"]);

        const second = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 0, ...SEEDS });
        try {
            identityStore = identityStoreClient(second, "ap-southeast-2");
            ssoAdmin = ssoAdminClient(second);
            assert.deepEqual((await ssoAdmin.send(new ListInstancesCommand({}))).Instances, [instance]);
            assert.equal((await identityStore.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: carol }))).UserName, "carol");
            const members = await identityStore.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: group }));
            assert.deepEqual(members.GroupMemberships!.map((m) => m.MemberId?.UserId), [carol]);
            const assignments = await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: application }));
            assert.deepEqual(assignments.ApplicationAssignments, [{ ApplicationArn: application, PrincipalId: group, PrincipalType: "GROUP" }]);
            const next = await identityStore.send(new ListUsersCommand({ IdentityStoreId: STORE, MaxResults: 1, NextToken: page.NextToken }));
            assert.deepEqual(next.Users!.map((u) => u.UserName), ["carol"]);
            // The same seeds again add nothing: still one alice, one ds-team membership.
            const all = await identityStore.send(new ListUsersCommand({ IdentityStoreId: STORE }));
            assert.deepEqual(all.Users!.map((u) => u.UserName), ["alice", "carol"]);
            assert.equal((await membersOf(identityStore, "ds-team")).length, 1);
        } finally {
            await second.stop();
        }
    });

    it("seeds from the command line (--seed-user), and what it stored is there after a stop and start", async () => {
        const stateDir = tempDir();
        const { child, url } = await spawnCliEmulator([
            "--port", "0", "--state-dir", stateDir, "--latency-ms", "0", "--seed-user", "dana:ml-team", "--seed-user", "eve",
        ]);
        let created: string;
        try {
            const identityStore = identityStoreClient({ url });
            assert.ok((await identityStore.send(new GetUserIdCommand(byName("userName", "dana")))).UserId);
            assert.ok((await identityStore.send(new GetUserIdCommand(byName("userName", "eve")))).UserId);
            created = (await identityStore.send(new CreateUserCommand(user("frank")))).UserId!;
        } finally {
            child.kill("SIGTERM");
            await waitForExit(child);
        }
        const restarted = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 0 });
        try {
            const identityStore = identityStoreClient(restarted);
            assert.equal((await identityStore.send(new GetUserIdCommand(byName("userName", "frank")))).UserId, created);
            const [dana] = await membersOf(identityStore, "ml-team");
            assert.equal(dana, (await identityStore.send(new GetUserIdCommand(byName("userName", "dana")))).UserId);
        } finally {
            await restarted.stop();
        }
    });

    it("answers a write it could not save with InternalServerException (500) and keeps none of it", async () => {
        const stateDir = tempDir();
        const emulator = await startSageMakerLocal({ port: 0, stateDir, latencyMs: 0 });
        try {
            const identityStore = identityStoreClient(emulator);
            await identityStore.send(new CreateUserCommand(user("kept")));
            const file = path.join(stateDir, ACCOUNT, "identity-center.json");
            const saved = fs.readFileSync(file, "utf8");
            fs.rmSync(file);
            fs.mkdirSync(path.join(file, "in-the-way"), { recursive: true });
            const failed = await expectAwsError(identityStore.send(new CreateUserCommand(user("lost"))), "InternalServerException");
            assert.equal(failed.$metadata?.httpStatusCode, 500);
            fs.rmSync(file, { recursive: true });
            fs.writeFileSync(file, saved);
            const listed = await identityStore.send(new ListUsersCommand({ IdentityStoreId: STORE }));
            assert.deepEqual(listed.Users!.map((u) => u.UserName), ["kept"]);
        } finally {
            await emulator.stop();
        }
    });

    it("refuses bad seed users and a corrupt identity-center.json rather than starting", async () => {
        await assert.rejects(startSageMakerLocal({ port: 0, seedUsers: ["has space"] }), /Invalid seed user 'has space'/);
        await assert.rejects(startSageMakerLocal({ port: 0, seedUsers: ["Administrator"] }), /reserved name/);
        const stateDir = tempDir();
        const file = path.join(stateDir, ACCOUNT, "identity-center.json");
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, "{ not json");
        await assert.rejects(startSageMakerLocal({ port: 0, stateDir }), /identity-center\.json is not valid JSON/);
        assert.equal(fs.readFileSync(file, "utf8"), "{ not json");
        assert.ok(!fs.existsSync(path.join(stateDir, ".lock")), "lock released after the refusal");
    });
});
