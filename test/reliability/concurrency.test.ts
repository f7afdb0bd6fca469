// Concurrency: a second `pulumi up` on a stack that is being updated is refused
// by the stack lock and changes nothing; one `pulumi up --parallel 32` of a large
// team converges under a rate limit of 5 calls per second.
import * as assert from "assert";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs } from "../support/engine";
import { ProfilesStack, startEmulator } from "../support/profiles-stack";
import { assertConverged, memberNames, okPulumi, runPulumi, size, sleep, startPulumi, teamOf } from "../support/reliability";

const LOCKED_MEMBERS = size(6, 20);
const LARGE_TEAM = size(20, 100);

describe(`reliability: concurrency (lock; ${LARGE_TEAM} members at --parallel 32 under 5 calls/s)`, function () {
    let emulator: SageMakerLocal;

    before(async () => {
        emulator = await startEmulator(200);
    });

    afterEach(() => emulator.setRateLimits({}));

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("refuses a second up on the same stack while the first runs, and the first completes intact", async () => {
        const stack = await ProfilesStack.create(emulator, "concurrent-lock");
        const names = memberNames("lock", LOCKED_MEMBERS);
        await stack.declare(teamOf(names));
        emulator.clearRequests();
        // Slow creates keep the first run going while the second one starts.
        emulator.addFaults({ operation: "CreateUserProfile", fault: "delay", delayMs: 5000, times: LOCKED_MEMBERS });
        const first = startPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        // The first run holds the lock once it is creating profiles.
        while (!/UserProfile lock-\d\d creating/.test(first.output())) {
            await sleep(25);
        }
        const second = await runPulumi(stack.project, ["up", "--yes", "--skip-preview"]);
        assert.strictEqual(first.output().includes("Duration:"), false, `the first run was still going when the second was refused:\n${second.output}`);
        assert.notStrictEqual(second.code, 0, second.output);
        assert.match(second.output, /currently locked/, second.output);
        const firstResult = await first.done;
        assert.strictEqual(firstResult.code, 0, firstResult.output);
        assert.match(firstResult.output, new RegExp(`\\+ ${LOCKED_MEMBERS + 1} created`), "the profiles and the stack");
        const creates = emulator.requests().filter((r) => r.operation === "CreateUserProfile" && r.status === 200).length;
        assert.strictEqual(creates, LOCKED_MEMBERS, "the refused run created nothing");
        await assertConverged(stack, emulator, names);
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview"]);
    });

    it(`converges a team of ${LARGE_TEAM} at --parallel 32 under a rate limit of 5 calls/s`, async () => {
        const stack = await ProfilesStack.create(emulator, "concurrent-large");
        const names = memberNames("crowd", LARGE_TEAM);
        await stack.declare(teamOf(names));
        emulator.clearRequests();
        emulator.setRateLimits({ "*": 5 });
        const started = Date.now();
        const up = await okPulumi(stack.project, ["up", "--yes", "--skip-preview", "--parallel", "32"]);
        const seconds = Math.round((Date.now() - started) / 1000);
        const calls = emulator.requests();
        const throttled = calls.filter((r) => r.errorCode === "ThrottlingException").length;
        console.log(`      ${LARGE_TEAM} profiles in ${seconds} s: ${calls.length} calls, ${throttled} throttled by the rate limit`);
        assert.match(up.output, new RegExp(`\\+ ${LARGE_TEAM + 1} created`), "the profiles and the stack");
        emulator.setRateLimits({});
        await assertConverged(stack, emulator, names);
        await okPulumi(stack.project, ["destroy", "--yes", "--skip-preview", "--parallel", "32"]);
    });
});
