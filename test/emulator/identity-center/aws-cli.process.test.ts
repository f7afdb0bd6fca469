import * as assert from "node:assert/strict";
import type { SageMakerLocal } from "../../../emulator";
import { runAwsCli, startTestEmulator } from "../helpers";
import { INSTANCE, STORE, UUID } from "./helpers";

describe("emulator: Identity Center through the real AWS CLI v2 (/usr/bin/aws)", function () {
    this.timeout(60000);
    let emulator: SageMakerLocal;
    before(async () => {
        emulator = await startTestEmulator({ seedUsers: ["alice:ds-team"] });
    });
    after(() => emulator.stop());

    const identityStore = (...args: string[]) => runAwsCli(emulator.url, ["identitystore", ...args, "--identity-store-id", STORE]);
    const byUserName = (name: string) => JSON.stringify({ UniqueAttribute: { AttributePath: "userName", AttributeValue: name } });

    it("is CLI 2.9.19, which knows sso-admin list-instances but predates application assignments", async () => {
        const help = await runAwsCli(emulator.url, ["sso-admin", "help"]);
        assert.match((await runAwsCli(emulator.url, ["--version"])).stdout, /^aws-cli\/2\.9\.19 /);
        assert.match(help.stdout, /list-instances/);
        assert.doesNotMatch(help.stdout, /application-assignment/);
    });

    it("sso-admin list-instances answers the account's instance", async () => {
        const listed = await runAwsCli(emulator.url, ["sso-admin", "list-instances"]);
        assert.equal(listed.code, 0, listed.stderr);
        assert.equal(listed.json.Instances[0].InstanceArn, INSTANCE.instanceArn);
        assert.equal(listed.json.Instances[0].IdentityStoreId, STORE);
    });

    it("creates, finds, lists (auto-paginated) and deletes users", async () => {
        const created = await identityStore(
            "create-user", "--user-name", "zoe", "--display-name", "Zoe Z", "--name", "GivenName=Zoe,FamilyName=Z",
            "--emails", "Value=zoe@example.com,Type=work,Primary=true",
        );
        assert.equal(created.code, 0, created.stderr);
        assert.match(created.json.UserId, UUID);
        const found = await identityStore("get-user-id", "--alternate-identifier", byUserName("ZOE"));
        assert.equal(found.code, 0, found.stderr);
        assert.equal(found.json.UserId, created.json.UserId);
        const described = await identityStore("describe-user", "--user-id", created.json.UserId);
        assert.equal(described.json.DisplayName, "Zoe Z");
        assert.deepEqual(described.json.Emails, [{ Value: "zoe@example.com", Type: "work", Primary: true }]);

        const listed = await identityStore("list-users", "--page-size", "1");
        assert.equal(listed.code, 0, listed.stderr);
        assert.deepEqual(listed.json.Users.map((user: any) => user.UserName), ["alice", "zoe"]);
        const filtered = await identityStore("list-users", "--filters", "AttributePath=UserName,AttributeValue=alice");
        assert.deepEqual(filtered.json.Users.map((user: any) => user.UserName), ["alice"]);

        const deleted = await identityStore("delete-user", "--user-id", created.json.UserId);
        assert.equal(deleted.code, 0, deleted.stderr);
        const gone = await identityStore("describe-user", "--user-id", created.json.UserId);
        assert.equal(gone.code, 254);
        assert.match(gone.stderr, /An error occurred \(ResourceNotFoundException\) when calling the DescribeUser operation( \(reached max retries: \d+\))?: User not found\./);
    });

    it("creates groups and memberships, and lists a group's members", async () => {
        const group = await identityStore("create-group", "--display-name", "cli-team");
        assert.equal(group.code, 0, group.stderr);
        const zed = await identityStore("create-user", "--user-name", "zed", "--display-name", "Zed", "--name", "GivenName=Zed,FamilyName=Z");
        const membership = await identityStore("create-group-membership", "--group-id", group.json.GroupId, "--member-id", `UserId=${zed.json.UserId}`);
        assert.equal(membership.code, 0, membership.stderr);
        const team = await identityStore(
            "get-group-id", "--alternate-identifier", JSON.stringify({ UniqueAttribute: { AttributePath: "displayName", AttributeValue: "cli-team" } }),
        );
        assert.equal(team.json.GroupId, group.json.GroupId);
        const members = await identityStore("list-group-memberships", "--group-id", group.json.GroupId);
        assert.deepEqual(members.json.GroupMemberships.map((m: any) => m.MemberId.UserId), [zed.json.UserId]);
        const removed = await identityStore("delete-group-membership", "--membership-id", membership.json.MembershipId);
        assert.equal(removed.code, 0, removed.stderr);
        assert.deepEqual((await identityStore("list-group-memberships", "--group-id", group.json.GroupId)).json.GroupMemberships, []);
    });

    it("exits 254 with the service's code and message for conflicts and validation errors", async () => {
        const [duplicate, invalid] = await Promise.all([
            identityStore("create-user", "--user-name", "ALICE", "--display-name", "A", "--name", "GivenName=A,FamilyName=A"),
            identityStore("list-users", "--max-results", "500", "--no-paginate"),
        ]);
        assert.equal(duplicate.code, 254);
        assert.match(duplicate.stderr, /An error occurred \(ConflictException\) when calling the CreateUser operation( \(reached max retries: \d+\))?: Duplicate UserName/);
        assert.equal(invalid.code, 254);
        assert.match(
            invalid.stderr,
            /\(ValidationException\) when calling the ListUsers operation( \(reached max retries: \d+\))?: 1 validation error detected: Value '500' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100/,
        );
    });
});
