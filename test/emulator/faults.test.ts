import * as assert from "node:assert/strict";
import {
    CreateSpaceCommand,
    CreateUserProfileCommand,
    DeleteSpaceCommand,
    DeleteUserProfileCommand,
    DescribeSpaceCommand,
    DescribeUserProfileCommand,
    ListDomainsCommand,
    ResourceLimitExceeded,
    UpdateUserProfileCommand,
    type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, pollUntil, ROLE, sdkClient, sleep, startTestEmulator, TEST_LATENCY_MS } from "./helpers";

describe("emulator: fault injection and rate limits", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    beforeEach(async () => {
        emulator = await startTestEmulator();
        client = sdkClient(emulator);
    });
    afterEach(() => emulator.stop());

    const describe_ = (name: string) => client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
    const settled = (name: string) =>
        pollUntil(() => describe_(name), (profile) => !["Pending", "Updating", "Deleting"].includes(profile.Status!));

    it("throttles the next N calls of one operation with ThrottlingException 'Rate exceeded' (400)", async () => {
        emulator.addFaults({ operation: "ListDomains", times: 2, fault: "throttle" });
        for (let attempt = 0; attempt < 2; attempt++) {
            const error = await expectAwsError(client.send(new ListDomainsCommand({})), "ThrottlingException");
            assert.equal(error.message, "Rate exceeded");
            assert.equal(error.$metadata?.httpStatusCode, 400);
        }
        await client.send(new ListDomainsCommand({}));
        await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "x" })).catch(() => undefined);
        assert.deepEqual(
            emulator.requests().map((entry) => [entry.operation, entry.status, entry.errorCode]),
            [
                ["ListDomains", 400, "ThrottlingException"],
                ["ListDomains", 400, "ThrottlingException"],
                ["ListDomains", 200, undefined],
                ["DescribeUserProfile", 400, "ResourceNotFound"],
            ],
        );
    });

    it("lets the SDK's retries get through an injected throttle", async () => {
        emulator.addFaults({ operation: "ListDomains", times: 1, fault: "throttle" });
        const retrying = sdkClient(emulator, "us-east-1", 3);
        const output = await retrying.send(new ListDomainsCommand({}));
        assert.equal(output.$metadata.attempts, 2);
    });

    it("answers injected server errors: 500 InternalFailure by default, or the given status and code", async () => {
        emulator.addFaults([
            { operation: "ListDomains", fault: "serverError" },
            { operation: "ListDomains", fault: "serverError", status: 503, code: "ServiceUnavailable", message: "try later" },
        ]);
        const first = await expectAwsError(client.send(new ListDomainsCommand({})), "InternalFailure");
        assert.equal(first.$metadata?.httpStatusCode, 500);
        assert.equal((first as unknown as { $fault: string }).$fault, "server");
        const second = await expectAwsError(client.send(new ListDomainsCommand({})), "ServiceUnavailable");
        assert.equal(second.$metadata?.httpStatusCode, 503);
        assert.equal(second.message, "try later");
        await client.send(new ListDomainsCommand({}));
    });

    it("answers injected client errors such as ResourceLimitExceeded as the SDK's modeled error class", async () => {
        emulator.addFaults({
            operation: "CreateUserProfile",
            fault: "clientError",
            code: "ResourceLimitExceeded",
            message: "The account-level service limit 'Maximum number of user profiles' is 1.",
        });
        const error = await expectAwsError(
            client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "over-quota" })),
            "ResourceLimitExceeded",
        );
        assert.ok(error instanceof ResourceLimitExceeded);
        assert.equal(error.$metadata?.httpStatusCode, 400);
        assert.match(error.message, /service limit/);
        await expectAwsError(describe_("over-quota"), "ResourceNotFound");
    });

    it("answers a space as missing the way the service sometimes does: an injected ValidationException whose message names RecordNotFound", async () => {
        const space = { DomainId: DOMAIN, SpaceName: "lab" };
        await client.send(new CreateSpaceCommand(space));
        emulator.addFaults([
            { operation: "DescribeSpace", fault: "clientError", code: "ValidationException", message: "RecordNotFound" },
            { operation: "DeleteSpace", fault: "clientError", code: "ValidationException", message: "RecordNotFound" },
        ]);
        for (const call of [() => client.send(new DescribeSpaceCommand(space)), () => client.send(new DeleteSpaceCommand(space))]) {
            const error = await expectAwsError(call(), "ValidationException");
            assert.match(error.message, /RecordNotFound/);
            assert.equal(error.$metadata?.httpStatusCode, 400);
        }
        assert.equal((await client.send(new DescribeSpaceCommand(space))).SpaceName, "lab", "each rule answered once, and the delete never ran");
        assert.deepEqual(
            emulator.requests().filter((entry) => entry.operation !== "CreateSpace").map((entry) => [entry.operation, entry.status, entry.errorCode]),
            [
                ["DescribeSpace", 400, "ValidationException"],
                ["DeleteSpace", 400, "ValidationException"],
                ["DescribeSpace", 200, undefined],
            ],
        );
    });

    it("delays the next N calls by the given time", async () => {
        emulator.addFaults({ operation: "ListDomains", times: 1, fault: "delay", delayMs: 250 });
        let started = Date.now();
        await client.send(new ListDomainsCommand({}));
        assert.ok(Date.now() - started >= 240, "first call delayed");
        started = Date.now();
        await client.send(new ListDomainsCommand({}));
        assert.ok(Date.now() - started < 200, "second call not delayed");
    });

    it("leaves a created profile Failed with the given reason", async () => {
        emulator.addFaults({ operation: "CreateUserProfile", fault: "failTransition", reason: "EFS mount target unavailable" });
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "doomed" }));
        const failed = await settled("doomed");
        assert.equal(failed.Status, "Failed");
        assert.equal(failed.FailureReason, "EFS mount target unavailable");
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "fine" }));
        assert.equal((await settled("fine")).Status, "InService", "the rule fired once");
        await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "doomed" }));
    });

    it("leaves an updated profile Update_Failed with its previous settings; a retry succeeds", async () => {
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "upd", UserSettings: { ExecutionRole: ROLE } }));
        await settled("upd");
        emulator.addFaults({ operation: "UpdateUserProfile", fault: "failTransition", reason: "role not assumable" });
        const update = { DomainId: DOMAIN, UserProfileName: "upd", UserSettings: { SecurityGroups: ["sg-0abc"] } };
        await client.send(new UpdateUserProfileCommand(update));
        const failed = await settled("upd");
        assert.equal(failed.Status, "Update_Failed");
        assert.equal(failed.FailureReason, "role not assumable");
        assert.deepEqual(failed.UserSettings, { ExecutionRole: ROLE });
        await client.send(new UpdateUserProfileCommand(update));
        const retried = await settled("upd");
        assert.equal(retried.Status, "InService");
        assert.equal(retried.FailureReason, undefined);
        assert.deepEqual(retried.UserSettings, { ExecutionRole: ROLE, SecurityGroups: ["sg-0abc"] });
    });

    it("leaves a deleted profile Delete_Failed; deleting again removes it", async () => {
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "sticky" }));
        await settled("sticky");
        emulator.addFaults({ operation: "DeleteUserProfile", fault: "failTransition", reason: "apps still stopping" });
        await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "sticky" }));
        const failed = await settled("sticky");
        assert.equal(failed.Status, "Delete_Failed");
        assert.equal(failed.FailureReason, "apps still stopping");
        await client.send(new DeleteUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "sticky" }));
        await sleep(TEST_LATENCY_MS * 3);
        await expectAwsError(describe_("sticky"), "ResourceNotFound");
    });

    it("does not spend a failTransition rule on a call that fails validation", async () => {
        emulator.addFaults({ operation: "CreateUserProfile", fault: "failTransition", reason: "boom" });
        await expectAwsError(client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "bad_name" })), "ValidationException");
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "second" }));
        assert.equal((await settled("second")).Status, "Failed");
    });

    it("clears fault rules", async () => {
        emulator.addFaults({ operation: "ListDomains", times: 5, fault: "throttle" });
        emulator.clearFaults();
        await client.send(new ListDomainsCommand({}));
    });

    it("rejects malformed fault rules", () => {
        assert.throws(() => emulator.addFaults({ operation: "ListDomains", fault: "explode" } as never), /fault/);
        assert.throws(() => emulator.addFaults({ operation: "ListDomains", fault: "delay" } as never), /delayMs/);
        assert.throws(() => emulator.addFaults({ operation: "ListDomains", fault: "throttle", times: 0 }), /times/);
        assert.throws(() => emulator.addFaults({ operation: "ListDomains", fault: "clientError", code: "X", status: 500 }), /4xx/);
        assert.throws(() => emulator.addFaults({ operation: "ListDomains", fault: "serverError", status: 400 }), /5xx/);
    });

    it("throttles calls beyond a per-operation rate limit, and only that operation", async () => {
        emulator.setRateLimits({ ListDomains: 3 });
        const outcomes = await Promise.all(
            Array.from({ length: 5 }, () => client.send(new ListDomainsCommand({})).then(() => "ok", (error: Error) => error.name)),
        );
        assert.equal(outcomes.filter((outcome) => outcome === "ok").length, 3);
        assert.equal(outcomes.filter((outcome) => outcome === "ThrottlingException").length, 2);
        await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "x" })).catch((error: Error) => {
            assert.equal(error.name, "ResourceNotFound");
        });
        await sleep(1050);
        await client.send(new ListDomainsCommand({}));
        emulator.setRateLimits({});
        await Promise.all(Array.from({ length: 5 }, () => client.send(new ListDomainsCommand({}))));
    });
});
