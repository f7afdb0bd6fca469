import * as assert from "node:assert/strict";
import { CreateUserCommand, GetUserIdCommand, IdentitystoreClient, ListUsersCommand } from "@aws-sdk/client-identitystore";
import { ListInstancesCommand, SSOAdminClient } from "@aws-sdk/client-sso-admin";
import type { SageMakerLocal } from "../../../emulator";
import { OPERATIONS as IDENTITY_STORE_MODEL } from "../../../model/generated/identitystore-model";
import { OPERATIONS as SSO_ADMIN_MODEL } from "../../../model/generated/sso-admin-model";
import { IDENTITY_STORE_OPERATIONS, SSO_ADMIN_OPERATIONS } from "../../../emulator/responses/identity-center/registry";
import { OPERATIONS as SAGEMAKER_OPERATIONS } from "../../../emulator/responses/registry";
import { expectAwsError, rawCall, startTestEmulator } from "../helpers";
import { identityStoreClient, ssoAdminClient, STORE } from "./helpers";

async function admin(emulator: SageMakerLocal, method: string, path: string, body?: unknown) {
    const response = await fetch(`${emulator.url}/_admin/${path}`, {
        method,
        ...(body !== undefined ? { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } } : {}),
    });
    return { status: response.status, json: (await response.json()) as any };
}

describe("emulator: Identity Center on the shared endpoint (dispatch, faults, rate limits, request log)", function () {
    this.timeout(30000);
    let emulator: SageMakerLocal;
    let identityStore: IdentitystoreClient;
    beforeEach(async () => {
        emulator = await startTestEmulator({ seedUsers: ["alice"] });
        identityStore = identityStoreClient(emulator);
    });
    afterEach(() => emulator.stop());

    const listUsers = () => identityStore.send(new ListUsersCommand({ IdentityStoreId: STORE }));

    it("serves every modeled operation of both services, and no operation name in two services", () => {
        assert.deepEqual([...SSO_ADMIN_OPERATIONS.keys()].sort(), Object.keys(SSO_ADMIN_MODEL).sort());
        assert.deepEqual([...IDENTITY_STORE_OPERATIONS.keys()].sort(), Object.keys(IDENTITY_STORE_MODEL).sort());
        const names = [...SAGEMAKER_OPERATIONS.keys(), ...SSO_ADMIN_OPERATIONS.keys(), ...IDENTITY_STORE_OPERATIONS.keys()];
        assert.equal(new Set(names).size, names.length);
    });

    it("is found by the unmodified clients through AWS_ENDPOINT_URL_SSO_ADMIN and AWS_ENDPOINT_URL_IDENTITYSTORE", async () => {
        const saved = { ...process.env };
        process.env.AWS_ENDPOINT_URL_SSO_ADMIN = emulator.url;
        process.env.AWS_ENDPOINT_URL_IDENTITYSTORE = emulator.url;
        try {
            const options = { region: "eu-central-1", maxAttempts: 1, credentials: { accessKeyId: "AKIDTESTLOCAL", secretAccessKey: "secret" } };
            const instances = await new SSOAdminClient(options).send(new ListInstancesCommand({}));
            assert.equal(instances.Instances![0]!.IdentityStoreId, STORE);
            const users = await new IdentitystoreClient(options).send(new ListUsersCommand({ IdentityStoreId: STORE }));
            assert.deepEqual(users.Users!.map((user) => user.UserName), ["alice"]);
        } finally {
            for (const name of ["AWS_ENDPOINT_URL_SSO_ADMIN", "AWS_ENDPOINT_URL_IDENTITYSTORE"]) {
                if (saved[name] === undefined) delete process.env[name];
                else process.env[name] = saved[name];
            }
        }
    });

    it("dispatches on the X-Amz-Target prefix: an operation of another service, or an unknown one, is UnknownOperationException", async () => {
        for (const target of ["AWSIdentityStore.ListInstances", "SWBExternalService.ListUsers", "SageMaker.ListUsers", "AWSIdentityStore.NoSuchThing"]) {
            const response = await rawCall(emulator.url, target, JSON.stringify({ IdentityStoreId: STORE }));
            assert.equal(response.status, 400, target);
            assert.equal(response.json.__type, "UnknownOperationException", target);
        }
        const ok = await rawCall(emulator.url, "SWBExternalService.ListInstances", "");
        assert.equal(ok.status, 200);
        assert.equal(ok.headers.get("content-type"), "application/x-amz-json-1.1");
        assert.ok(ok.headers.get("x-amzn-requestid"));
        const broken = await rawCall(emulator.url, "AWSIdentityStore.ListUsers", "{ not json");
        assert.equal(broken.json.__type, "SerializationException");
    });

    it("sends the error shape's extra members in the body, and the code in x-amzn-ErrorType", async () => {
        const response = await rawCall(emulator.url, "AWSIdentityStore.ListUsers", JSON.stringify({ IdentityStoreId: "d-0000000000" }));
        assert.equal(response.status, 400);
        assert.equal(response.headers.get("x-amzn-errortype"), "ResourceNotFoundException");
        assert.deepEqual(response.json, {
            __type: "ResourceNotFoundException",
            message: "Identity store not found.",
            ResourceType: "IDENTITY_STORE",
            ResourceId: "d-0000000000",
        });
    });

    it("applies fault rules naming an operation bare or by its X-Amz-Target, and records the calls with their service", async () => {
        emulator.addFaults([
            { operation: "CreateUser", fault: "throttle" },
            { operation: "SWBExternalService.ListInstances", fault: "serverError" },
            { operation: "AWSIdentityStore.GetUserId", fault: "clientError", code: "AccessDeniedException", message: "nope" },
        ]);
        const user = { IdentityStoreId: STORE, UserName: "gina", DisplayName: "Gina", Name: { GivenName: "Gina", FamilyName: "G" } };
        const throttled = await expectAwsError(identityStore.send(new CreateUserCommand(user)), "ThrottlingException");
        assert.equal(throttled.message, "Rate exceeded");
        const failed = await expectAwsError(ssoAdminClient(emulator).send(new ListInstancesCommand({})), "InternalServerException");
        assert.equal(failed.$metadata?.httpStatusCode, 500);
        const byAlice = { IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: "alice" } } };
        await expectAwsError(identityStore.send(new GetUserIdCommand(byAlice)), "AccessDeniedException");
        await identityStore.send(new CreateUserCommand(user));
        await identityStore.send(new GetUserIdCommand(byAlice));
        assert.deepEqual(
            emulator.requests().map((entry) => [entry.service, entry.operation, entry.status, entry.errorCode]),
            [
                ["AWSIdentityStore", "CreateUser", 400, "ThrottlingException"],
                ["SWBExternalService", "ListInstances", 500, "InternalServerException"],
                ["AWSIdentityStore", "GetUserId", 400, "AccessDeniedException"],
                ["AWSIdentityStore", "CreateUser", 200, undefined],
                ["AWSIdentityStore", "GetUserId", 200, undefined],
            ],
        );
        const unknownTarget = await rawCall(emulator.url, "Nobody.Nothing", "{}");
        assert.equal(unknownTarget.json.__type, "UnknownOperationException");
        const last = emulator.requests().at(-1)!;
        assert.equal(last.operation, "Nobody.Nothing");
        assert.ok(!("service" in last), "no service for a target that names none");
    });

    it("lets the SDK's retries get through injected throttles, and holds calls for a delay fault", async () => {
        emulator.addFaults({ operation: "ListUsers", times: 2, fault: "throttle" });
        const retried = await identityStoreClient(emulator, "us-east-1", 3).send(new ListUsersCommand({ IdentityStoreId: STORE }));
        assert.equal(retried.$metadata.attempts, 3);
        emulator.addFaults({ operation: "AWSIdentityStore.ListUsers", fault: "delay", delayMs: 300 });
        const started = Date.now();
        await listUsers();
        assert.ok(Date.now() - started >= 300);
    });

    it("rate-limits an identity store operation, by its name or its X-Amz-Target, through the admin interface too", async () => {
        const set = await admin(emulator, "POST", "rate-limits", { ListUsers: 1 });
        assert.deepEqual(set.json, { ListUsers: 1 });
        await listUsers();
        await expectAwsError(listUsers(), "ThrottlingException");
        emulator.setRateLimits({ "AWSIdentityStore.GetUserId": 1 });
        await listUsers();
        const byAlice = { IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: "alice" } } };
        await identityStore.send(new GetUserIdCommand(byAlice));
        await expectAwsError(identityStore.send(new GetUserIdCommand(byAlice)), "ThrottlingException");
        await admin(emulator, "DELETE", "rate-limits");
        await identityStore.send(new GetUserIdCommand(byAlice));

        const armed = await admin(emulator, "POST", "faults", { operation: "AWSIdentityStore.ListUsers", fault: "throttle" });
        assert.deepEqual(armed.json, [{ operation: "AWSIdentityStore.ListUsers", fault: "throttle", remaining: 1 }]);
        await expectAwsError(listUsers(), "ThrottlingException");
        const log = await admin(emulator, "GET", "requests");
        assert.deepEqual(log.json.at(-1), { time: log.json.at(-1).time, service: "AWSIdentityStore", operation: "ListUsers", status: 400, errorCode: "ThrottlingException" });
    });
});
