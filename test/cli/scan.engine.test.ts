// `sagemaker-studio scan` on a brownfield domain: profiles made by hand with the AWS CLI, written
// to team files, deployed with no Create, Update or Delete call at all, then no changes.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import { DeleteTagsCommand, ListTagsCommand, ListUserProfilesCommand, DescribeUserProfileCommand } from "@aws-sdk/client-sagemaker";
import { parse } from "yaml";
import type { SageMakerLocal } from "../../emulator";
import { OWNER_TAG, STACK_NOT_RECORDED, STACK_TAG } from "../../gateway/ownership";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, startEmulator } from "../support/profiles-stack";

const run = promisify(execFile);
const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };
const AWS_CLI = "/usr/bin/aws";
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "cli", "teams-project");
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const ROLE = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const LCC = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/idle";

/** 20 profiles as a platform team made them by hand: two teams by tag, two without one, settings that vary. */
function handMade(): { name: string; settings: Record<string, unknown>; tags: Record<string, string> }[] {
    const out = [];
    for (let i = 0; i < 10; i++) {
        out.push({
            name: `fraud-${i}`,
            settings: {
                ExecutionRole: ROLE("FraudML"),
                SecurityGroups: ["sg-0123456789abcdef0"],
                KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: i < 7 ? "ml.m5.large" : "ml.m5.4xlarge" }, LifecycleConfigArns: [LCC] },
                ...(i === 3 ? { SharingSettings: { NotebookOutputOption: "Allowed", S3OutputPath: "s3://fraud-shared/notebooks" } } : {}),
            },
            tags: { team: "fraud", owner: `user${i}@example.com`, ...(i % 2 === 0 ? { costCenter: "cc-1" } : {}) },
        });
    }
    for (let i = 0; i < 8; i++) {
        out.push({
            name: `cv-${i}`,
            settings: {
                ExecutionRole: ROLE(i === 5 ? "CVSpecial" : "CVResearch"),
                JupyterServerAppSettings: { DefaultResourceSpec: { InstanceType: "system" } },
                TensorBoardAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } },
            },
            tags: { team: "cv", owner: `cv${i}@example.com` },
        });
    }
    out.push({ name: "lone-ranger", settings: { ExecutionRole: ROLE("Lone") }, tags: { owner: "lone@example.com" } });
    out.push({ name: "no-settings", settings: {}, tags: {} });
    return out;
}

describe("sagemaker-studio scan on a brownfield domain", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;
    const env = { ...process.env, ...LOCAL_CREDENTIALS, AWS_REGION: "us-east-1", AWS_EC2_METADATA_DISABLED: "true" } as Record<string, string>;

    before(async () => {
        emulator = await startEmulator(50);
        for (const profile of handMade()) {
            const args = ["sagemaker", "create-user-profile", "--endpoint-url", emulator.url, "--domain-id", DOMAIN, "--user-profile-name", profile.name];
            if (Object.keys(profile.settings).length > 0) args.push("--user-settings", JSON.stringify(profile.settings));
            if (Object.keys(profile.tags).length > 0) args.push("--tags", ...Object.entries(profile.tags).map(([k, v]) => `Key=${k},Value=${v}`));
            await run(AWS_CLI, args, { env });
        }
        project = new PulumiProject(makeWorkDir("scan", FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["config", "set", "domainId", DOMAIN]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("writes one team file per tag value, shared settings and tags as the team's, adopt: true", async () => {
        const teams = path.join(project.dir, "teams");
        const { stdout } = await run("node", [COMMAND, "scan", "--domain-id", DOMAIN, "--endpoint-url", emulator.url, "--region", "us-east-1", "--out", teams, "--group-by-tag", "team"], { env });
        assert.match(stdout, /wrote .*fraud\.yaml \(10 profiles\)/);
        assert.match(stdout, /wrote .*cv\.yaml \(8 profiles\)/);
        assert.match(stdout, /wrote .*untagged\.yaml \(2 profiles\)/);
        const fraud = parse(fs.readFileSync(path.join(teams, "fraud.yaml"), "utf8"));
        assert.match(fs.readFileSync(path.join(teams, "fraud.yaml"), "utf8"), /^# yaml-language-server: \$schema=.*schemas\/team\.schema\.json$/m);
        assert.strictEqual(fraud.adopt, true);
        assert.deepStrictEqual(fraud.tags, { team: "fraud" });
        assert.strictEqual(fraud.defaults.executionRole, ROLE("FraudML"));
        assert.deepStrictEqual(fraud.defaults.kernelGatewayAppSettings.lifecycleConfigArns, [LCC]);
        const big = fraud.members.find((m: { name: string }) => m.name === "fraud-8");
        assert.strictEqual(big.settings.kernelGatewayAppSettings.defaultResourceSpec.instanceType, "ml.m5.4xlarge");
        assert.deepStrictEqual(big.tags, { owner: "user8@example.com", costCenter: "cc-1" });
        assert.deepStrictEqual(Object.keys(fraud).sort(), ["adopt", "defaults", "members", "name", "tags"], "no behaviour option but adopt");
    });

    it("takes the profiles over with no Create, Update or Delete call, then previews no changes", async () => {
        emulator.clearRequests();
        await project.ok(["up", "--yes"]);
        const writes = emulator.requests().map((r) => r.operation).filter((op) => /^(Create|Update|Delete)/.test(op));
        assert.deepStrictEqual(writes, []);
        await project.ok(["preview", "--expect-no-changes"]);
        const client = emulatorClient(emulator);
        const listed = await client.send(new ListUserProfilesCommand({ DomainIdEquals: DOMAIN, MaxResults: 100 }));
        assert.strictEqual(listed.UserProfiles?.length, 20);
        for (const { UserProfileName } of listed.UserProfiles ?? []) {
            const arn = (await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName }))).UserProfileArn;
            const tags = await client.send(new ListTagsCommand({ ResourceArn: arn }));
            assert.ok(tags.Tags?.some((t) => t.Key === OWNER_TAG), `${UserProfileName} carries this stack's owner tag`);
        }
        await project.ok(["refresh", "--yes"]);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("names the stack that manages each profile it meets again, and writes neither ownership tag into a team file", async () => {
        const client = emulatorClient(emulator);
        const arn = (await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "no-settings" }))).UserProfileArn;
        // As an earlier release left it: the owner tag alone.
        await client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: [STACK_TAG] }));
        const again = path.join(project.dir, "rescan");
        const { stdout } = await run("node", [COMMAND, "scan", "--domain-id", DOMAIN, "--endpoint-url", emulator.url, "--region", "us-east-1", "--out", again, "--group-by-tag", "team"], { env });
        assert.ok(stdout.includes(`note: fraud-0: managed by stack teams/dev; adopt: true refuses it there, adopt: "takeover" moves it\n`), stdout);
        assert.ok(stdout.includes(`note: no-settings: ${STACK_NOT_RECORDED}; adopt: true refuses it there, adopt: "takeover" moves it\n`), stdout);
        assert.strictEqual(stdout.match(/managed by stack teams\/dev/g)?.length, 19);
        for (const file of fs.readdirSync(again)) {
            assert.doesNotMatch(fs.readFileSync(path.join(again, file), "utf8"), /pulumi-sagemaker-studio:/, file);
        }
    });

    it("says what it was asked wrong", async () => {
        const failed = await run("node", [COMMAND, "scan", "--domain-id", DOMAIN], { env }).catch((e: { code: number; stderr: string }) => e);
        assert.strictEqual((failed as { code: number }).code, 2);
        assert.match((failed as { stderr: string }).stderr, /scan needs --domain-id and --out/);
        const missing = await run("node", [COMMAND, "scan", "--domain-id", "d-nosuchdomain1", "--out", "/tmp/x", "--endpoint-url", emulator.url], { env }).catch((e: { code: number; stderr: string }) => e);
        assert.strictEqual((missing as { code: number }).code, 1);
        assert.match((missing as { stderr: string }).stderr, /Domain d-nosuchdomain1 does not exist in us-east-1/);
    });
});
