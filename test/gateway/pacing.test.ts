import * as assert from "assert";
import { isThrottling, OperationPacer } from "../../gateway/pacing";

/** A pacer on a fake clock: sleeping advances it. */
function fakePacer() {
    let now = 0;
    const slept: number[] = [];
    const pacer = new OperationPacer(
        () => now,
        async (ms) => {
            slept.push(ms);
            now += ms;
        },
    );
    return { pacer, slept, advance: (ms: number) => (now += ms), now: () => now };
}

describe("gateway/pacing", () => {
    it("does not pace an operation that was never throttled", async () => {
        const { pacer, slept } = fakePacer();
        for (let i = 0; i < 5; i++) pacer.succeeded(await pacer.slot("CreateUserProfile"));
        assert.deepStrictEqual(slept, []);
        assert.strictEqual(pacer.gapMs("CreateUserProfile"), 0);
    });

    it("spaces calls of a throttled operation, and only that operation", async () => {
        const { pacer, slept } = fakePacer();
        pacer.throttled(await pacer.slot("CreateUserProfile"));
        const gap = pacer.gapMs("CreateUserProfile");
        assert.ok(gap > 0);
        await pacer.slot("CreateUserProfile");
        await pacer.slot("CreateUserProfile");
        assert.deepStrictEqual(slept, [gap, gap]);
        await pacer.slot("DescribeUserProfile");
        assert.strictEqual(slept.length, 2);
    });

    it("widens once per burst: throttles of calls sent under an older gap do not count again", async () => {
        const { pacer } = fakePacer();
        const burst = await Promise.all(Array.from({ length: 8 }, () => pacer.slot("CreateUserProfile")));
        for (const ticket of burst) pacer.throttled(ticket);
        const afterBurst = pacer.gapMs("CreateUserProfile");
        pacer.throttled(await pacer.slot("CreateUserProfile"));
        assert.ok(pacer.gapMs("CreateUserProfile") > afterBurst);
        assert.ok(afterBurst <= 100, `one burst widened the gap to ${afterBurst} ms`);
    });

    it("narrows the gap with successes until pacing stops", async () => {
        const { pacer } = fakePacer();
        pacer.throttled(await pacer.slot("CreateUserProfile"));
        let successes = 0;
        while (pacer.gapMs("CreateUserProfile") > 0 && successes < 1000) {
            pacer.succeeded(await pacer.slot("CreateUserProfile"));
            successes++;
        }
        assert.strictEqual(pacer.gapMs("CreateUserProfile"), 0);
        assert.ok(successes > 5 && successes < 100, `${successes} successes`);
    });

    it("settles near the rate a sliding-window limit accepts", async () => {
        // A service that accepts 2 calls per second, called back to back for a simulated minute.
        const { pacer, advance, now } = fakePacer();
        const accepted: number[] = [];
        let throttles = 0;
        while (now() < 60_000) {
            const ticket = await pacer.slot("CreateUserProfile");
            const recent = accepted.filter((t) => now() - t < 1000);
            if (recent.length >= 2) {
                throttles++;
                pacer.throttled(ticket);
            } else {
                accepted.push(now());
                pacer.succeeded(ticket);
            }
            advance(5);
        }
        const rate = accepted.length / 60;
        assert.ok(rate > 1.7 && rate <= 2, `${rate.toFixed(2)} calls/s accepted, ${throttles} throttled`);
    });

    it("recognises throttling as the SDK does", () => {
        assert.ok(isThrottling({ name: "ThrottlingException" }));
        assert.ok(isThrottling({ name: "Anything", $metadata: { httpStatusCode: 429 } }));
        assert.ok(isThrottling({ name: "Other", $retryable: { throttling: true } }));
        assert.ok(!isThrottling({ name: "ValidationException", $metadata: { httpStatusCode: 400 } }));
        assert.ok(!isThrottling(undefined));
    });
});
