// The preview is the contract, through the real engine on sagemaker-local: what `up` would do
// wrongly fails at preview with nothing written (a person in two teams, a name already taken, a
// change that deletes most of a team, a protected member), and what `up` does is what the preview
// and the pull-request summary show (a rename keeps every profile, a forget is not a delete, an
// adopted space can still be replaced).
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import { CreateUserProfileCommand, DescribeSpaceCommand } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, PROFILE_TYPE, startEmulator } from "../support/profiles-stack";
import { emulatorProfiles } from "../support/reliability";

const run = promisify(execFile);
const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "cli", "teams-project");
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const MUTATING = /^(Create|Update|Delete|AddTags|DeleteTags)/;
const ROLE = "arn:aws:iam::123456789012:role/team";

function teamFile(name: string, members: string[], extra: string[] = []): string {
    return [`name: ${name}`, "defaults:", `  executionRole: ${ROLE}`, ...extra, "members:", ...members.map((m) => `  - name: ${m}`), ""].join("\n");
}

describe("the preview is the contract, on the engine", function () {
    let emulator: SageMakerLocal;
    let project: PulumiProject;

    const write = (file: string, text: string) => fs.writeFileSync(path.join(project.dir, "teams", file), text);
    const remove = (file: string) => fs.rmSync(path.join(project.dir, "teams", file), { force: true });
    const writes = () => emulator.requests().filter((r) => MUTATING.test(r.operation));
    const profiles = async () => (await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort();
    const inState = async () => resourcesOfType(await project.exportStack(), PROFILE_TYPE).map((r) => r.urn.split("::").pop()).sort();
    const command = (...args: string[]) =>
        run("node", [COMMAND, ...args], { cwd: project.dir, env: project.env(), maxBuffer: 64 * 1024 * 1024 }).then(
            ({ stdout }) => ({ code: 0, stdout }),
            (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: `${e.stdout}${e.stderr}` }),
        );
    /** The pull-request summary of a preview of the current program. */
    const summary = async () => {
        const preview = await project.run(["preview", "--json"]);
        const file = path.join(project.dir, "preview.json");
        fs.writeFileSync(file, preview.stdout);
        return (await command("summary", file, "--endpoint-url", emulator.url, "--region", "us-east-1")).stdout;
    };

    before(async () => {
        emulator = await startEmulator(50);
        project = new PulumiProject(makeWorkDir("preview-contract", FIXTURE), { endpoint: emulator.url });
        fs.mkdirSync(path.join(project.dir, "teams"));
        await project.ok(["stack", "init", "dev"]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["config", "set", "domainId", DOMAIN]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("fails preview for a person in two teams, naming the member and both teams' file:line:col, and up writes nothing", async () => {
        write("cv.yaml", teamFile("cv", ["ana", "zoe"]));
        write("ml.yaml", teamFile("ml", ["bo", "Zoe"]));
        emulator.clearRequests();
        const preview = await project.run(["preview"]);
        assert.notStrictEqual(preview.code, 0);
        const cv = path.join(project.dir, "teams", "cv.yaml");
        const ml = path.join(project.dir, "teams", "ml.yaml");
        assert.ok(preview.output.includes(`${ml}:6:5: members[1].name: "Zoe" is also a member of team cv (${cv}:6:5)`), preview.output);
        assert.strictEqual(preview.output.split("is also a member of team cv").length, 2, "said once");
        assert.doesNotMatch(preview.output, /UNAVAILABLE|Channel has been shut down|    at /, "one error, without stack frames");
        const up = await project.run(["up", "--yes"]);
        assert.notStrictEqual(up.code, 0);
        assert.deepStrictEqual(writes(), []);
        assert.deepStrictEqual(await profiles(), []);
    });

    it("fails preview for one Identity Center user with profiles in two teams, naming both, and up writes nothing", async () => {
        const sso = (name: string, member: string, user: string) =>
            [`name: ${name}`, "singleSignOnUserIdentifier: UserName", "defaults:", `  executionRole: ${ROLE}`, "members:", `  - name: ${member}`, `    singleSignOnUserValue: ${user}`, ""].join("\n");
        write("cv.yaml", sso("cv", "ana", "ana@example.com"));
        write("ml.yaml", sso("ml", "ana-lopez", "ana@example.com"));
        emulator.clearRequests();
        const preview = await project.run(["preview"]);
        assert.notStrictEqual(preview.code, 0);
        const cv = path.join(project.dir, "teams", "cv.yaml");
        const ml = path.join(project.dir, "teams", "ml.yaml");
        assert.ok(preview.output.includes(`${ml}:7:5: members[0].singleSignOnUserValue: Identity Center user "ana@example.com" is also the user of member ana of team cv (${cv}:7:5)`), preview.output);
        assert.doesNotMatch(preview.output, /UNAVAILABLE|Channel has been shut down|    at /, "one error, without stack frames");
        const up = await project.run(["up", "--yes"]);
        assert.notStrictEqual(up.code, 0);
        assert.deepStrictEqual(writes(), []);
        assert.deepStrictEqual(await profiles(), []);
        write("cv.yaml", teamFile("cv", ["ana", "zoe"]));
        write("ml.yaml", teamFile("ml", ["bo", "Zoe"]));
    });

    it("fails preview for a profile made by hand, pointing at adopt, instead of failing the create at up", async () => {
        remove("ml.yaml");
        await emulatorClient(emulator).send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "zoe" }));
        emulator.clearRequests();
        const preview = await project.run(["preview"]);
        assert.notStrictEqual(preview.code, 0);
        assert.match(preview.output, /property userProfileName value \{zoe\} has a problem: a user profile named zoe already exists in domain d-testdomain01 .*set adopt: true/);
        assert.deepStrictEqual(writes(), []);
        write("cv.yaml", teamFile("cv", ["ana", "zoe"], ["adopt: true"]));
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(await inState(), ["cv-ana", "cv-zoe"]);
    });

    it("keeps every profile through a team rename with renamedFrom, and says how when it is missing", async () => {
        remove("cv.yaml");
        write("cv-research.yaml", teamFile("cv-research", ["ana", "zoe"]));
        const missing = await project.run(["preview"]);
        assert.notStrictEqual(missing.code, 0, "a rename without renamedFrom would delete and create every profile");
        assert.match(missing.output, /already exists in domain d-testdomain01 \(names are compared without regard to case\) and a stack manages it .*renamedFrom/);
        write("cv-research.yaml", teamFile("cv-research", ["ana", "zoe"], ["adopt: true", "renamedFrom: cv"]));
        emulator.clearRequests();
        await project.ok(["preview", "--expect-no-changes"]);
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(writes(), []);
        assert.deepStrictEqual(await inState(), ["cv-research-ana", "cv-research-zoe"]);
    });

    it("fails preview for a change that deletes more than the team's maxDeletedShare, or empties it, until the team opts in", async () => {
        write("cv-research.yaml", teamFile("cv-research", ["ana", "zoe", "kim", "lee"], ["renamedFrom: cv"]));
        await project.ok(["up", "--yes"]);
        write("cv-research.yaml", teamFile("cv-research", ["ana"], ["renamedFrom: cv"]));
        emulator.clearRequests();
        const refused = await project.run(["preview"]);
        assert.notStrictEqual(refused.code, 0);
        assert.match(refused.output, /team cv-research: this change deletes 3 of its 4 members' profiles \(75%\), more than maxDeletedShare 0\.5 allows/);
        const resourcesReporting = new Set([...refused.output.matchAll(/resource '(cv-research-\w+)'[^\n]*this change deletes 3 of its 4/g)].map((m) => m[1]));
        assert.deepStrictEqual([...resourcesReporting], ["cv-research-ana"], "said by one member, not once per member");
        assert.strictEqual((await project.run(["up", "--yes", "--skip-preview"])).code === 0, false, "up refuses it as well");
        assert.deepStrictEqual(writes().filter((r) => r.operation === "DeleteUserProfile"), []);
        fs.writeFileSync(path.join(project.dir, "teams", "cv-research.yaml"), "name: cv-research\nrenamedFrom: cv\nmembers: []\n");
        const emptied = await project.run(["preview"]);
        assert.match(emptied.output, /members: is empty: a team without members deletes every profile it had/);
        write("cv-research.yaml", teamFile("cv-research", ["ana"], ["renamedFrom: cv", "maxDeletedShare: 1"]));
        await project.ok(["up", "--yes"]);
        assert.deepStrictEqual(await inState(), ["cv-research-ana"]);
    });

    it("refuses to delete a member of a protected team at preview", async () => {
        write("cv-research.yaml", teamFile("cv-research", ["ana", "max"], ["renamedFrom: cv", "protect: true"]));
        await project.ok(["up", "--yes"]);
        write("cv-research.yaml", teamFile("cv-research", ["ana"], ["renamedFrom: cv", "protect: true"]));
        const refused = await project.run(["preview"]);
        assert.notStrictEqual(refused.code, 0);
        assert.match(refused.output, /cv-research-max.*protect/s);
        write("cv-research.yaml", teamFile("cv-research", ["ana", "max"], ["renamedFrom: cv"]));
        await project.ok(["up", "--yes"]);
    });

    it("shows a member kept on delete as a forget, in the summary and in up's log, and keeps the profile", async () => {
        write("cv-research.yaml", teamFile("cv-research", ["ana", "max"], ["renamedFrom: cv", "retainOnDelete: true"]));
        await project.ok(["up", "--yes"]);
        write("cv-research.yaml", teamFile("cv-research", ["ana"], ["renamedFrom: cv", "retainOnDelete: true"]));
        const text = await summary();
        assert.match(text, /\*\*Members:\*\* 1 to forget \(kept in SageMaker\)\./, text);
        assert.match(text, /\*\*Forgotten, not deleted:\*\* `cv-research-max`/);
        assert.doesNotMatch(text, /to delete/);
        const up = await project.ok(["up", "--yes"]);
        assert.match(up.output, /user profile d-testdomain01\/max: forgotten, not deleted \(retainOnDelete\)/);
        assert.ok((await profiles()).includes("max"), "kept in the domain");
    });

    it("lets an adopted space change its app type later: a replacement shown as one, with its data-loss warning", async () => {
        write("cv-research.yaml", teamFile("cv-research", ["ana"], ["renamedFrom: cv", "adopt: true", "privateSpace:", "  appType: JupyterLab"]));
        await project.ok(["up", "--yes"]);
        write("cv-research.yaml", teamFile("cv-research", ["ana"], ["renamedFrom: cv", "adopt: true", "privateSpace:", "  appType: CodeEditor"]));
        const preview = await project.ok(["preview"]);
        assert.match(preview.output, /space d-testdomain01\/ana-private: deleting it \(spaceSettings\.appType cannot change, so the space is replaced\): the files on its storage volume are lost/);
        assert.doesNotMatch(preview.output, /adopting it with/);
        await project.ok(["up", "--yes"]);
        const space = await emulatorClient(emulator).send(new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: "ana-private" }));
        assert.strictEqual(space.SpaceSettings?.AppType, "CodeEditor");
    });
});
