// A team whose members are an IAM Identity Center group's, through the real engine on
// sagemaker-local: joiners appear as one create, leavers are named and their profiles kept unless
// the team opts in to deleting them, while the access the stack gave them is removed either way (and
// `sagemaker-studio drift` names both before anyone deploys; a kept profile is tagged as forgotten,
// and taken back when its member rejoins), and the group itself can be assigned instead of each member.
import * as assert from "assert";
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { CreateGroupMembershipCommand, DeleteGroupMembershipCommand, GetGroupIdCommand, GetUserIdCommand, IdentitystoreClient, ListGroupMembershipsCommand } from "@aws-sdk/client-identitystore";
import { DescribeDomainCommand, DescribeUserProfileCommand, ListTagsCommand } from "@aws-sdk/client-sagemaker";
import { FORGOTTEN_TAG, STACK_TAG } from "../../gateway/ownership";
import { ListApplicationAssignmentsCommand, SSOAdminClient } from "@aws-sdk/client-sso-admin";
import { identityCenterInstance, type SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { emulatorClient, PROFILE_TYPE, pointProjectAt, SSO_DOMAIN, startEmulator } from "../support/profiles-stack";

const execute = promisify(execFile);
const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "components", "team-project");
const ROLE = "arn:aws:iam::123456789012:role/ds";
const CLI = path.join(REPO_ROOT, "dist", "cli", "main.js");

describe("components/StudioTeam from an Identity Center group, on the engine", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;
    let identityStore: IdentitystoreClient;
    let ssoAdmin: SSOAdminClient;
    let applicationArn: string;
    let groupId: string;
    const storeId = identityCenterInstance("123456789012").identityStoreId;

    const declare = (extra: Record<string, unknown> = {}) =>
        project.ok(["config", "set", "team", JSON.stringify({ identityCenterGroup: "ds-team", defaults: { executionRole: ROLE }, members: [{ name: "ana", tags: { lead: "yes" } }], ...extra })]);
    const userId = async (name: string) =>
        (await identityStore.send(new GetUserIdCommand({ IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: name } } }))).UserId!;
    const inState = async () => resourcesOfType(await project.exportStack(), PROFILE_TYPE).map((r) => r.urn.split("::").pop()).sort();
    const profileExists = (name: string) => emulatorClient(emulator).send(new DescribeUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: name })).then(() => true, () => false);
    const assignments = async () =>
        ((await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: applicationArn }))).ApplicationAssignments ?? []).map((a) => `${a.PrincipalType}:${a.PrincipalId}`).sort();

    const stackTags = async (name: string) => {
        const arn = (await emulatorClient(emulator).send(new DescribeUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: name }))).UserProfileArn;
        const tags = (await emulatorClient(emulator).send(new ListTagsCommand({ ResourceArn: arn }))).Tags ?? [];
        return Object.fromEntries(tags.map((t) => [t.Key, t.Value]));
    };

    /** `sagemaker-studio drift` in the project: its exit status and report. */
    const drift = () =>
        execute(process.execPath, [path.join(REPO_ROOT, "dist", "cli", "main.js"), "drift", "--cwd", project.dir], { env: project.env() }).then(
            ({ stdout }) => ({ code: 0, stdout }),
            (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
        );

    async function leave(user: string): Promise<void> {
        const memberships = await identityStore.send(new ListGroupMembershipsCommand({ IdentityStoreId: storeId, GroupId: groupId }));
        const id = await userId(user);
        const membership = memberships.GroupMemberships?.find((m) => m.MemberId && "UserId" in m.MemberId && m.MemberId.UserId === id);
        await identityStore.send(new DeleteGroupMembershipCommand({ IdentityStoreId: storeId, MembershipId: membership!.MembershipId! }));
    }

    before(async () => {
        emulator = await startEmulator(50, ["ana:ds-team", "ben.ortiz@example.com:ds-team", "cleo"]);
        const client = { endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: LOCAL_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_CREDENTIALS.AWS_SECRET_ACCESS_KEY } };
        identityStore = new IdentitystoreClient(client);
        ssoAdmin = new SSOAdminClient(client);
        applicationArn = (await emulatorClient(emulator).send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }))).SingleSignOnApplicationArn!;
        groupId = (await identityStore.send(new GetGroupIdCommand({ IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "displayName", AttributeValue: "ds-team" } } }))).GroupId!;
        project = new PulumiProject(makeWorkDir("group-team", FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["config", "set", "domainId", SSO_DOMAIN]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("makes the group's members the team's, named after their user names, and assigns each", async () => {
        await declare();
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(await inState(), ["team-ana", "team-ben-ortiz-example-com"]);
        const ben = await emulatorClient(emulator).send(new DescribeUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: "ben-ortiz-example-com" }));
        assert.strictEqual(ben.SingleSignOnUserValue, "ben.ortiz@example.com");
        assert.deepStrictEqual(await assignments(), [`USER:${await userId("ana")}`, `USER:${await userId("ben.ortiz@example.com")}`].sort());
        await project.ok(["preview", "--expect-no-changes"]);
        await project.ok(["refresh", "--yes", "--expect-no-changes"]);
    });

    it("shows someone joining the group as one profile created", async () => {
        assert.strictEqual((await drift()).code, 0, "a refresh of the unchanged group is no drift");
        await identityStore.send(new CreateGroupMembershipCommand({ IdentityStoreId: storeId, GroupId: groupId, MemberId: { UserId: await userId("cleo") } }));
        const joined = await drift();
        assert.strictEqual(joined.code, 3, joined.stdout);
        assert.ok(joined.stdout.includes("**Drift** in 1 Identity Center group (1 joined)."), joined.stdout);
        assert.ok(joined.stdout.includes("### Team `team`: Identity Center group `ds-team`\n\n- `cleo` joined the group: the next `pulumi up` creates their profile.\n"), joined.stdout);
        const preview = await project.ok(["preview", "--json"]);
        const steps: { op: string; urn: string }[] = JSON.parse(preview.stdout).steps ?? [];
        const profileSteps = steps.filter((s) => s.urn.includes(PROFILE_TYPE) && s.op !== "same").map((s) => `${s.op} ${s.urn.split("::").pop()}`);
        assert.deepStrictEqual(profileSteps, ["create team-cleo"]);
        await project.ok(["up", "--yes"]);
    });

    it("names someone who left, keeps their profile unless the team opts in to deleting it, and removes their access either way", async () => {
        await leave("ben.ortiz@example.com");
        const left = await drift();
        assert.strictEqual(left.code, 3, left.stdout);
        assert.ok(left.stdout.includes("- `ben.ortiz@example.com` left the group: the next `pulumi up` keeps their profile and stops managing it (`removeDepartedMembers: true` deletes it)."), left.stdout);
        assert.doesNotMatch(left.stdout, /member|Other resources/, "the members' profiles did not drift");
        const preview = await project.ok(["preview"]);
        assert.match(preview.output, /ben\.ortiz@example\.com left Identity Center group ds-team; they lose the access to the domain's Studio application this stack gave them; their profile and files are kept/);
        const benAssignment = `USER:${await userId("ben.ortiz@example.com")}`;
        assert.ok((await assignments()).includes(benAssignment));
        const up = await project.ok(["up", "--yes"]);
        assert.match(up.output, /user profile d-\w+\/ben-ortiz-example-com: forgotten, not deleted \(retainOnDelete\): it stays in SageMaker with its files/);
        assert.match(up.output, /user profile d-\w+\/ben-ortiz-example-com: removed the assignment of Identity Center user ben\.ortiz@example\.com to the domain's Studio application/);
        assert.ok(!(await assignments()).includes(benAssignment), "access follows membership");
        assert.strictEqual((await drift()).code, 0, "after up the roster records the group as it is");
        assert.ok(await profileExists("ben-ortiz-example-com"), "kept in the domain");
        assert.deepStrictEqual(await inState(), ["team-ana", "team-cleo"]);
        const kept = await stackTags("ben-ortiz-example-com");
        assert.deepStrictEqual([kept[STACK_TAG], kept[FORGOTTEN_TAG]], [undefined, "team/dev"], "no stack manages it now, and its tags say which one kept it");
        const inventory = JSON.parse((await execute(process.execPath, [CLI, "inventory", "--domain", SSO_DOMAIN, "--format", "json", "--endpoint-url", emulator.url, "--identity-center-endpoint-url", emulator.url], { env: project.env() })).stdout);
        const benRow = inventory.profiles.find((p: { name: string }) => p.name === "ben-ortiz-example-com");
        assert.deepStrictEqual(benRow.manager, { managed: false, forgottenBy: "team/dev" });

        // Back in the group: the same resource takes its profile back, with no adopt and no failure.
        await identityStore.send(new CreateGroupMembershipCommand({ IdentityStoreId: storeId, GroupId: groupId, MemberId: { UserId: await userId("ben.ortiz@example.com") } }));
        await project.ok(["preview"]);
        await project.ok(["up", "--yes"]);
        const back = await stackTags("ben-ortiz-example-com");
        assert.deepStrictEqual([back[STACK_TAG], back[FORGOTTEN_TAG]], ["team/dev", undefined]);
        assert.ok((await assignments()).includes(benAssignment), "access again, with membership");
        await leave("ben.ortiz@example.com");
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(await inState(), ["team-ana", "team-cleo"]);

        await declare({ removeDepartedMembers: true });
        await project.ok(["up", "--yes"]);
        await leave("cleo");
        const opted = await project.ok(["preview"]);
        assert.match(opted.output, /cleo left Identity Center group ds-team; their profile is deleted/);
        const cleoAssignment = `USER:${await userId("cleo")}`;
        await project.ok(["up", "--yes"]);
        assert.ok(!(await profileExists("cleo")));
        assert.ok(!(await assignments()).includes(cleoAssignment));
    });

    it("assigns the group itself with assignGroup, instead of each member, and a destroy removes every assignment it made", async () => {
        await declare({ assignGroup: true });
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(await assignments(), [`GROUP:${groupId}`]);
        await project.ok(["preview", "--expect-no-changes"]);
        await project.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(await assignments(), []);
    });

    it("on destroy, keeps a group team's profiles (they were retained) and removes the access the stack gave each member", async () => {
        await declare();
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(await assignments(), [`USER:${await userId("ana")}`]);
        const destroyed = await project.ok(["destroy", "--yes"]);
        assert.match(destroyed.output, /user profile d-\w+\/ana: forgotten, not deleted/);
        assert.deepStrictEqual(await assignments(), []);
        assert.ok(await profileExists("ana"), "kept in the domain with its files");
    });
});
