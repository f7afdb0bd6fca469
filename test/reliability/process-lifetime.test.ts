// No process outlives the deployment that started it: `pulumi up` (and `pulumi preview`) killed
// with SIGKILL at several moments leaves, within a few seconds, none of what it started running
// (launcher, dynamic provider, language host, program), and the next `up` converges with no
// duplicate.
import * as assert from "assert";
import * as path from "path";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs } from "../support/engine";
import { ProfilesStack, startEmulator } from "../support/profiles-stack";
import { assertNothingLeft, processesOf, processTree } from "../support/processes";
import { assertConverged, memberNames, okPulumi, removeTornCheckpointSidecars, sleep, startPulumi, teamOf } from "../support/reliability";

const MEMBERS = 6;

type Moment = (stack: ProfilesStack, emulator: SageMakerLocal) => Promise<void>;

async function until(condition: () => boolean, what: string, withinMs = 60_000): Promise<void> {
    const deadline = Date.now() + withinMs;
    while (!condition()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
        await sleep(5);
    }
}

const calls = (emulator: SageMakerLocal, operation: string) => emulator.requests().filter((r) => r.operation === operation).length;

/** The moment the engine has started the dynamic provider's launcher: nothing of the provider runs yet. */
const providerStarted: Moment = (stack) =>
    until(() => processesOf(stack.project.dir).some((p) => p.args.includes("pulumi-resource-pulumi-nodejs")), "the provider's launcher runs");

/** The first CreateUserProfile has been answered: creates and their waits are under way. */
const creating: Moment = (_stack, emulator) => until(() => calls(emulator, "CreateUserProfile") >= 1, "a create was sent");

/** Every create has been sent and the provider polls the profiles' status, with no call of its own in flight. */
const waitingForStatus: Moment = async (_stack, emulator) => {
    await until(() => calls(emulator, "CreateUserProfile") >= MEMBERS, "every create was sent");
    const polls = calls(emulator, "DescribeUserProfile");
    await until(() => calls(emulator, "DescribeUserProfile") > polls + MEMBERS, "the provider polls");
};

describe("reliability: no process outlives a killed deployment", function () {
    let emulator: SageMakerLocal;

    before(async () => {
        // Profiles stay Pending for 1.5 s: long enough for a kill to land in a status wait.
        emulator = await startEmulator(1500);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    async function killUpAt(label: string, moment: Moment): Promise<void> {
        const stack = await ProfilesStack.create(emulator, label);
        const names = memberNames(label, MEMBERS);
        await stack.declare(teamOf(names));
        emulator.clearRequests();
        const run = startPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        await moment(stack, emulator);
        const tree = processTree(run.pid);
        run.kill();
        await run.done;
        await assertNothingLeft(tree, stack.project.dir);

        for (const file of removeTornCheckpointSidecars(stack.project)) console.log(`      the kill tore ${path.basename(file)}: removed`);
        await okPulumi(stack.project, ["cancel", "--yes"]).catch(() => undefined);
        await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        await assertConverged(stack, emulator, names);
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview"]);
    }

    it("as soon as the engine has started the dynamic provider", () => killUpAt("pl-started", providerStarted));

    it("while profiles are being created", () => killUpAt("pl-creating", creating));

    it("while the provider waits for the profiles' status", () => killUpAt("pl-waiting", waitingForStatus));

    it("during a preview", async () => {
        const stack = await ProfilesStack.create(emulator, "pl-preview");
        const names = memberNames("pl-preview", MEMBERS);
        await stack.declare(teamOf(names));
        emulator.clearRequests();
        const run = startPulumi(stack.project, ["preview"]);
        // The provider has been configured and checks the profiles against the domain.
        await until(() => calls(emulator, "DescribeDomain") >= 1, "the preview's checks reach the service");
        const tree = processTree(run.pid);
        assert.ok(tree.some((p) => p.args.includes("dynamic-provider")), "the provider runs at the kill");
        run.kill();
        await run.done;
        await assertNothingLeft(tree, stack.project.dir);

        await okPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        await assertConverged(stack, emulator, names);
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview"]);
    });
});
