// `pulumi up` killed with SIGKILL at seeded random points — inside create waits
// and inside delete-before-replace — then `pulumi cancel` and `pulumi up` again:
// nothing the killed CLI started (language host, program, provider) is left
// running, and the second up converges with no manual step, no duplicate and no
// orphan.
import * as assert from "assert";
import { DescribeDomainCommand } from "@aws-sdk/client-sagemaker";
import { ListApplicationAssignmentsCommand, SSOAdminClient } from "@aws-sdk/client-sso-admin";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs } from "../support/engine";
import { assertNothingLeft, processTree } from "../support/processes";
import { emulatorClient, ProfilesStack, SSO_DOMAIN, startEmulator } from "../support/profiles-stack";
import {
    assertConverged,
    emulatorProfiles,
    memberNames,
    okPulumi,
    ROLE,
    seededRandom,
    size,
    sleep,
    startPulumi,
} from "../support/reliability";

const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };
const MEMBERS = size(8, 20);
const KILLS = size(3, 10);
const SEED = 20261126;

function ssoUser(name: string, version: number): string {
    return `${name}-v${version}@example.com`;
}

/** The team in the SSO domain: a new SSO value replaces a profile, deleting the old one first (same name). */
function team(names: string[], ssoVersion: (name: string) => number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of names) {
        out[name] = {
            domainId: SSO_DOMAIN,
            userProfileName: name,
            singleSignOnUserIdentifier: "UserName",
            singleSignOnUserValue: ssoUser(name, ssoVersion(name)),
            tags: { team: "reliability" },
            userSettings: { executionRole: ROLE },
        };
    }
    return out;
}

const MUTATIONS = /^(CreateUserProfile|DeleteUserProfile)$/;

async function waitForCalls(emulator: SageMakerLocal, count: number): Promise<void> {
    while (emulator.requests().filter((r) => MUTATIONS.test(r.operation ?? "")).length < count) await sleep(25);
}

describe(`reliability: kill -9 mid-up (${MEMBERS} members, ${KILLS} kill points)`, function () {
    let emulator: SageMakerLocal;

    before(async () => {
        // Every SSO user a round can name is in the identity store: each profile is assigned to the
        // domain's application too, so kills also land between a create and its assignment.
        const users = [
            ...memberNames("kill", MEMBERS).flatMap((name) => Array.from({ length: KILLS }, (_, v) => ssoUser(name, v))),
            ...memberNames("nockpt", MEMBERS).map((name) => ssoUser(name, 0)),
        ];
        emulator = await startEmulator(300, users);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("converges after every kill with pulumi cancel and one more pulumi up", async () => {
        const random = seededRandom(SEED);
        const names = memberNames("kill", MEMBERS);
        const version = new Map(names.map((n) => [n, 0]));
        const lastVersion = new Map(names.map((n) => [n, -1]));
        const stack = await ProfilesStack.create(emulator, "kill-mid-up");
        const client = emulatorClient(emulator);
        const report: string[] = [];

        for (let round = 0; round < KILLS; round++) {
            // Round 0 creates everything; later rounds replace a seeded third of the team (delete-before-replace).
            if (round > 0) {
                for (const name of names) if (random() < 0.35) version.set(name, version.get(name)! + 1);
            }
            await stack.declare(team(names, (n) => version.get(n)!));
            // The kill lands after a seeded number of Create/DeleteUserProfile calls, plus a seeded delay:
            // inside a create wait, between the delete and the create of a replacement, or in a delete wait.
            const changing = round === 0 ? MEMBERS : 2 * names.filter((n) => version.get(n) !== lastVersion.get(n)).length;
            const afterCalls = 1 + Math.floor(random() * Math.max(1, changing - 1));
            const extraMs = Math.round(random() * 600);
            emulator.clearRequests();
            const run = startPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
            const killedMidway = await Promise.race([
                run.done.then(() => false),
                waitForCalls(emulator, afterCalls).then(async () => {
                    await sleep(extraMs);
                    return true;
                }),
            ]);
            const tree = processTree(run.pid);
            if (killedMidway) run.kill();
            const killed = await run.done;
            // Nothing the killed CLI started (language host, program, launcher, provider) is left running.
            await assertNothingLeft(tree, stack.project.dir);
            const before = await emulatorProfiles(client, SSO_DOMAIN);
            const pending = ((await stack.project.exportStack()).deployment as { pending_operations?: { type: string }[] }).pending_operations ?? [];
            const interrupted = (killed.output.match(/(creating|deleting|updating)\.\.\./g) ?? []).length;
            for (const name of names) lastVersion.set(name, version.get(name)!);
            const cancel = await okPulumi(stack.project, ["cancel", "--yes"]).catch((e: Error) => e.message);
            const recovery = await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
            const after = await emulatorProfiles(client, SSO_DOMAIN);
            report.push(
                `round ${round}: killed=${killedMidway} after call ${afterCalls}/${changing} + ${extraMs} ms (${interrupted} steps in flight, ` +
                    `pending operations in state: ${pending.map((p) => p.type).join(",") || "none"}), ` +
                    `${before.length} profiles then (${before.filter((p) => p.status !== "InService").map((p) => `${p.name}:${p.status}`).join(" ")}), ` +
                    `${after.length} after the next up; cancel: ${typeof cancel === "string" ? cancel.split("\n")[0] : "ok"}` +
                    recovery.output
                        .split("\n")
                        .filter((line) => /interrupted|pending|adopting|no longer exists/i.test(line))
                        .map((line) => `\n        | ${line.trim()}`)
                        .join(""),
            );
            assert.strictEqual(after.length, MEMBERS, `round ${round}: ${recovery.output}`);
            assert.ok(after.every((p) => p.status === "InService"), JSON.stringify(after));
        }
        console.log(report.map((line) => `      ${line}`).join("\n"));
        const ssoProfiles = await stack.profiles();
        for (const p of ssoProfiles) {
            const name = String(p.outputs?.userProfileName);
            assert.strictEqual(p.outputs?.singleSignOnUserValue, ssoUser(name, version.get(name)!), `${name} carries the last SSO value`);
        }
        await assertConverged(stack, emulator, names, SSO_DOMAIN);
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview"]);
        assert.deepStrictEqual(await emulatorProfiles(client, SSO_DOMAIN), []);
    });

    // README and BENCHMARKS.md: with PULUMI_SKIP_CHECKPOINTS=true a killed deployment leaves the state
    // as it was before it, and the next up takes over the profiles it created by their owner tag.
    it("converges after a kill of an up that skipped checkpoints, which recorded nothing", async () => {
        const names = memberNames("nockpt", MEMBERS);
        const stack = await ProfilesStack.create(emulator, "kill-skip-checkpoints");
        const client = emulatorClient(emulator);
        await stack.declare(team(names, () => 0));
        emulator.clearRequests();
        const run = startPulumi(stack.project, ["up", "--yes", "--skip-preview"], { PULUMI_SKIP_CHECKPOINTS: "true" });
        const killedMidway = await Promise.race([run.done.then(() => false), waitForCalls(emulator, Math.ceil(MEMBERS / 2)).then(() => true)]);
        assert.ok(killedMidway, "the up was still running after half of the creates");
        const tree = processTree(run.pid);
        run.kill();
        await run.done;
        await assertNothingLeft(tree, stack.project.dir);
        const created = (await emulatorProfiles(client, SSO_DOMAIN)).filter((p) => p.name.startsWith("nockpt"));
        assert.ok(created.length >= Math.ceil(MEMBERS / 2), `${created.length} profiles created before the kill`);
        assert.strictEqual((await stack.profiles()).length, 0, "the killed up recorded no profile");
        await okPulumi(stack.project, ["cancel", "--yes"]).catch(() => undefined);
        const recovery = await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        assert.match(recovery.output, /taking it over/, recovery.output);
        assert.strictEqual((await stack.profiles()).length, MEMBERS);
        const after = (await emulatorProfiles(client, SSO_DOMAIN)).filter((p) => p.name.startsWith("nockpt"));
        assert.strictEqual(after.length, MEMBERS, "no duplicate, none missing");
        assert.ok(after.every((p) => p.status === "InService"), JSON.stringify(after));
        // The assignments the killed up made are this stack's after the recovery: none outlives the destroy.
        assert.deepStrictEqual([...new Set((await stack.profiles()).map((p) => p.outputs?.identityCenterAssignment))], ["made"]);
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview"]);
        const applicationArn = (await client.send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }))).SingleSignOnApplicationArn!;
        const ssoAdmin = new SSOAdminClient({ endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: LOCAL_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_CREDENTIALS.AWS_SECRET_ACCESS_KEY } });
        const left = (await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: applicationArn }))).ApplicationAssignments ?? [];
        assert.deepStrictEqual(left, [], "no assignment left after destroy");
    });
});
