import * as assert from "node:assert/strict";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, rawCall, startTestEmulator } from "./helpers";

async function admin(emulator: SageMakerLocal, method: string, path: string, body?: unknown) {
    const response = await fetch(`${emulator.url}/_admin/${path}`, {
        method,
        ...(body !== undefined ? { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } } : {}),
    });
    return { status: response.status, json: (await response.json()) as any };
}

const describeDomain = (emulator: SageMakerLocal) =>
    rawCall(emulator.url, "SageMaker.DescribeDomain", JSON.stringify({ DomainId: DOMAIN }));

describe("emulator: admin interface", () => {
    let emulator: SageMakerLocal;
    beforeEach(async () => {
        emulator = await startTestEmulator();
    });
    afterEach(() => emulator.stop());

    it("GET /_admin/requests returns the request log; DELETE clears it", async () => {
        await describeDomain(emulator);
        await rawCall(emulator.url, "SageMaker.DescribeUserProfile", JSON.stringify({ DomainId: DOMAIN, UserProfileName: "ghost" }));
        await rawCall(emulator.url, "SageMaker.NoSuchThing", "{}");
        const log = await admin(emulator, "GET", "requests");
        assert.equal(log.status, 200);
        assert.deepEqual(
            log.json.map((entry: any) => [entry.operation, entry.status, entry.errorCode]),
            [
                ["DescribeDomain", 200, undefined],
                ["DescribeUserProfile", 400, "ResourceNotFound"],
                ["NoSuchThing", 400, "UnknownOperationException"],
            ],
        );
        for (const entry of log.json) assert.ok(!Number.isNaN(Date.parse(entry.time)));
        assert.deepEqual(emulator.requests().map((entry) => entry.operation), log.json.map((entry: any) => entry.operation));
        assert.equal((await admin(emulator, "DELETE", "requests")).status, 200);
        assert.deepEqual((await admin(emulator, "GET", "requests")).json, []);
    });

    it("does not log admin calls", async () => {
        await admin(emulator, "GET", "faults");
        assert.deepEqual(emulator.requests(), []);
    });

    it("POST /_admin/faults arms rules; DELETE /_admin/faults clears them", async () => {
        const armed = await admin(emulator, "POST", "faults", [{ operation: "DescribeDomain", times: 2, fault: "throttle" }]);
        assert.equal(armed.status, 200);
        assert.deepEqual(armed.json, [{ operation: "DescribeDomain", times: 2, fault: "throttle", remaining: 2 }]);
        assert.equal((await describeDomain(emulator)).json.__type, "ThrottlingException");
        assert.equal((await admin(emulator, "GET", "faults")).json[0].remaining, 1);
        await admin(emulator, "DELETE", "faults");
        assert.equal((await describeDomain(emulator)).status, 200);
        await admin(emulator, "POST", "faults", { operation: "DescribeDomain", fault: "serverError" });
        const failed = await describeDomain(emulator);
        assert.equal(failed.status, 500);
        assert.equal(failed.json.__type, "InternalFailure");
    });

    it("POST /_admin/rate-limits sets per-operation limits", async () => {
        const set = await admin(emulator, "POST", "rate-limits", { DescribeDomain: 1 });
        assert.deepEqual(set.json, { DescribeDomain: 1 });
        assert.equal((await describeDomain(emulator)).status, 200);
        assert.equal((await describeDomain(emulator)).json.__type, "ThrottlingException");
        await admin(emulator, "DELETE", "rate-limits");
        assert.equal((await describeDomain(emulator)).status, 200);
    });

    it("answers malformed admin input with 400 and unknown admin routes with 404", async () => {
        assert.equal((await admin(emulator, "POST", "faults", { operation: "DescribeDomain", fault: "nope" })).status, 400);
        assert.equal((await admin(emulator, "POST", "rate-limits", { DescribeDomain: -1 })).status, 400);
        assert.equal((await admin(emulator, "GET", "secrets")).status, 404);
    });

    it("is not reachable through X-Amz-Target", async () => {
        for (const target of ["SageMaker._admin/faults", "SageMaker./_admin/requests", "_admin.faults", "SageMaker.constructor", "SageMaker.__proto__"]) {
            const response = await rawCall(emulator.url, target, JSON.stringify([{ operation: "DescribeDomain", fault: "throttle" }]));
            assert.equal(response.status, 400);
            assert.equal(response.json.__type, "UnknownOperationException", target);
        }
        assert.deepEqual((await admin(emulator, "GET", "faults")).json, []);
    });
});
