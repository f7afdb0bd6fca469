// The inventory's rows, totals and forms from records as the gateway reads them, without a service:
// what comes from the domain's defaults, GPU families, the order of managers, CSV quoting, and the
// JSON schema against the JSON form.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import type { ApplicationAccess } from "../../gateway/application-access";
import { FORGOTTEN_TAG, OWNER_TAG, STACK_TAG } from "../../gateway/ownership";
import { buildInventory } from "../../cli/inventory/build-inventory";
import { isGpuInstanceType } from "../../cli/inventory/instance-types";
import { inventoryCsv } from "../../cli/inventory/inventory-csv";
import { inventoryMarkdown } from "../../cli/inventory/inventory-markdown";
import type { DomainRecords } from "../../cli/inventory/read-domain-records";

const SCHEMA = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "schemas", "inventory.schema.json"), "utf8"));
const READ_AT = new Date("2026-12-01T08:00:00Z");
const ROLE = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const owned = (stack?: string) => ({ [OWNER_TAG]: "0123456789abcdef0123456789abcdef01234567", ...(stack !== undefined ? { [STACK_TAG]: stack } : {}), team: "ml" });

function records(extra: Partial<DomainRecords> = {}): DomainRecords {
    return {
        domain: {
            DomainId: "d-abc123def456",
            DomainName: "research",
            AuthMode: "IAM",
            DefaultUserSettings: { ExecutionRole: ROLE("domain"), KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } } },
            DefaultSpaceSettings: { ExecutionRole: ROLE("spaces"), JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.p4d.24xlarge" } } },
        },
        region: "eu-west-1",
        profiles: [
            { described: { UserProfileName: "zed", Status: "InService", UserSettings: { JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.g6e.xlarge" } } } }, tags: owned("studio/b-team") },
            { described: { UserProfileName: "amy", Status: "Pending", UserSettings: { ExecutionRole: ROLE("amy") } }, tags: owned("studio/a-team") },
            { described: { UserProfileName: "old", Status: "InService" }, tags: owned() },
            { described: { UserProfileName: "loose", Status: "Failed" }, tags: { [STACK_TAG]: "studio/a-team" } },
        ],
        spaces: [
            { described: { SpaceName: "lab", Status: "InService", SpaceSharingSettings: { SharingType: "Shared" }, SpaceSettings: { AppType: "JupyterLab" } }, tags: {} },
            { described: { SpaceName: "zed-private", Status: "InService", OwnershipSettings: { OwnerUserProfileName: "ZED" }, SpaceSharingSettings: { SharingType: "Private" }, SpaceSettings: { AppType: "CodeEditor", CodeEditorAppSettings: { DefaultResourceSpec: { InstanceType: "ml.trn1.2xlarge" } } } }, tags: owned("studio/b-team") },
        ],
        apps: [
            { AppType: "KernelGateway", AppName: "datascience-1", UserProfileName: "Zed", Status: "InService", ResourceSpec: { InstanceType: "ml.p5.48xlarge" } },
            { AppType: "JupyterLab", AppName: "default", SpaceName: "lab", Status: "Pending" },
            { AppType: "JupyterLab", AppName: "old", SpaceName: "lab", Status: "Deleted", ResourceSpec: { InstanceType: "ml.g5.xlarge" } },
            { AppType: "CodeEditor", AppName: "default", SpaceName: "zed-private", Status: "Failed", ResourceSpec: { InstanceType: "ml.t3.medium" } },
        ],
        ...extra,
    };
}

describe("sagemaker-studio inventory: rows, totals and forms", () => {
    const validate = new Ajv({ allErrors: true, strict: true, validateFormats: false }).compile(SCHEMA);

    it("counts NVIDIA GPU families as GPU, and nothing else", () => {
        for (const gpu of ["ml.g4dn.xlarge", "ml.g5.48xlarge", "ml.g6e.2xlarge", "ml.g7e.8xlarge", "ml.p3dn.24xlarge", "ml.p4de.24xlarge", "ml.p5en.48xlarge", "ml.p6-b200.48xlarge"]) {
            assert.ok(isGpuInstanceType(gpu), gpu);
        }
        for (const other of ["system", "ml.t3.medium", "ml.m5d.large", "ml.trn1.2xlarge", "ml.geospatial.interactive", "ml.c7i.large", "ml.r6id.large"]) {
            assert.ok(!isGpuInstanceType(other), other);
        }
    });

    it("takes what a record does not set from the domain's defaults, and a private space's role from its owner", () => {
        const inventory = buildInventory(records(), READ_AT);
        assert.deepStrictEqual(inventory.profiles.map((p) => p.name), ["zed", "amy", "old", "loose"], "in the order read (the reader sorts by name)");
        const zed = inventory.profiles[0];
        assert.deepStrictEqual(zed.executionRole, { arn: ROLE("domain"), from: "domain" });
        assert.deepStrictEqual(zed.defaultInstanceTypes, [
            { app: "KernelGateway", instanceType: "ml.t3.medium", gpu: false, from: "domain" },
            { app: "JupyterLab", instanceType: "ml.g6e.xlarge", gpu: true, from: "own" },
        ]);
        assert.deepStrictEqual(zed.runningApps, [{ appType: "KernelGateway", appName: "datascience-1", status: "InService", instanceType: "ml.p5.48xlarge", gpu: true }], "app owners compare without regard to case");
        assert.deepStrictEqual(inventory.profiles[1].executionRole, { arn: ROLE("amy"), from: "own" });
        const [lab, zedPrivate] = inventory.spaces;
        assert.deepStrictEqual(lab.executionRole, { arn: ROLE("spaces"), from: "domain" });
        assert.deepStrictEqual(lab.defaultInstanceTypes, [{ app: "JupyterLab", instanceType: "ml.p4d.24xlarge", gpu: true, from: "domain" }]);
        assert.deepStrictEqual(lab.runningApps, [{ appType: "JupyterLab", appName: "default", status: "Pending", gpu: false }], "deleted and failed apps do not run");
        assert.deepStrictEqual(zedPrivate.executionRole, { arn: ROLE("domain"), from: "owner" });
        assert.deepStrictEqual(zedPrivate.defaultInstanceTypes, [
            { app: "CodeEditor", instanceType: "ml.trn1.2xlarge", gpu: false, from: "own" },
            { app: "JupyterLab", instanceType: "ml.p4d.24xlarge", gpu: true, from: "domain" },
        ]);
    });

    it("counts a record a stack forgot (kept on delete) as unmanaged, naming that stack on its row", () => {
        const forgotten = { ...owned(), [FORGOTTEN_TAG]: "studio/a-team" };
        const base = records();
        const inventory = buildInventory(records({ profiles: [...base.profiles, { described: { UserProfileName: "gone", Status: "InService" }, tags: forgotten }] }), READ_AT);
        const gone = inventory.profiles.find((p) => p.name === "gone")!;
        assert.deepStrictEqual(gone.manager, { managed: false, forgottenBy: "studio/a-team" });
        assert.deepStrictEqual(inventory.totals.byManager.at(-1), { manager: { managed: false }, profiles: 2, spaces: 1 });
        assert.ok(inventoryMarkdown(inventory).includes("| `gone` | InService | unmanaged (forgotten by studio/a-team) |"), inventoryMarkdown(inventory));
        const ajv = new Ajv({ strict: false });
        assert.ok(ajv.validate(SCHEMA, JSON.parse(JSON.stringify(inventory))), ajv.errorsText());
    });

    it("totals stacks by name, then a stack not recorded, then unmanaged records; only the owner tag makes one managed", () => {
        const { totals, profiles } = buildInventory(records(), READ_AT);
        assert.deepStrictEqual(profiles[3].manager, { managed: false });
        assert.deepStrictEqual(totals.byManager, [
            { manager: { managed: true, stack: "studio/a-team" }, profiles: 1, spaces: 0 },
            { manager: { managed: true, stack: "studio/b-team" }, profiles: 1, spaces: 1 },
            { manager: { managed: true }, profiles: 1, spaces: 0 },
            { manager: { managed: false }, profiles: 1, spaces: 1 },
        ]);
        assert.deepStrictEqual(totals.gpuDefaults, { profiles: 1, spaces: 2 });
        assert.deepStrictEqual(totals.runningApps, {
            total: 2,
            gpu: 1,
            byInstanceType: [
                { instanceType: "(not reported)", gpu: false, apps: 1 },
                { instanceType: "ml.p5.48xlarge", gpu: true, apps: 1 },
            ],
        });
        assert.strictEqual(totals.canOpenStudio, 2, "an IAM domain: the profiles the service serves (not Pending, not Failed)");
    });

    it("in an SSO domain, reads each profile user's access, and lists the users assigned without a profile", () => {
        const access: ApplicationAccess = {
            users: new Map([
                ["zed", { userName: "Zed", direct: true, groupIds: ["g-1"] }],
                ["nora", { userName: "nora", direct: false, groupIds: ["g-1", "g-2"] }],
                ["amy", { userName: "amy", direct: true, groupIds: [] }],
            ]),
            groupIds: ["g-1", "g-2"],
            hasUser: (name) => ["zed", "nora", "amy", "old"].includes(name.toLowerCase()),
        };
        const sso = records({ access });
        sso.domain.AuthMode = "SSO";
        const users: Record<string, string> = { zed: "ZED", amy: "amy", old: "old", loose: "ghost" };
        for (const p of sso.profiles) p.described.SingleSignOnUserValue = users[String(p.described.UserProfileName)];
        const inventory = buildInventory(sso, READ_AT);
        assert.deepStrictEqual(
            inventory.profiles.map((p) => [p.name, p.identityCenter, p.canOpenStudio]),
            [
                ["zed", { user: "ZED", userInStore: true, assignment: "direct and group", groupIds: ["g-1"] }, true],
                ["amy", { user: "amy", userInStore: true, assignment: "direct", groupIds: [] }, false],
                ["old", { user: "old", userInStore: true, assignment: "none", groupIds: [] }, false],
                ["loose", { user: "ghost", userInStore: false, assignment: "none", groupIds: [] }, false],
            ],
        );
        assert.deepStrictEqual(inventory.assignmentsWithoutProfile, [{ user: "nora", assignment: "group", groupIds: ["g-1", "g-2"] }]);
        assert.strictEqual(inventory.totals.canOpenStudio, 1);
        assert.deepStrictEqual(inventory.notes, ["loose: its Identity Center user ghost is not in the domain's identity store"]);
        assert.ok(validate(inventory), JSON.stringify(validate.errors));
        const markdown = inventoryMarkdown(inventory);
        assert.ok(markdown.includes("| `zed` | InService | `studio/b-team` | `ZED` | direct and group g-1 | yes | `arn:aws:iam::123456789012:role/domain` (domain default) | KernelGateway: ml.t3.medium (domain default); JupyterLab: ml.g6e.xlarge (GPU) | KernelGateway/datascience-1: ml.p5.48xlarge (GPU) |\n"), markdown);
        assert.ok(markdown.includes("| `loose` | Failed | unmanaged | `ghost` (not in the identity store) | none | no |"), markdown);
        assert.ok(markdown.includes("| `nora` | group g-1, g-2 |\n"), markdown);
    });

    it("matches its JSON schema, which refuses what it does not describe", () => {
        const inventory = buildInventory(records(), READ_AT);
        assert.ok(validate(inventory), JSON.stringify(validate.errors));
        const json = JSON.parse(JSON.stringify(inventory));
        json.profiles[0].manager = { managed: false, stack: "studio/x" };
        json.totals.extra = 1;
        assert.ok(!validate(json));
        const where = new Set(validate.errors?.map((e) => e.instancePath.split("/").slice(0, 4).join("/")));
        assert.deepStrictEqual([...where].sort(), ["/profiles/0/manager", "/totals"]);
    });

    it("documents a JSON example that its schema accepts", () => {
        const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "inventory.md"), "utf8");
        const example = /```json\n(\{\n  "schemaVersion"[\s\S]*?)```/.exec(doc)?.[1];
        assert.ok(example, "docs/inventory.md has a JSON example");
        assert.ok(validate(JSON.parse(example)), JSON.stringify(validate.errors));
    });

    it("writes RFC 4180 CSV, defusing what a spreadsheet would run", () => {
        const hostile = records();
        hostile.profiles = [{ described: { UserProfileName: "amy", Status: "InService" }, tags: owned('=HYPERLINK("x","y"), "quoted"') }];
        hostile.spaces = [];
        const csv = inventoryCsv(buildInventory(hostile, READ_AT));
        const [header, row, end] = csv.split("\r\n");
        assert.strictEqual(header.split(",").length, 12);
        assert.strictEqual(row, `profile,amy,InService,"'=HYPERLINK(""x"",""y""), ""quoted""",,,,yes,arn:aws:iam::123456789012:role/domain (domain default),KernelGateway: ml.t3.medium (domain default),no,`);
        assert.strictEqual(end, "");
    });

    it("writes Markdown for a domain without spaces or running apps", () => {
        const quiet = records({ spaces: [], apps: [] });
        const markdown = inventoryMarkdown(buildInventory(quiet, READ_AT));
        assert.match(markdown, /^# Studio inventory: domain `d-abc123def456` \(`research`, IAM, eu-west-1\)\n\nRead at 2026-12-01T08:00:00\.000Z: 4 user profiles, 0 spaces\.\n/);
        assert.ok(markdown.includes("\n- **Running apps**: 0\n"), markdown);
        assert.ok(markdown.includes("- **Can open Studio**: 2 profiles (an IAM domain: IAM policies decide who may open each)\n"), markdown);
        assert.ok(markdown.includes("## Spaces\n\nThe domain has no spaces.\n"), markdown);
        assert.ok(!markdown.includes("Assigned without a profile"), "an IAM domain has no assignments");
    });
});
