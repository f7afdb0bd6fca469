import * as assert from "node:assert/strict";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, rawCall, startTestEmulator } from "./helpers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIGV4 = (region: string) =>
    `AWS4-HMAC-SHA256 Credential=AKIDTEST/20261125/${region}/sagemaker/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=${"0".repeat(64)}`;

describe("emulator: awsJson1_1 protocol", () => {
    let emulator: SageMakerLocal;
    before(async () => {
        emulator = await startTestEmulator();
    });
    after(() => emulator.stop());

    it("dispatches on X-Amz-Target and answers JSON with a request id", async () => {
        const response = await rawCall(emulator.url, "SageMaker.DescribeDomain", JSON.stringify({ DomainId: DOMAIN }));
        assert.equal(response.status, 200);
        assert.equal(response.headers.get("content-type"), "application/x-amz-json-1.1");
        assert.match(response.headers.get("x-amzn-requestid") ?? "", UUID);
        assert.equal(response.json.DomainId, DOMAIN);
        assert.equal(response.headers.get("x-amzn-errortype"), null);
    });

    it("sends timestamps as epoch-second numbers with a millisecond fraction", async () => {
        const before = Date.now() / 1000;
        await rawCall(emulator.url, "SageMaker.CreateUserProfile", JSON.stringify({ DomainId: DOMAIN, UserProfileName: "stamp" }));
        const response = await rawCall(emulator.url, "SageMaker.DescribeUserProfile", JSON.stringify({ DomainId: DOMAIN, UserProfileName: "stamp" }));
        assert.equal(typeof response.json.CreationTime, "number");
        assert.equal(typeof response.json.LastModifiedTime, "number");
        assert.ok(Math.abs(response.json.CreationTime - before) < 5);
        assert.equal(Math.round(response.json.CreationTime * 1000) / 1000, response.json.CreationTime);
    });

    it("answers an unknown operation with UnknownOperationException, 400, error headers and a request id", async () => {
        for (const target of ["SageMaker.CreateNotebookInstanceLifecycleThing", "Other.DescribeDomain", undefined]) {
            const response = await rawCall(emulator.url, target, "{}");
            assert.equal(response.status, 400);
            assert.equal(response.json.__type, "UnknownOperationException");
            assert.equal(typeof response.json.message, "string");
            assert.equal(response.headers.get("x-amzn-errortype"), "UnknownOperationException");
            assert.match(response.headers.get("x-amzn-requestid") ?? "", UUID);
        }
    });

    it("answers errors as {__type, message} with the same code in x-amzn-ErrorType", async () => {
        const response = await rawCall(emulator.url, "SageMaker.DescribeUserProfile", JSON.stringify({ DomainId: DOMAIN, UserProfileName: "nobody" }));
        assert.equal(response.status, 400);
        assert.deepEqual(Object.keys(response.json).sort(), ["__type", "message"]);
        assert.equal(response.json.__type, "ResourceNotFound");
        assert.equal(response.headers.get("x-amzn-errortype"), "ResourceNotFound");
        assert.equal(response.headers.get("content-type"), "application/x-amz-json-1.1");
    });

    it("accepts an empty body as {} and rejects a non-object body", async () => {
        const empty = await rawCall(emulator.url, "SageMaker.ListDomains", "");
        assert.equal(empty.status, 200);
        assert.ok(Array.isArray(empty.json.Domains));
        const garbled = await rawCall(emulator.url, "SageMaker.ListDomains", "[1,2");
        assert.equal(garbled.status, 400);
        assert.equal(garbled.json.__type, "SerializationException");
        const array = await rawCall(emulator.url, "SageMaker.ListDomains", "[]");
        assert.equal(array.json.__type, "SerializationException");
    });

    it("answers operations without output with {}", async () => {
        await rawCall(emulator.url, "SageMaker.CreateUserProfile", JSON.stringify({ DomainId: DOMAIN, UserProfileName: "goner" }));
        await new Promise((resolve) => setTimeout(resolve, 60));
        const response = await rawCall(emulator.url, "SageMaker.DeleteUserProfile", JSON.stringify({ DomainId: DOMAIN, UserProfileName: "goner" }));
        assert.equal(response.status, 200);
        assert.equal(response.text, "{}");
    });

    it("takes the region from the SigV4 credential scope, us-east-1 without one", async () => {
        const body = JSON.stringify({ DomainId: DOMAIN });
        const scoped = await rawCall(emulator.url, "SageMaker.DescribeDomain", body, { Authorization: SIGV4("ap-southeast-2") });
        assert.equal(scoped.json.DomainArn, `arn:aws:sagemaker:ap-southeast-2:123456789012:domain/${DOMAIN}`);
        const unsigned = await rawCall(emulator.url, "SageMaker.DescribeDomain", body);
        assert.equal(unsigned.json.DomainArn, `arn:aws:sagemaker:us-east-1:123456789012:domain/${DOMAIN}`);
    });

    it("keeps each region's resources apart", async () => {
        const create = JSON.stringify({ DomainId: DOMAIN, UserProfileName: "regional" });
        await rawCall(emulator.url, "SageMaker.CreateUserProfile", create, { Authorization: SIGV4("eu-west-1") });
        const elsewhere = await rawCall(emulator.url, "SageMaker.DescribeUserProfile", create, { Authorization: SIGV4("eu-central-1") });
        assert.equal(elsewhere.json.__type, "ResourceNotFound");
        const there = await rawCall(emulator.url, "SageMaker.DescribeUserProfile", create, { Authorization: SIGV4("eu-west-1") });
        assert.equal(there.json.UserProfileArn, `arn:aws:sagemaker:eu-west-1:123456789012:user-profile/${DOMAIN}/regional`);
    });

    it("uses the configured account id in ARNs", async () => {
        const other = await startTestEmulator({ accountId: "210987654321" });
        try {
            const response = await rawCall(other.url, "SageMaker.DescribeDomain", JSON.stringify({ DomainId: DOMAIN }));
            assert.equal(response.json.DomainArn, `arn:aws:sagemaker:us-east-1:210987654321:domain/${DOMAIN}`);
        } finally {
            await other.stop();
        }
    });

    it("refuses a non-loopback bind unless allowed", async () => {
        await assert.rejects(startTestEmulator({ host: "0.0.0.0" }), /non-loopback/);
    });
});
