// Upgrades: state recorded by earlier releases of the package (test/fixtures/reliability/
// upgrade-state/<version>/, written by `npm run record:upgrade-fixture`) is imported into a
// fresh backend, with the service side restored into sagemaker-local, and the current code must
// refresh it without changes, preview no changes and destroy every profile.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import { DescribeUserProfileCommand, ListTagsCommand } from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal, type SageMakerLocal } from "../../emulator";
import type { Inventory } from "../../cli/inventory/inventory-model";
import { OWNER_TAG, STACK_TAG } from "../../gateway/ownership";
import { makeWorkDir, PulumiProject, resourcesOfType, type StackExport } from "../support/engine";
import { DOMAIN, emulatorClient, pointProjectAt, PROFILE_TYPE } from "../support/profiles-stack";
import { emulatorProfiles } from "../support/reliability";
import { STACK, UPGRADE_PROJECT, UPGRADE_STATES } from "../support/upgrade-fixture";

const versions = fs.readdirSync(UPGRADE_STATES).filter((v) => fs.existsSync(path.join(UPGRADE_STATES, v, "stack.json")));

async function profileNames(emulator: SageMakerLocal): Promise<string[]> {
    return (await emulatorProfiles(emulatorClient(emulator))).map((p) => p.name).sort();
}

async function liveTags(emulator: SageMakerLocal, name: string): Promise<Record<string, string>> {
    const client = emulatorClient(emulator);
    const arn = (await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }))).UserProfileArn;
    return Object.fromEntries(((await client.send(new ListTagsCommand({ ResourceArn: arn }))).Tags ?? []).map((t) => [t.Key, t.Value]));
}

describe("reliability: state written by earlier releases", function () {
    this.timeout(600_000);

    it("has at least one recorded release, and one for the package's version", () => {
        assert.ok(versions.length > 0, `no recorded state under ${UPGRADE_STATES}`);
        const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
        assert.ok(versions.includes(version), `release ${version} has no recorded state: run npm run record:upgrade-fixture before tagging it`);
    });

    for (const version of versions) {
        describe(`recorded by ${version}`, () => {
            const recorded = path.join(UPGRADE_STATES, version);
            let emulator: SageMakerLocal;
            let project: PulumiProject;
            let profilesInState: string[];

            before(async () => {
                const emulatorDir = makeWorkDir(`upgrade-${version}-emulator`);
                fs.cpSync(path.join(recorded, "emulator"), emulatorDir, { recursive: true });
                emulator = await startSageMakerLocal({ stateDir: emulatorDir, latencyMs: 100 });
                project = new PulumiProject(makeWorkDir(`upgrade-${version}`, UPGRADE_PROJECT), { endpoint: emulator.url });
                fs.copyFileSync(path.join(recorded, `Pulumi.${STACK}.yaml`), path.join(project.dir, `Pulumi.${STACK}.yaml`));
                await project.ok(["stack", "init", STACK]);
                // The recorded default provider remembers the endpoint of the emulator that served the
                // recording; a real AWS endpoint never moves, a local one gets a new port each run.
                const config = fs.readFileSync(path.join(recorded, `Pulumi.${STACK}.yaml`), "utf8");
                const recordedUrl = /sagemaker:endpoint: (\S+)/.exec(config)?.[1];
                assert.ok(recordedUrl, "the recorded config names its endpoint");
                const stackFile = path.join(project.dir, "recorded-stack.json");
                fs.writeFileSync(stackFile, fs.readFileSync(path.join(recorded, "stack.json"), "utf8").split(recordedUrl).join(emulator.url));
                await project.ok(["stack", "import", "--file", stackFile]);
                await pointProjectAt(project, emulator.url);
                profilesInState = resourcesOfType(await project.exportStack(), PROFILE_TYPE).map((r) => String(r.outputs?.userProfileName)).sort();
            });

            after(async () => {
                await emulator?.stop();
            });

            it("imports with its profiles, which the restored service still holds", async () => {
                assert.deepStrictEqual(profilesInState, ["ana-lima", "bo-zhang", "cy-okoro", "platform-lead"]);
                assert.deepStrictEqual(await profileNames(emulator), profilesInState);
            });

            it("refreshes without changes", async () => {
                // Compared decrypted: each write of state encrypts secrets afresh.
                const outputs = async () =>
                    resourcesOfType(JSON.parse((await project.ok(["stack", "export", "--show-secrets"])).stdout) as StackExport, PROFILE_TYPE).map((r) => [r.urn, r.outputs]);
                const before = await outputs();
                const refresh = await project.ok(["refresh", "--yes", "--skip-preview"]);
                assert.match(refresh.stdout, /Resources:\s+\d+ unchanged\s/, refresh.stdout);
                assert.deepStrictEqual(await outputs(), before);
            });

            it("previews no changes with the current code", async () => {
                const preview = await project.run(["preview", "--expect-no-changes", "--diff"]);
                assert.strictEqual(preview.code, 0, preview.output);
            });

            /** `sagemaker-studio inventory` of the restored domain: each profile's manager. */
            async function managers(): Promise<Record<string, Inventory["profiles"][number]["manager"]>> {
                const command = path.join(__dirname, "..", "..", "dist", "cli", "main.js");
                const { stdout } = await promisify(execFile)(process.execPath, [command, "inventory", "--domain", DOMAIN, "--region", "us-east-1", "--format", "json"], { env: project.env() });
                return Object.fromEntries((JSON.parse(stdout) as Inventory).profiles.map((p) => [p.name, p.manager]));
            }

            it("reads as managed by a stack it does not name: the owner tag alone, which the inventory reports so", async () => {
                assert.deepStrictEqual(await managers(), { "ana-lima": { managed: true }, "bo-zhang": { managed: true }, "cy-okoro": { managed: true }, "platform-lead": { managed: true } });
            });

            it("gets the stack tag beside the owner tag it keeps at its next update, then refreshes and previews no changes", async () => {
                const before = await liveTags(emulator, "bo-zhang");
                assert.ok(!(STACK_TAG in before));
                const team = path.join(project.dir, "team.yaml");
                fs.writeFileSync(team, fs.readFileSync(team, "utf8").replace('on-call: "true"', 'on-call: "false"'));
                const up = await project.ok(["up", "--yes", "--skip-preview"]);
                assert.match(up.stdout, /1 updated/, up.stdout);
                assert.deepStrictEqual(await liveTags(emulator, "bo-zhang"), { ...before, "on-call": "false", [STACK_TAG]: "upgrade/dev" });
                assert.strictEqual((await liveTags(emulator, "bo-zhang"))[OWNER_TAG], before[OWNER_TAG], "the owner tag, the one compared, is kept");
                assert.ok(!(STACK_TAG in (await liveTags(emulator, "ana-lima"))), "a profile with no change is not written");
                await project.ok(["refresh", "--yes", "--skip-preview", "--expect-no-changes"]);
                await project.ok(["preview", "--expect-no-changes"]);
                assert.deepStrictEqual(await managers(), {
                    "ana-lima": { managed: true },
                    "bo-zhang": { managed: true, stack: "upgrade/dev" },
                    "cy-okoro": { managed: true },
                    "platform-lead": { managed: true },
                });
            });

            it("keeps the secret input encrypted", async () => {
                const state = JSON.stringify(await project.exportStack());
                assert.ok(!state.includes("cc-4101"), "the secret tag value is in state in plain text");
            });

            it("destroys every profile", async () => {
                await project.ok(["destroy", "--yes", "--skip-preview"]);
                assert.deepStrictEqual(await profileNames(emulator), []);
                assert.deepStrictEqual(resourcesOfType(await project.exportStack(), PROFILE_TYPE), []);
            });
        });
    }
});
