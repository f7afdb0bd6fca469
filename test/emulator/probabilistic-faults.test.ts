import * as assert from "node:assert/strict";
import { DescribeUserProfileCommand, ListDomainsCommand, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { FaultInjector } from "../../emulator/faults/fault-injector";
import { parseFaultRules } from "../../emulator/faults/fault-rules";
import { DOMAIN, sdkClient, startTestEmulator } from "./helpers";

/** The outcome of `count` ListDomains calls: "ok" or the error name. */
async function outcomes(client: SageMakerClient, count: number): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
        out.push(await client.send(new ListDomainsCommand({})).then(() => "ok", (error: Error) => error.name));
    }
    return out;
}

describe("emulator: probabilistic fault rules", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    beforeEach(async () => {
        emulator = await startTestEmulator();
        client = sdkClient(emulator);
    });
    afterEach(() => emulator.stop());

    it("throttles about the given share of calls, the same calls for the same seed", async () => {
        emulator.addFaults({ operation: "ListDomains", fault: "throttle", probability: 0.5, seed: 42 });
        const first = await outcomes(client, 200);
        const throttled = first.filter((o) => o === "ThrottlingException").length;
        assert.ok(throttled > 70 && throttled < 130, `${throttled} of 200 throttled`);
        assert.ok(first.every((o) => o === "ok" || o === "ThrottlingException"));
        emulator.clearFaults();
        emulator.addFaults({ operation: "ListDomains", fault: "throttle", probability: 0.5, seed: 42 });
        assert.deepEqual(await outcomes(client, 200), first);
        emulator.clearFaults();
        emulator.addFaults({ operation: "ListDomains", fault: "throttle", probability: 0.5, seed: 43 });
        assert.notDeepEqual(await outcomes(client, 200), first);
    });

    it("stays armed without times, and stops after times firings with times", async () => {
        emulator.addFaults({ operation: "ListDomains", fault: "serverError", probability: 1, times: 3 });
        assert.deepEqual(await outcomes(client, 5), ["InternalFailure", "InternalFailure", "InternalFailure", "ok", "ok"]);
        emulator.addFaults({ operation: "ListDomains", fault: "serverError", probability: 1 });
        assert.deepEqual(await outcomes(client, 20), Array(20).fill("InternalFailure"));
        assert.equal(emulator.requests().length, 25);
    });

    it("matches every operation with '*'", async () => {
        emulator.addFaults({ operation: "*", fault: "throttle", probability: 1, times: 2 });
        await assert.rejects(client.send(new ListDomainsCommand({})), { name: "ThrottlingException" });
        await assert.rejects(client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "x" })), {
            name: "ThrottlingException",
        });
        await assert.rejects(client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "x" })), {
            name: "ResourceNotFound",
        });
    });

    it("lists a probabilistic rule without a cap with remaining null, over the admin API too", async () => {
        const injector = new FaultInjector();
        injector.add(parseFaultRules([{ operation: "*", fault: "delay", delayMs: 5, probability: 0.1, seed: 7 }]));
        assert.deepEqual(injector.list(), [{ operation: "*", fault: "delay", delayMs: 5, probability: 0.1, seed: 7, remaining: null }]);
        const posted = await fetch(`${emulator.url}/_admin/faults`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ operation: "*", fault: "throttle", probability: 0.25 }),
        });
        assert.equal(posted.status, 200);
        assert.deepEqual(await posted.json(), [{ operation: "*", fault: "throttle", probability: 0.25, remaining: null }]);
    });

    it("draws the same decisions from the same seed in the injector alone", () => {
        const decide = (seed: number) => {
            const injector = new FaultInjector();
            injector.add(parseFaultRules([{ operation: "*", fault: "serverError", probability: 0.1, seed }]));
            return Array.from({ length: 500 }, () => (injector.decide("DescribeUserProfile").error ? 1 : 0));
        };
        const a = decide(9);
        assert.deepEqual(decide(9), a);
        const fired = a.reduce<number>((sum, x) => sum + x, 0);
        assert.ok(fired > 25 && fired < 80, `${fired} of 500`);
    });

    it("rejects a probability outside (0, 1] and a non-integer seed", () => {
        assert.throws(() => emulator.addFaults({ operation: "*", fault: "throttle", probability: 0 }), /probability/);
        assert.throws(() => emulator.addFaults({ operation: "*", fault: "throttle", probability: 1.5 }), /probability/);
        assert.throws(() => emulator.addFaults({ operation: "*", fault: "throttle", probability: 0.5, seed: 1.5 }), /seed/);
    });
});
