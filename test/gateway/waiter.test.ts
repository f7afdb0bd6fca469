import * as assert from "assert";
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { PHASE_SPAN, pollPhases, waitFor } from "../../gateway/waiter";
import { configureFromStack, DEFAULT_SETTINGS } from "../../gateway/settings";

const client = new SageMakerClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });

/** A resource that reports the given statuses, one per describe, then keeps the last. */
function scripted(statuses: (string | undefined)[]) {
    let calls = 0;
    return {
        get calls() {
            return calls;
        },
        describe: async () => statuses[Math.min(calls++, statuses.length - 1)],
    };
}

const judge = (s: string | undefined) =>
    s === "InService" ? { state: "done" as const } : s === "Failed" ? { state: "failed" as const, reason: "it failed" } : { state: "pending" as const };

describe("gateway/waiter", () => {
    before(() => configureFromStack({ get: (key) => ({ "sagemaker:pollMinDelay": "0.02", "sagemaker:pollMaxDelay": "0.08" })[key] }));
    after(() => configureFromStack({ get: () => undefined }));

    it("polls at constant intervals that double with the time waited, then backs off up to the maximum", () => {
        const phases = pollPhases(1, 15);
        assert.deepStrictEqual(phases.slice(0, 4).map((p) => [p.minDelay, p.maxDelay]), [[1, 1], [2, 2], [4, 4], [8, 8]]);
        assert.ok(phases.slice(0, 4).every((p) => p.until === (PHASE_SPAN + 0.5) * p.minDelay));
        assert.deepStrictEqual(phases[4], { minDelay: 7.5, maxDelay: 15, until: Infinity });
        assert.deepStrictEqual(pollPhases(5, 5), [{ minDelay: 5, maxDelay: 5, until: Infinity }]);
        assert.strictEqual(DEFAULT_SETTINGS.pollMinDelay, 1);
    });

    it("is done when the resource settles, with its last description", async () => {
        const resource = scripted(["Pending", "Pending", "InService"]);
        const outcome = await waitFor(client, { label: "x", describe: resource.describe, judge, status: (s) => s ?? "gone" }, 10);
        assert.deepStrictEqual(outcome, { state: "done", value: "InService" });
        assert.strictEqual(resource.calls, 3);
    });

    it("fails with the judge's reason, and times out with the last status", async () => {
        const failing = scripted(["Pending", "Failed"]);
        assert.deepStrictEqual(await waitFor(client, { label: "x", describe: failing.describe, judge, status: String }, 10), {
            state: "failed",
            value: "Failed",
            reason: "it failed",
        });
        const started = Date.now();
        const stuck = scripted(["Pending"]);
        const outcome = await waitFor(client, { label: "x", describe: stuck.describe, judge, status: String }, 0.5);
        assert.strictEqual(outcome.state, "timeout");
        assert.strictEqual(outcome.value, "Pending");
        const waited = Date.now() - started;
        // The deadline is at least one poll interval past the start and the last poll comes before it.
        assert.ok(waited >= 400 && waited < 3000, `waited ${waited} ms`);
        assert.ok(stuck.calls >= 5, `${stuck.calls} polls`);
    });
});
