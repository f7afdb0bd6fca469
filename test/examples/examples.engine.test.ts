// Every project in examples/ as a user copies it: installed from the packed package in a folder
// outside this repository, type-checked with its own tsconfig, pointed at sagemaker-local,
// deployed, checked, previewed without changes and destroyed by the real CLI.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DescribeDomainCommand, DescribeSpaceCommand, DescribeUserProfileCommand, ListSpacesCommand, ListUserProfilesCommand, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { ListApplicationAssignmentsCommand } from "@aws-sdk/client-sso-admin";
import { startSageMakerLocal, type SageMakerLocal } from "../../emulator";
import { PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { copyProject, installWithTarball, makeOutsideDir, packPackage, PACKAGE_NAME, removeOutsideDir } from "../support/packed-package";
import { emulatorClient, PROFILE_TYPE, pointProjectAt } from "../support/profiles-stack";
import { ssoAdminClient } from "../emulator/identity-center/helpers";

const EXAMPLES = path.join(REPO_ROOT, "examples");
const VERSION: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).version;
const DOMAIN = "d-example000001";
const SSO_DOMAIN = "d-example000002";
const GROUP = "data-science";
const ROLE = "arn:aws:iam::123456789012:role/studio/ExamplesExecution";

async function profileNames(client: SageMakerClient, domainId: string): Promise<string[]> {
    const listed = await client.send(new ListUserProfilesCommand({ DomainIdEquals: domainId, MaxResults: 100 }));
    return (listed.UserProfiles ?? []).map((p) => p.UserProfileName!).sort();
}

async function spaceNames(client: SageMakerClient, domainId: string): Promise<string[]> {
    return ((await client.send(new ListSpacesCommand({ DomainIdEquals: domainId, MaxResults: 100 }))).Spaces ?? []).map((s) => s.SpaceName!).sort();
}

describe("engine: the examples, installed from the packed package", function () {
    let emulator: SageMakerLocal;
    let workRoot: string;
    let tarball: string;
    const client = () => emulatorClient(emulator);

    /** The example copied outside the repository and installed, with a stack `dev` on the emulator and `config` set. */
    async function deployable(name: string, config: Record<string, string>): Promise<PulumiProject> {
        const dir = copyProject(path.join(EXAMPLES, name), path.join(workRoot, name));
        const declared = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).dependencies[PACKAGE_NAME];
        assert.strictEqual(declared, `^${VERSION}`, `${name}/package.json depends on this release`);
        installWithTarball(dir, tarball);
        const typeCheck = spawnSync(path.join(dir, "node_modules", ".bin", "tsc"), ["--noEmit", "-p", dir], { encoding: "utf8" });
        assert.strictEqual(typeCheck.status, 0, `${name} type-checks against the packed package:\n${typeCheck.stdout}${typeCheck.stderr}`);
        const project = new PulumiProject(dir, { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        await pointProjectAt(project, emulator.url);
        for (const [key, value] of Object.entries(config)) {
            await project.ok(["config", "set", key, value]);
        }
        return project;
    }

    before(async () => {
        workRoot = makeOutsideDir("studio-examples-");
        tarball = packPackage(workRoot);
        emulator = await startSageMakerLocal({
            latencyMs: 100,
            seedDomains: [DOMAIN, `${SSO_DOMAIN}:SSO`],
            seedUsers: [`ana:${GROUP}`, `ben.ortiz@example.com:${GROUP}`, "cleo"],
        });
    });

    after(async () => {
        await emulator?.stop();
        removeOutsideDir(workRoot);
    });

    it("has a test for every project in examples/", () => {
        const projects = fs.readdirSync(EXAMPLES).filter((entry) => fs.existsSync(path.join(EXAMPLES, entry, "Pulumi.yaml")));
        assert.deepStrictEqual(projects.sort(), ["identity-center-team", "teams-with-policy", "user-profile"]);
    });

    it("user-profile: creates one profile with its role and JupyterLab default, and destroys it", async () => {
        const project = await deployable("user-profile", { domainId: DOMAIN, executionRole: ROLE });
        await project.ok(["up", "--yes"]);
        const outputs = JSON.parse((await project.ok(["stack", "output", "--json"])).stdout);
        assert.deepStrictEqual(outputs, { arn: `arn:aws:sagemaker:us-east-1:123456789012:user-profile/${DOMAIN}/alice`, status: "InService" });
        const alice = await client().send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "alice" }));
        assert.strictEqual(alice.UserSettings?.ExecutionRole, ROLE);
        assert.strictEqual(alice.UserSettings?.JupyterLabAppSettings?.DefaultResourceSpec?.InstanceType, "ml.t3.medium");
        await project.ok(["preview", "--expect-no-changes"]);
        await project.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(await profileNames(client(), DOMAIN), []);
    });

    it("teams-with-policy: deploys both teams through the pack, which fails a p3 default at preview and passes a new member", async () => {
        const project = await deployable("teams-with-policy", { domainId: DOMAIN });
        // As the example's README runs it: the pack and the config from the project's folder.
        const withPack = ["--policy-pack", "node_modules/pulumi-sagemaker-studio/policy", "--policy-pack-config", "policy-config.json"];
        const up = await project.ok(["up", "--yes", ...withPack]);
        assert.doesNotMatch(up.output, /mandatory|advisory/, "the example's teams pass every policy");
        assert.deepStrictEqual(await profileNames(client(), DOMAIN), ["dana-kim", "emeka-nwosu", "farah-haddad", "gabriel-costa"]);
        const outputs = JSON.parse((await project.ok(["stack", "output", "--json"])).stdout);
        assert.deepStrictEqual(Object.keys(outputs).sort(), ["analytics", "ml-research"]);
        assert.deepStrictEqual(outputs.analytics["farah-haddad"].status, "InService");

        const teamFile = path.join(project.dir, "teams", "analytics.yaml");
        const original = fs.readFileSync(teamFile, "utf8");
        fs.writeFileSync(teamFile, original.replace("instanceType: ml.t3.medium", "instanceType: ml.p3.2xlarge"));
        const denied = await project.run(["preview", ...withPack]);
        assert.notStrictEqual(denied.code, 0, denied.output);
        assert.match(denied.output, /\[mandatory\].*sagemaker-userprofile-denied-instance-families/);
        assert.match(denied.output, /member "farah-haddad" \(resource analytics-farah-haddad\): userSettings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType is "ml\.p3\.2xlarge"/);

        fs.writeFileSync(teamFile, `${original}  - name: hana-sato\n`);
        const joined = await project.ok(["preview", ...withPack]);
        assert.match(joined.output, /\+ 1 to create/);
        assert.doesNotMatch(joined.output, /mandatory|advisory/);

        fs.writeFileSync(teamFile, original);
        await project.ok(["preview", "--expect-no-changes", ...withPack]);
        await project.ok(["destroy", "--yes"]);
        assert.deepStrictEqual(await profileNames(client(), DOMAIN), []);
    });

    it("identity-center-team: gives each group member a profile, their assignment and a private space, and the team a shared space", async () => {
        const project = await deployable("identity-center-team", { domainId: SSO_DOMAIN, identityCenterGroup: GROUP, executionRole: ROLE });
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(await profileNames(client(), SSO_DOMAIN), ["ana", "ben-ortiz-example-com"], "the group's members, not cleo");
        const ben = await client().send(new DescribeUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: "ben-ortiz-example-com" }));
        assert.strictEqual(ben.SingleSignOnUserValue, "ben.ortiz@example.com");

        const profiles = resourcesOfType(await project.exportStack(), PROFILE_TYPE);
        assert.deepStrictEqual(profiles.map((p) => p.outputs?.identityCenterAssignment), ["made", "made"]);
        const { SingleSignOnApplicationArn } = await client().send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }));
        const assignments = async () =>
            ((await ssoAdminClient(emulator).send(new ListApplicationAssignmentsCommand({ ApplicationArn: SingleSignOnApplicationArn }))).ApplicationAssignments ?? [])
                .map((a) => `${a.PrincipalType}:${a.PrincipalId}`)
                .sort();
        assert.deepStrictEqual(await assignments(), profiles.map((p) => `USER:${p.outputs?.identityCenterUserId}`).sort());

        assert.deepStrictEqual(await spaceNames(client(), SSO_DOMAIN), ["ana-private", "ben-ortiz-example-com-private", "data-science-shared"]);
        const anaSpace = await client().send(new DescribeSpaceCommand({ DomainId: SSO_DOMAIN, SpaceName: "ana-private" }));
        assert.deepStrictEqual(
            [anaSpace.SpaceSharingSettings?.SharingType, anaSpace.OwnershipSettings?.OwnerUserProfileName, anaSpace.SpaceSettings?.AppType],
            ["Private", "ana", "JupyterLab"],
        );
        const shared = await client().send(new DescribeSpaceCommand({ DomainId: SSO_DOMAIN, SpaceName: "data-science-shared" }));
        assert.deepStrictEqual([shared.SpaceSharingSettings?.SharingType, shared.SpaceSettings?.AppType], ["Shared", "CodeEditor"]);
        await project.ok(["preview", "--expect-no-changes"]);

        // A group team keeps its members' profiles and private spaces (with their files) when it goes;
        // the access the stack gave them and the team's shared space go.
        const destroyed = await project.ok(["destroy", "--yes"]);
        assert.match(destroyed.output, /user profile d-\w+\/ana: forgotten, not deleted/);
        assert.deepStrictEqual(await assignments(), []);
        assert.deepStrictEqual(await profileNames(client(), SSO_DOMAIN), ["ana", "ben-ortiz-example-com"]);
        assert.deepStrictEqual(await spaceNames(client(), SSO_DOMAIN), ["ana-private", "ben-ortiz-example-com-private"]);
    });
});
