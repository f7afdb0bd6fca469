import * as assert from "node:assert/strict";
import {
    CreateGroupCommand,
    CreateGroupMembershipCommand,
    CreateUserCommand,
    DeleteGroupMembershipCommand,
    DeleteUserCommand,
    DescribeUserCommand,
    GetGroupIdCommand,
    GetUserIdCommand,
    ListGroupMembershipsCommand,
    ListUsersCommand,
    type CreateUserCommandInput,
    type IdentitystoreClient,
} from "@aws-sdk/client-identitystore";
import type { SageMakerLocal } from "../../../emulator";
import { SHAPES } from "../../../model/generated/identitystore-model";
import { compilePattern } from "../../../model/schema/patterns";
import { rawCall, startTestEmulator } from "../helpers";
import { expectModeledError, identityStoreClient, INSTANCE, STORE, UUID } from "./helpers";

const userInput = (userName: string, extra: Partial<CreateUserCommandInput> = {}): CreateUserCommandInput => ({
    IdentityStoreId: STORE,
    UserName: userName,
    DisplayName: `${userName} display`,
    Name: { GivenName: userName, FamilyName: "Tester" },
    ...extra,
});

const byUserName = (AttributeValue: string, AttributePath = "userName") => ({
    IdentityStoreId: STORE,
    AlternateIdentifier: { UniqueAttribute: { AttributePath, AttributeValue } },
});

describe("emulator: identity store (AWSIdentityStore.*) through @aws-sdk/client-identitystore", function () {
    this.timeout(30000);
    let emulator: SageMakerLocal;
    let client: IdentitystoreClient;
    before(async () => {
        emulator = await startTestEmulator({ seedUsers: ["alice:ds-team:admins", "bob:ds-team"] });
        client = identityStoreClient(emulator);
    });
    after(() => emulator.stop());

    const createUser = async (userName: string, extra: Partial<CreateUserCommandInput> = {}) =>
        (await client.send(new CreateUserCommand(userInput(userName, extra)))).UserId!;
    const createGroup = async (DisplayName: string) =>
        (await client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName }))).GroupId!;

    it("answers for the account's identity store, named by id or by ARN; any other store is not found", async () => {
        const byId = await client.send(new ListUsersCommand({ IdentityStoreId: STORE, Filters: [{ AttributePath: "UserName", AttributeValue: "alice" }] }));
        const byArn = await client.send(
            new ListUsersCommand({ IdentityStoreId: INSTANCE.identityStoreArn, Filters: [{ AttributePath: "UserName", AttributeValue: "alice" }] }),
        );
        assert.deepEqual(byArn.Users, byId.Users);
        assert.equal(byId.Users![0]!.IdentityStoreId, STORE);
        const other = await expectModeledError("ListUsers", client.send(new ListUsersCommand({ IdentityStoreId: "d-0000000000" })), "ResourceNotFoundException");
        assert.equal(other.ResourceType, "IDENTITY_STORE");
        assert.equal(other.$metadata && (other as any).$metadata.httpStatusCode, 400);
    });

    it("creates a user and describes it with the attributes it was given; Extensions only on request", async () => {
        const created = await client.send(
            new CreateUserCommand(
                userInput("Carol", {
                    NickName: "caz",
                    Emails: [{ Value: "carol@example.com", Type: "work", Primary: true }],
                    PhoneNumbers: [{ Value: "+1 555 0100", Type: "work", Primary: true }],
                    Title: "Data scientist",
                    Locale: "en-GB",
                    Timezone: "Europe/London",
                    Extensions: { "aws:identitystore:enterprise": { employeeNumber: "42", department: "ML" } as any },
                }),
            ),
        );
        assert.equal(created.IdentityStoreId, STORE);
        assert.match(created.UserId!, UUID);
        const described = await client.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: created.UserId }));
        assert.equal(described.UserName, "Carol");
        assert.equal(described.DisplayName, "Carol display");
        assert.deepEqual(described.Name, { GivenName: "Carol", FamilyName: "Tester" });
        assert.deepEqual(described.Emails, [{ Value: "carol@example.com", Type: "work", Primary: true }]);
        assert.equal(described.Title, "Data scientist");
        assert.equal(described.UserStatus, "ENABLED");
        assert.ok(described.CreatedAt instanceof Date && Math.abs(described.CreatedAt.getTime() - Date.now()) < 60_000);
        assert.equal(described.Extensions, undefined);

        const body = { IdentityStoreId: STORE, UserId: `arn:aws:identitystore:::user/${created.UserId}`, Extensions: ["aws:identitystore:enterprise"] };
        const raw = await rawCall(emulator.url, "AWSIdentityStore.DescribeUser", JSON.stringify(body));
        assert.equal(raw.status, 200);
        assert.deepEqual(raw.json.Extensions, { "aws:identitystore:enterprise": { employeeNumber: "42", department: "ML" } });
        assert.equal(raw.json.UserArn, `arn:aws:identitystore:::user/${created.UserId}`);
        assert.ok(compilePattern(SHAPES.ResourceArn.pattern)!.test(raw.json.UserArn));
        assert.equal(raw.json.Revision, "1");
    });

    it("keeps user names unique regardless of case: ConflictException (UNIQUENESS_CONSTRAINT_VIOLATION)", async () => {
        await createUser("Dave");
        const conflict = await expectModeledError("CreateUser", client.send(new CreateUserCommand(userInput("DAVE"))), "ConflictException");
        assert.equal(conflict.Reason, "UNIQUENESS_CONSTRAINT_VIOLATION");
        assert.match(conflict.message, /DAVE/);
    });

    it("requires UserName, DisplayName and Name as Identity Center does, reported as AWS reports missing members", async () => {
        const missing = await expectModeledError(
            "CreateUser",
            client.send(new CreateUserCommand({ IdentityStoreId: STORE, UserName: "erin" })),
            "ValidationException",
        );
        assert.equal(
            missing.message,
            "3 validation errors detected: Value null at 'displayName' failed to satisfy constraint: Member must not be null; " +
                "Value null at 'name.givenName' failed to satisfy constraint: Member must not be null; " +
                "Value null at 'name.familyName' failed to satisfy constraint: Member must not be null",
        );
    });

    it("refuses the reserved names Administrator and AWSAdministrators for users and groups", async () => {
        await expectModeledError("CreateUser", client.send(new CreateUserCommand(userInput("Administrator"))), "ValidationException");
        await expectModeledError(
            "CreateGroup",
            client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: "awsadministrators" })),
            "ValidationException",
        );
    });

    it("validates requests against the identity store model, in AWS's words, leaving sensitive values out", async () => {
        const [badName, emptyMember, bothIdentifiers, pageSize] = await Promise.all([
            expectModeledError("CreateUser", client.send(new CreateUserCommand(userInput("has space"))), "ValidationException"),
            expectModeledError(
                "CreateGroupMembership",
                client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: "a1b2c3d4-5678-90ab-cdef-000000000002", MemberId: { UserId: "" } })),
                "ValidationException",
            ),
            expectModeledError(
                "GetUserId",
                client.send(
                    new GetUserIdCommand({
                        IdentityStoreId: STORE,
                        AlternateIdentifier: { ExternalId: { Issuer: "idp", Id: "1" }, UniqueAttribute: { AttributePath: "userName", AttributeValue: "a" } } as any,
                    }),
                ),
                "ValidationException",
            ),
            expectModeledError("ListUsers", client.send(new ListUsersCommand({ IdentityStoreId: STORE, MaxResults: 0 })), "ValidationException"),
        ]);
        assert.equal(
            badName.message,
            `1 validation error detected: Value at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${SHAPES.UserName.pattern}`,
        );
        assert.equal(
            emptyMember.message,
            `2 validation errors detected: Value '' at 'memberId.userId' failed to satisfy constraint: Member must satisfy regular expression pattern: ${SHAPES.ResourceId.pattern}; ` +
                "Value '' at 'memberId.userId' failed to satisfy constraint: Member must have length greater than or equal to 1",
        );
        assert.match(bothIdentifiers.message, /at 'alternateIdentifier' failed to satisfy constraint: Member must have exactly one of these members set: \[ExternalId, UniqueAttribute\]$/);
        assert.equal(
            pageSize.message,
            "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
        );
    });

    it("GetUserId resolves userName (path and value in any case), emails.value and ExternalId", async () => {
        const frank = await createUser("Frank", { Emails: [{ Value: "frank@example.com", Primary: true }] });
        for (const [path, value] of [["userName", "Frank"], ["USERNAME", "frank"], ["UserName", "FRANK"], ["emails.value", "Frank@Example.com"]]) {
            const found = await client.send(new GetUserIdCommand(byUserName(value!, path)));
            assert.equal(found.UserId, frank, `${path}=${value}`);
            assert.equal(found.IdentityStoreId, STORE);
        }
        const alice = await client.send(new GetUserIdCommand(byUserName("alice")));
        const external = await client.send(
            new GetUserIdCommand({ IdentityStoreId: STORE, AlternateIdentifier: { ExternalId: { Issuer: "sagemaker-local", Id: "alice" } } }),
        );
        assert.equal(external.UserId, alice.UserId);
    });

    it("GetUserId answers ResourceNotFoundException (USER) for no match, ValidationException for a path that is not unique", async () => {
        for (const identifier of [
            byUserName("nobody"),
            byUserName("nobody@example.com", "emails.value"),
            { IdentityStoreId: STORE, AlternateIdentifier: { ExternalId: { Issuer: "elsewhere", Id: "alice" } } },
        ]) {
            const error = await expectModeledError("GetUserId", client.send(new GetUserIdCommand(identifier)), "ResourceNotFoundException");
            assert.equal(error.ResourceType, "USER");
        }
        const numeric = { IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: 42 as any } } };
        await expectModeledError("GetUserId", client.send(new GetUserIdCommand(numeric)), "ResourceNotFoundException");
        await expectModeledError("GetUserId", client.send(new GetUserIdCommand(byUserName("x", "displayName"))), "ValidationException");
    });

    it("ListUsers pages in creation order with small MaxResults and filters by UserName", async () => {
        const ids = [];
        for (const n of [0, 1, 2, 3, 4]) ids.push(await createUser(`paged-${n}`));
        const all = [];
        let NextToken: string | undefined;
        let pages = 0;
        do {
            const page = await client.send(new ListUsersCommand({ IdentityStoreId: STORE, MaxResults: 2, NextToken }));
            assert.ok(page.Users!.length <= 2);
            all.push(...page.Users!);
            NextToken = page.NextToken;
            pages++;
        } while (NextToken);
        const names = all.map((user) => user.UserName);
        assert.deepEqual(names.slice(0, 2), ["alice", "bob"], "seeded users come first");
        assert.deepEqual(all.filter((user) => user.UserName!.startsWith("paged-")).map((user) => user.UserId), ids);
        assert.equal(new Set(names).size, names.length, "no user twice");
        assert.equal(pages, Math.ceil(names.length / 2));

        const filtered = await client.send(
            new ListUsersCommand({ IdentityStoreId: STORE, Filters: [{ AttributePath: "UserName", AttributeValue: "PAGED-3" }] }),
        );
        assert.deepEqual(filtered.Users!.map((user) => user.UserId), [ids[3]]);
        assert.equal(filtered.NextToken, undefined);

        const first = await client.send(new ListUsersCommand({ IdentityStoreId: STORE, MaxResults: 1 }));
        await expectModeledError(
            "ListUsers",
            client.send(
                new ListUsersCommand({
                    IdentityStoreId: STORE,
                    MaxResults: 1,
                    NextToken: first.NextToken,
                    Filters: [{ AttributePath: "UserName", AttributeValue: "alice" }],
                }),
            ),
            "ValidationException",
        );
        await expectModeledError(
            "ListUsers",
            client.send(new ListUsersCommand({ IdentityStoreId: STORE, Filters: [{ AttributePath: "DisplayName", AttributeValue: "x" }] })),
            "ValidationException",
        );
    });

    it("creates groups with unique display names and resolves them with GetGroupId (displayName)", async () => {
        const created = await client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: "Data Engineers", Description: "ETL" }));
        assert.match(created.GroupId!, UUID);
        const conflict = await expectModeledError(
            "CreateGroup",
            client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: "data engineers" })),
            "ConflictException",
        );
        assert.equal(conflict.Reason, "UNIQUENESS_CONSTRAINT_VIOLATION");
        const found = await client.send(
            new GetGroupIdCommand({ IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: "displayName", AttributeValue: "DATA ENGINEERS" } } }),
        );
        assert.equal(found.GroupId, created.GroupId);
        const missing = await expectModeledError(
            "GetGroupId",
            client.send(new GetGroupIdCommand({ IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: "displayName", AttributeValue: "nope" } } })),
            "ResourceNotFoundException",
        );
        assert.equal(missing.ResourceType, "GROUP");
        const unnamed = await expectModeledError("CreateGroup", client.send(new CreateGroupCommand({ IdentityStoreId: STORE })), "ValidationException");
        assert.equal(unnamed.message, "1 validation error detected: Value null at 'displayName' failed to satisfy constraint: Member must not be null");
    });

    it("adds a user to a group once, lists memberships in pages, and deletes them", async () => {
        const group = await createGroup("Analysts");
        const users = [await createUser("ann"), await createUser("ben"), await createUser("cid")];
        const memberships = [];
        for (const UserId of users) {
            const created = await client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: group, MemberId: { UserId } }));
            assert.equal(created.IdentityStoreId, STORE);
            assert.match(created.MembershipId!, UUID);
            memberships.push(created.MembershipId!);
        }
        const again = await expectModeledError(
            "CreateGroupMembership",
            client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: group, MemberId: { UserId: users[0] } })),
            "ConflictException",
        );
        assert.equal(again.Reason, "UNIQUENESS_CONSTRAINT_VIOLATION");

        const first = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: group, MaxResults: 2 }));
        assert.equal(first.GroupMemberships!.length, 2);
        assert.ok(first.NextToken);
        const rest = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: group, MaxResults: 2, NextToken: first.NextToken }));
        assert.equal(rest.NextToken, undefined);
        const listed = [...first.GroupMemberships!, ...rest.GroupMemberships!];
        assert.deepEqual(listed.map((m) => m.MemberId?.UserId), users);
        assert.deepEqual(listed.map((m) => m.MembershipId), memberships);
        assert.ok(listed.every((m) => m.GroupId === group && m.IdentityStoreId === STORE));

        await client.send(new DeleteGroupMembershipCommand({ IdentityStoreId: STORE, MembershipId: memberships[1] }));
        const after = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: group }));
        assert.deepEqual(after.GroupMemberships!.map((m) => m.MemberId?.UserId), [users[0], users[2]]);
        const gone = await expectModeledError(
            "DeleteGroupMembership",
            client.send(new DeleteGroupMembershipCommand({ IdentityStoreId: STORE, MembershipId: memberships[1] })),
            "ResourceNotFoundException",
        );
        assert.equal(gone.ResourceType, "GROUP_MEMBERSHIP");
    });

    it("memberships need an existing group and user: ResourceNotFoundException naming which", async () => {
        const group = await createGroup("Reviewers");
        const user = await createUser("reviewer");
        const noGroup = await expectModeledError(
            "ListGroupMemberships",
            client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: "a1b2c3d4-5678-90ab-cdef-00000000dead" })),
            "ResourceNotFoundException",
        );
        assert.equal(noGroup.ResourceType, "GROUP");
        const noUser = await expectModeledError(
            "CreateGroupMembership",
            client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: group, MemberId: { UserId: "a1b2c3d4-5678-90ab-cdef-00000000dead" } })),
            "ResourceNotFoundException",
        );
        assert.equal(noUser.ResourceType, "USER");
        await client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: `arn:aws:identitystore:::group/${group}`, MemberId: { UserId: user } }));
    });

    it("seeds users and groups (seedUsers: ['alice:ds-team:admins', 'bob:ds-team'])", async () => {
        const alice = (await client.send(new GetUserIdCommand(byUserName("alice")))).UserId!;
        const bob = (await client.send(new GetUserIdCommand(byUserName("bob")))).UserId!;
        const described = await client.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: alice }));
        assert.equal(described.DisplayName, "alice");
        assert.deepEqual(described.ExternalIds, [{ Issuer: "sagemaker-local", Id: "alice" }]);
        const groupId = async (name: string) =>
            (await client.send(new GetGroupIdCommand({ IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: "displayName", AttributeValue: name } } })))
                .GroupId!;
        const members = async (name: string) =>
            (await client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: await groupId(name) }))).GroupMemberships!.map(
                (m) => m.MemberId?.UserId,
            );
        assert.deepEqual(await members("ds-team"), [alice, bob]);
        assert.deepEqual(await members("admins"), [alice]);
        const external = await client.send(
            new GetGroupIdCommand({ IdentityStoreId: STORE, AlternateIdentifier: { ExternalId: { Issuer: "sagemaker-local", Id: "admins" } } }),
        );
        assert.equal(external.GroupId, await groupId("admins"));
    });

    it("DeleteUser checks a given Revision, then removes the user and its memberships", async () => {
        const group = await createGroup("Leavers");
        const user = await createUser("leaver");
        await client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: group, MemberId: { UserId: user } }));
        // Revision is newer than this SDK release's model, which leaves it out of the request.
        const deleteAt = (Revision: string) =>
            rawCall(emulator.url, "AWSIdentityStore.DeleteUser", JSON.stringify({ IdentityStoreId: STORE, UserId: user, Revision }));
        const stale = await deleteAt("7");
        assert.equal(stale.status, 400);
        assert.equal(stale.json.__type, "ConflictException");
        assert.equal(stale.json.Reason, "CONCURRENT_MODIFICATION");
        assert.equal((await deleteAt("1")).status, 200);
        const gone = await expectModeledError(
            "DescribeUser",
            client.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: user })),
            "ResourceNotFoundException",
        );
        assert.equal(gone.ResourceType, "USER");
        assert.equal(gone.ResourceId, user);
        const listed = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: group }));
        assert.deepEqual(listed.GroupMemberships, []);
        await expectModeledError("DeleteUser", client.send(new DeleteUserCommand({ IdentityStoreId: STORE, UserId: user })), "ResourceNotFoundException");
        await expectModeledError("GetUserId", client.send(new GetUserIdCommand(byUserName("leaver"))), "ResourceNotFoundException");
    });
});
