// `sagemaker-studio inventory` on an SSO domain that mixes two stacks of one project (a team of
// named members, and a team from an Identity Center group assigned as a group), a profile an earlier
// release tagged without naming its stack, profiles and a shared space made by hand, running apps,
// and Identity Center assignments with no profile; then an IAM domain, and what it was asked wrong.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import Ajv from "ajv";
import { GetGroupIdCommand, GetUserIdCommand, IdentitystoreClient } from "@aws-sdk/client-identitystore";
import { CreateAppCommand, CreateSpaceCommand, CreateUserProfileCommand, DescribeDomainCommand } from "@aws-sdk/client-sagemaker";
import { CreateApplicationAssignmentCommand, SSOAdminClient } from "@aws-sdk/client-sso-admin";
import { identityCenterInstance, type SageMakerLocal } from "../../emulator";
import { OWNER_TAG, ownerToken } from "../../gateway/ownership";
import type { Inventory } from "../../cli/inventory/inventory-model";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, SSO_DOMAIN, startEmulator } from "../support/profiles-stack";

const execute = promisify(execFile);
const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "components", "team-project");
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "schemas", "inventory.schema.json"), "utf8"));
const ROLE = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every operation the inventory may call: the read-only policy docs/inventory.md gives. */
function documentedActions(): Set<string> {
    const doc = fs.readFileSync(path.join(REPO_ROOT, "docs", "inventory.md"), "utf8");
    const policy = /```json\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf("## Permissions")))?.[1];
    assert.ok(policy, "docs/inventory.md gives the read-only policy as a JSON block under ## Permissions");
    const statements = (JSON.parse(policy) as { Statement: { Action: string[] }[] }).Statement;
    return new Set(statements.flatMap((s) => s.Action));
}

const SERVICE_PREFIX: Record<string, string> = { SageMaker: "sagemaker", SWBExternalService: "sso", AWSIdentityStore: "identitystore" };

describe("sagemaker-studio inventory on a domain of two stacks, an Identity Center group and profiles made by hand", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;
    let groupIds: { dsTeam: string; analysts: string };
    const storeId = identityCenterInstance("123456789012").identityStoreId;

    /** The command as a platform lead runs it, with endpoints given as options. */
    const inventory = (args: string[]) =>
        execute(process.execPath, [COMMAND, "inventory", "--region", "us-east-1", "--endpoint-url", emulator.url, "--identity-center-endpoint-url", emulator.url, ...args], {
            env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...LOCAL_CREDENTIALS, AWS_EC2_METADATA_DISABLED: "true" },
        }).then(
            ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
            (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
        );

    async function deployStack(stack: string, team: Record<string, unknown>): Promise<void> {
        await project.ok(["stack", "init", stack]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["config", "set", "domainId", SSO_DOMAIN]);
        await project.ok(["config", "set", "team", JSON.stringify(team)]);
        await project.ok(["up", "--yes", "--skip-preview"]);
    }

    before(async () => {
        emulator = await startEmulator(50, ["cleo", "erin", "ana:ds-team", "ben:ds-team", "dev.ops@example.com", "gwen", "hank", "jo:analysts"]);
        const sdk = { endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: LOCAL_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_CREDENTIALS.AWS_SECRET_ACCESS_KEY } };
        const identityStore = new IdentitystoreClient(sdk);
        const ssoAdmin = new SSOAdminClient(sdk);
        const client = emulatorClient(emulator);
        const userId = async (name: string) =>
            (await identityStore.send(new GetUserIdCommand({ IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: name } } }))).UserId!;
        const groupId = async (name: string) =>
            (await identityStore.send(new GetGroupIdCommand({ IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "displayName", AttributeValue: name } } }))).GroupId!;
        groupIds = { dsTeam: await groupId("ds-team"), analysts: await groupId("analysts") };

        project = new PulumiProject(makeWorkDir("inventory", FIXTURE), { endpoint: emulator.url });
        // Stack alpha: named members, each assigned as a user, each with a private space.
        await deployStack("alpha", {
            singleSignOnUserIdentifier: "UserName",
            defaults: { executionRole: ROLE("alpha"), jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } },
            privateSpace: { appType: "JupyterLab", instanceType: "ml.t3.large", ebsVolumeSizeInGb: 10 },
            members: [
                { name: "cleo", singleSignOnUserValue: "cleo" },
                { name: "erin", singleSignOnUserValue: "erin", settings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.g5.xlarge" } } } },
            ],
        });
        // Stack beta: the members of Identity Center group ds-team, the group itself assigned.
        await deployStack("beta", { identityCenterGroup: "ds-team", assignGroup: true, defaults: { executionRole: ROLE("beta") } });

        // Made by hand: a profile nobody manages, and one an earlier release tagged with the owner tag alone.
        const handMade = (name: string, user: string, tags: { Key: string; Value: string }[] = []) =>
            client.send(new CreateUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: name, SingleSignOnUserIdentifier: "UserName", SingleSignOnUserValue: user, Tags: tags }));
        await handMade("dev-ops", "dev.ops@example.com");
        await handMade("gwen", "gwen", [{ Key: OWNER_TAG, Value: ownerToken("legacy", "prod", "gwen") }]);
        await sleep(200);
        const applicationArn = (await client.send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }))).SingleSignOnApplicationArn!;
        const assign = async (type: "USER" | "GROUP", id: string) =>
            ssoAdmin.send(new CreateApplicationAssignmentCommand({ ApplicationArn: applicationArn, PrincipalType: type, PrincipalId: id }));
        await assign("USER", await userId("gwen"));
        await assign("USER", await userId("hank"));
        await assign("GROUP", groupIds.analysts);
        await client.send(new CreateSpaceCommand({ DomainId: SSO_DOMAIN, SpaceName: "shared-lab", SpaceSharingSettings: { SharingType: "Shared" }, SpaceSettings: { AppType: "JupyterLab" } }));
        await sleep(200);
        await client.send(new CreateAppCommand({ DomainId: SSO_DOMAIN, SpaceName: "shared-lab", AppType: "JupyterLab", AppName: "default", ResourceSpec: { InstanceType: "ml.g5.2xlarge" } }));
        await client.send(new CreateAppCommand({ DomainId: SSO_DOMAIN, SpaceName: "cleo-private", AppType: "JupyterLab", AppName: "default", ResourceSpec: { InstanceType: "ml.t3.large" } }));
        await client.send(new CreateAppCommand({ DomainId: SSO_DOMAIN, UserProfileName: "dev-ops", AppType: "JupyterServer", AppName: "default", ResourceSpec: { InstanceType: "system" } }));
        await sleep(200);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    let report: Inventory;
    let dir: string;

    it("writes the JSON, Markdown and CSV forms from one read, reading only what the documented read-only policy allows", async () => {
        dir = makeWorkDir("inventory-out");
        emulator.clearRequests();
        const run = await inventory(["--domain", SSO_DOMAIN, "--out", path.join(dir, "inventory.json"), "--out", path.join(dir, "inventory.md"), "--out", path.join(dir, "inventory.csv")]);
        assert.strictEqual(run.code, 0, run.stderr);
        assert.match(run.stdout, /wrote .*inventory\.json \(json: 6 profiles, 3 spaces\)\nwrote .*inventory\.md \(markdown: 6 profiles, 3 spaces\)\nwrote .*inventory\.csv \(csv: 6 profiles, 3 spaces\)\n$/);
        const calls = emulator.requests().map((r) => `${SERVICE_PREFIX[r.service ?? ""] ?? r.service}:${r.operation}`);
        assert.strictEqual(calls.filter((c) => c.endsWith(":DescribeDomain")).length, 1, "the domain is read once");
        const allowed = documentedActions();
        assert.deepStrictEqual([...new Set(calls)].filter((c) => !allowed.has(c)), [], "every call is in the documented read-only policy");
        assert.ok(!calls.some((c) => /:(Create|Update|Delete|Add)/.test(c)), calls.join(", "));
        report = JSON.parse(fs.readFileSync(path.join(dir, "inventory.json"), "utf8")) as Inventory;
        const validate = new Ajv({ allErrors: true, strict: true, validateFormats: false }).compile(SCHEMA);
        assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
    });

    it("names the stack that manages each profile and space, an earlier release's tag, and what nobody manages", () => {
        const managers = Object.fromEntries([...report.profiles, ...report.spaces].map((r) => [r.name, r.manager]));
        assert.deepStrictEqual(managers, {
            ana: { managed: true, stack: "team/beta" },
            ben: { managed: true, stack: "team/beta" },
            cleo: { managed: true, stack: "team/alpha" },
            "dev-ops": { managed: false },
            erin: { managed: true, stack: "team/alpha" },
            gwen: { managed: true },
            "cleo-private": { managed: true, stack: "team/alpha" },
            "erin-private": { managed: true, stack: "team/alpha" },
            "shared-lab": { managed: false },
        });
        assert.deepStrictEqual(report.totals.byManager, [
            { manager: { managed: true, stack: "team/alpha" }, profiles: 2, spaces: 2 },
            { manager: { managed: true, stack: "team/beta" }, profiles: 2, spaces: 0 },
            { manager: { managed: true }, profiles: 1, spaces: 0 },
            { manager: { managed: false }, profiles: 1, spaces: 1 },
        ]);
    });

    it("says how each user reaches the domain's application: directly, through a group, or not at all", () => {
        const access = Object.fromEntries(report.profiles.map((p) => [p.name, [p.identityCenter?.user, p.identityCenter?.assignment, p.identityCenter?.groupIds, p.canOpenStudio]]));
        assert.deepStrictEqual(access, {
            ana: ["ana", "group", [groupIds.dsTeam], true],
            ben: ["ben", "group", [groupIds.dsTeam], true],
            cleo: ["cleo", "direct", [], true],
            "dev-ops": ["dev.ops@example.com", "none", [], false],
            erin: ["erin", "direct", [], true],
            gwen: ["gwen", "direct", [], true],
        });
        assert.deepStrictEqual(report.assignmentsWithoutProfile, [
            { user: "hank", assignment: "direct", groupIds: [] },
            { user: "jo", assignment: "group", groupIds: [groupIds.analysts] },
        ]);
        assert.strictEqual(report.totals.canOpenStudio, 5);
        assert.strictEqual(report.totals.assignedWithoutProfile, 2);
    });

    it("gives roles, default instance types with their GPU families, and running apps, with totals", () => {
        const erin = report.profiles.find((p) => p.name === "erin")!;
        assert.deepStrictEqual(erin.executionRole, { arn: ROLE("alpha"), from: "own" });
        assert.deepStrictEqual(erin.defaultInstanceTypes, [{ app: "JupyterLab", instanceType: "ml.g5.xlarge", gpu: true, from: "own" }]);
        const cleoSpace = report.spaces.find((s) => s.name === "cleo-private")!;
        assert.deepStrictEqual([cleoSpace.owner, cleoSpace.sharing, cleoSpace.executionRole], ["cleo", "Private", { arn: ROLE("alpha"), from: "owner" }]);
        assert.deepStrictEqual(cleoSpace.runningApps, [{ appType: "JupyterLab", appName: "default", status: "InService", instanceType: "ml.t3.large", gpu: false }]);
        assert.deepStrictEqual(report.profiles.find((p) => p.name === "dev-ops")!.runningApps, [{ appType: "JupyterServer", appName: "default", status: "InService", instanceType: "system", gpu: false }]);
        assert.deepStrictEqual(report.totals.gpuDefaults, { profiles: 1, spaces: 0 });
        assert.deepStrictEqual(report.totals.runningApps, {
            total: 3,
            gpu: 1,
            byInstanceType: [
                { instanceType: "ml.g5.2xlarge", gpu: true, apps: 1 },
                { instanceType: "ml.t3.large", gpu: false, apps: 1 },
                { instanceType: "system", gpu: false, apps: 1 },
            ],
        });
    });

    it("puts the same facts in the Markdown report, totals first, and in the CSV rows", () => {
        const markdown = fs.readFileSync(path.join(dir, "inventory.md"), "utf8");
        assert.match(markdown, /^# Studio inventory: domain `d-ssodomain001` \(SSO, us-east-1\)\n/);
        assert.ok(markdown.indexOf("## Totals") < markdown.indexOf("## User profiles"), "totals first");
        for (const line of [
            "| `team/alpha` | 2 | 2 |",
            "| managed (stack not recorded: tagged by an earlier release) | 1 | 0 |",
            "| unmanaged | 1 | 1 |",
            "| **all** | 6 | 3 |",
            "- **Can open Studio**: 5 users (a profile, and an assignment to the domain's Identity Center application, directly or through a group)",
            "- **Assigned without a profile**: 2 users",
            "- **GPU default instance types**: 1 profile, 0 spaces",
            "- **Running apps**: 3 (1 on a GPU): `ml.g5.2xlarge` (GPU) 1, `ml.t3.large` 1, `system` 1",
            `| \`ana\` | InService | \`team/beta\` | \`ana\` | group ${groupIds.dsTeam} | yes | \`${ROLE("beta")}\` | — | — |`,
            "| `dev-ops` | InService | unmanaged | `dev.ops@example.com` | none | no | — | — | JupyterServer/default: system |",
            `| \`erin\` | InService | \`team/alpha\` | \`erin\` | direct | yes | \`${ROLE("alpha")}\` | JupyterLab: ml.g5.xlarge (GPU) | — |`,
            "| `shared-lab` | InService | unmanaged | — | Shared | — | — | JupyterLab/default: ml.g5.2xlarge (GPU) |",
            "| `hank` | direct |",
        ]) {
            assert.ok(markdown.includes(`${line}\n`), `${line}\n\nnot in:\n${markdown}`);
        }
        const csv = fs.readFileSync(path.join(dir, "inventory.csv"), "utf8").split("\r\n");
        assert.strictEqual(csv[0], "kind,name,status,manager,owner,identity_center_user,assignment,can_open_studio,execution_role,default_instance_types,gpu_default,running_apps");
        assert.strictEqual(csv.length, 1 + 6 + 3 + 2 + 1, "a header, a row per profile, space and assignment without a profile, and the final line break");
        assert.ok(csv.includes(`profile,gwen,InService,managed (stack not recorded: tagged by an earlier release),,gwen,direct,yes,,,no,`), csv.join("\n"));
        assert.ok(csv.includes(`space,erin-private,InService,team/alpha,erin,,,,${ROLE("alpha")} (owner's),JupyterLab: ml.t3.large,no,`), csv.join("\n"));
        assert.ok(csv.includes(`assignment,,,,,jo,group ${groupIds.analysts},,,,,`), csv.join("\n"));
    });

    it("in an IAM domain, leaves Identity Center out and says that IAM decides who opens a profile", async () => {
        await emulatorClient(emulator).send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "iam-user", UserSettings: { ExecutionRole: ROLE("iam") } }));
        await sleep(200);
        const run = await inventory(["--domain-id", DOMAIN, "--format", "json"]);
        assert.strictEqual(run.code, 0, run.stderr);
        const iam = JSON.parse(run.stdout) as Inventory;
        assert.strictEqual(iam.domain.authMode, "IAM");
        assert.deepStrictEqual(iam.profiles.map((p) => [p.name, p.manager, p.identityCenter, p.canOpenStudio]), [["iam-user", { managed: false }, undefined, true]]);
        assert.ok(!("assignmentsWithoutProfile" in iam) && !("assignedWithoutProfile" in iam.totals));
        assert.match(iam.notes[0], /^an IAM domain: IAM policies decide who may open a profile's Studio/);
    });

    it("says what it was asked wrong, and names a domain that does not exist", async () => {
        const missing = await inventory([]);
        assert.strictEqual(missing.code, 2);
        assert.match(missing.stderr, /inventory needs --domain/);
        const format = await inventory(["--domain", SSO_DOMAIN, "--format", "xml"]);
        assert.strictEqual(format.code, 2);
        assert.match(format.stderr, /--format must be markdown, json or csv, not "xml"/);
        const absent = await inventory(["--domain", "d-nosuchdomain1"]);
        assert.strictEqual(absent.code, 1);
        assert.strictEqual(absent.stderr, "sagemaker-studio: Domain d-nosuchdomain1 does not exist in us-east-1. Check the domain id and the region (--region, AWS_REGION).\n");
    });
});
