// StudioTeam through the real CLI on sagemaker-local: each change to the team
// spec touches exactly the members it concerns.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { SageMakerLocal } from "../../emulator";
import type { TeamSpec } from "../../components/team-spec";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { DOMAIN, PROFILE_TYPE, SSO_DOMAIN, startEmulator, VPC_DOMAIN } from "../support/profiles-stack";

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "components", "team-project");
const MUTATING = /^(Create|Update|Delete|AddTags|DeleteTags)/;

interface PreviewStep {
    op: string;
    urn: string;
}

const ROLE = "arn:aws:iam::123456789012:role/team";
const spec = (members: string[], instanceType = "ml.m5.large"): TeamSpec => ({
    defaults: { executionRole: ROLE, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: instanceType as "ml.m5.large" } } },
    tags: { team: "engine" },
    members: members.map((name) => ({ name })),
});

describe("components/StudioTeam on the engine", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;

    async function declare(team: TeamSpec): Promise<void> {
        await project.ok(["config", "set", "team", JSON.stringify(team)]);
    }

    /** The profile steps `pulumi preview --json` plans, other than "same". */
    async function plannedChanges(): Promise<PreviewStep[]> {
        const result = await project.ok(["preview", "--json"]);
        const steps: PreviewStep[] = JSON.parse(result.stdout).steps ?? [];
        return steps.filter((s) => s.op !== "same" && s.urn.includes(PROFILE_TYPE));
    }

    /** Runs `up` and returns the mutating calls the emulator received. */
    async function upAndCalls(): Promise<string[]> {
        emulator.clearRequests();
        await project.ok(["up", "--yes", "--skip-preview"]);
        return emulator.requests().map((r) => r.operation).filter((op) => MUTATING.test(op));
    }

    const member = (step: PreviewStep) => step.urn.split("::").pop();

    before(async () => {
        emulator = await startEmulator(50);
        project = new PulumiProject(makeWorkDir("studio-team", FIXTURE), { endpoint: emulator.url });
        await project.ok(["stack", "init", "dev"]);
        for (const [key, value] of Object.entries({
            domainId: DOMAIN,
            "sagemaker:endpoint": emulator.url,
            "sagemaker:region": "us-east-1",
            "sagemaker:pollMinDelay": "0.1",
            "sagemaker:pollMaxDelay": "0.5",
        })) {
            await project.ok(["config", "set", key, value]);
        }
        await declare(spec(["alice", "bob", "carol"]));
        assert.deepStrictEqual((await upAndCalls()).sort(), ["CreateUserProfile", "CreateUserProfile", "CreateUserProfile"]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("records each member as declared where the program declares the team", async () => {
        const members = resourcesOfType(await project.exportStack(), PROFILE_TYPE) as unknown as { sourcePosition?: string; stackTrace?: { sourcePosition?: string }[] }[];
        assert.strictEqual(members.length, 3);
        for (const recorded of members) {
            assert.match(String(recorded.sourcePosition), /^project:\/\/\/index\.ts#\d+,\d+$/);
            assert.ok((recorded.stackTrace ?? []).every((frame) => !String(frame.sourcePosition).includes("pulumi-sagemaker-studio")), JSON.stringify(recorded.stackTrace));
        }
    });

    it("adding a member creates exactly that profile", async () => {
        await declare(spec(["alice", "bob", "carol", "dave"]));
        const planned = await plannedChanges();
        assert.deepStrictEqual(planned.map((s) => [s.op, member(s)]), [["create", "team-dave"]]);
        assert.deepStrictEqual(await upAndCalls(), ["CreateUserProfile"]);
    });

    it("removing a member deletes exactly that profile", async () => {
        await declare(spec(["alice", "carol", "dave"]));
        const planned = await plannedChanges();
        assert.deepStrictEqual(planned.map((s) => [s.op, member(s)]), [["delete", "team-bob"]]);
        assert.deepStrictEqual(await upAndCalls(), ["DeleteUserProfile"]);
    });

    it("reordering members changes nothing", async () => {
        await declare(spec(["dave", "carol", "alice"]));
        assert.deepStrictEqual(await plannedChanges(), []);
        await project.ok(["preview", "--expect-no-changes"]);
    });

    it("changing a team default updates every member in place", async () => {
        await declare(spec(["dave", "carol", "alice"], "ml.m5.xlarge"));
        const planned = await plannedChanges();
        assert.deepStrictEqual(planned.map((s) => [s.op, member(s)]).sort(), [["update", "team-alice"], ["update", "team-carol"], ["update", "team-dave"]]);
        assert.deepStrictEqual(await upAndCalls(), ["UpdateUserProfile", "UpdateUserProfile", "UpdateUserProfile"]);
        const outputs = JSON.parse((await project.ok(["stack", "output", "--json"])).stdout);
        assert.strictEqual(outputs.memberCount, 3);
        assert.deepStrictEqual(Object.keys(outputs.profiles).sort(), ["alice", "carol", "dave"]);
        assert.ok(Object.values(outputs.profiles as Record<string, { status: string }>).every((p) => p.status === "InService"));
    });

    it("a bad spec fails preview with the member's path and makes no API write", async () => {
        const bad = spec(["dave", "carol", "alice", "Carol", "eve"]);
        bad.members![4].settings = { kernelGatewayAppSettings: { defaultResourceSpec: { instanceType: "ml.g5.huge" as "ml.g5.xlarge" } } };
        await declare(bad);
        emulator.clearRequests();
        const result = await project.run(["preview"]);
        assert.notStrictEqual(result.code, 0);
        assert.match(result.output, /members\[3\]\.name: "Carol" duplicates members\[1\]\.name "carol"/);
        assert.match(result.output, /members\[4\]\.settings\.kernelGatewayAppSettings\.defaultResourceSpec\.instanceType: .*\(member eve\)/);
        const up = await project.run(["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(up.code, 0);
        assert.deepStrictEqual(emulator.requests().filter((r) => MUTATING.test(r.operation)), []);
    });

    it("a bad team file fails preview with file:line and the member's path", async () => {
        const file = path.join(project.dir, "team.yaml");
        fs.writeFileSync(file, ["members:", "  - name: alice", "  - name: bob_1", ""].join("\n"));
        await project.ok(["config", "set", "teamFile", file]);
        emulator.clearRequests();
        const result = await project.run(["preview"]);
        assert.notStrictEqual(result.code, 0);
        assert.ok(result.output.includes(`${file}:3:5: members[1].name: "bob_1" does not match the regular expression`), result.output);
        assert.deepStrictEqual(emulator.requests().filter((r) => MUTATING.test(r.operation)), []);
        await project.ok(["config", "rm", "teamFile"]);
    });

    for (const { domain, what, expected } of [
        { domain: SSO_DOMAIN, what: "an SSO domain, members without SSO fields", expected: /singleSignOnUserIdentifier.*required because the domain's AuthMode is SSO/ },
        { domain: VPC_DOMAIN, what: "a VpcOnly domain, members without security groups", expected: /userSettings\.securityGroups.*SecurityGroups are required: the domain is VpcOnly/ },
    ]) {
        it(`judges the domain's rules at preview: ${what} fail preview and up, and no member is created`, async () => {
            const team = spec(["gina", "hugo"]);
            await project.ok(["config", "set", "domainId", domain]);
            await declare(team);
            emulator.clearRequests();
            const preview = await project.run(["preview"]);
            assert.notStrictEqual(preview.code, 0);
            assert.match(preview.output, expected);
            assert.match(preview.output, /resource 'team-(gina|hugo)': property /, "the member and its property path");
            const up = await project.run(["up", "--yes"]);
            assert.notStrictEqual(up.code, 0, "up runs its preview first and stops there");
            assert.deepStrictEqual(emulator.requests().filter((r) => MUTATING.test(r.operation)), []);
            await project.ok(["config", "set", "domainId", DOMAIN]);
        });
    }

    it("reports a domain that does not exist at preview", async () => {
        await project.ok(["config", "set", "domainId", "d-doesnotexist1"]);
        await declare(spec(["ida"]));
        const preview = await project.run(["preview"]);
        assert.notStrictEqual(preview.code, 0);
        assert.match(preview.output, /Domain d-doesnotexist1 does not exist in us-east-1/);
        await project.ok(["config", "set", "domainId", DOMAIN]);
    });
});
