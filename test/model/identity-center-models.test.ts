import * as assert from "assert";
import * as identityStore from "../../model/generated/identitystore-model";
import * as ssoAdmin from "../../model/generated/sso-admin-model";
import { IDENTITYSTORE_MODEL, SSO_ADMIN_MODEL } from "../../model/identity-center-models";
import { getShape, SAGEMAKER_MODEL } from "../../model/schema/shape-lookup";
import type { ServiceModel } from "../../model/shape-def";
import { formatAwsValidationMessage } from "../../model/validation/aws-message";
import { validateInput, validateShape } from "../../model/validation/shape-validator";

const STORE = "d-1234567890";
const USER_ID = "a1b2c3d4-5678-90ab-cdef-000000000001";

describe("model/generated Identity Center models", () => {
    it("generate exactly the operations the emulator serves, with their modeled errors", () => {
        assert.deepStrictEqual(Object.keys(ssoAdmin.OPERATIONS).sort(), [
            "CreateApplicationAssignment", "DeleteApplicationAssignment", "DescribeApplicationAssignment",
            "ListApplicationAssignments", "ListInstances",
        ]);
        assert.deepStrictEqual(Object.keys(identityStore.OPERATIONS).sort(), [
            "CreateGroup", "CreateGroupMembership", "CreateUser", "DeleteGroupMembership", "DeleteUser", "DescribeUser",
            "GetGroupId", "GetUserId", "ListGroupMemberships", "ListUsers",
        ]);
        assert.ok(ssoAdmin.OPERATIONS.CreateApplicationAssignment.errors.includes("ConflictException"));
        assert.ok(identityStore.OPERATIONS.CreateUser.errors.includes("ConflictException"));
        assert.deepStrictEqual(identityStore.SHAPES.ResourceNotFoundException.error, true);
    });

    for (const [name, model] of [["sso-admin", SSO_ADMIN_MODEL], ["identitystore", IDENTITYSTORE_MODEL]] as const) {
        it(`${name} is closed: every referenced shape is generated`, () => {
            for (const [shapeName, def] of Object.entries(model.shapes)) {
                const refs = [...Object.values(def.members ?? {}), def.member, def.key, def.value].filter((r) => r !== undefined);
                for (const ref of refs) assert.ok(model.shapes[ref as string], `${shapeName} references ${ref}`);
            }
            for (const op of Object.values(model.operations)) {
                for (const ref of [op.input, op.output, ...op.errors]) if (ref !== null) assert.ok(model.shapes[ref], ref);
            }
        });
    }

    it("keep documents, unions and sensitive strings", () => {
        assert.deepStrictEqual(identityStore.SHAPES.AttributeValue, { type: "document" });
        assert.strictEqual(identityStore.SHAPES.AlternateIdentifier.union, true);
        assert.strictEqual(identityStore.SHAPES.UserName.sensitive, true);
        assert.strictEqual(getShape("UserName", IDENTITYSTORE_MODEL)?.max, 128);
        assert.strictEqual(getShape("UserName"), undefined, "SageMaker's table, the default, has no such shape");
    });
});

describe("model/validate with a service model", () => {
    const userId = (AttributeValue: unknown) => ({
        IdentityStoreId: STORE,
        AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue } },
    });
    const validateIdentityStore = (operation: string, body: unknown) => validateInput(operation, body, { model: IDENTITYSTORE_MODEL });

    it("accepts any JSON value in a document, but not none at all", () => {
        for (const value of ["alice", 42, true, { nested: [1, "two", null] }, [], "", 0]) {
            assert.deepStrictEqual(validateIdentityStore("GetUserId", userId(value)), [], JSON.stringify(value));
        }
        assert.strictEqual(
            formatAwsValidationMessage(validateIdentityStore("GetUserId", userId(null))),
            "1 validation error detected: Value null at 'alternateIdentifier.uniqueAttribute.attributeValue' failed to satisfy constraint: Member must not be null",
        );
    });

    it("requires exactly one member of a union", () => {
        const both = validateIdentityStore("GetUserId", {
            IdentityStoreId: STORE,
            AlternateIdentifier: { ExternalId: { Issuer: "idp", Id: "1" }, UniqueAttribute: { AttributePath: "userName", AttributeValue: "a" } },
        });
        assert.deepStrictEqual(both.map((v) => [v.path.join("."), v.constraint]), [
            ["AlternateIdentifier", "Member must have exactly one of these members set: [ExternalId, UniqueAttribute]"],
        ]);
    });

    it("leaves the values of sensitive shapes out of AWS's message", () => {
        const vs = validateIdentityStore("CreateUser", { IdentityStoreId: STORE, UserName: "has space", DisplayName: "" });
        assert.deepStrictEqual(vs.map((v) => v.sensitive), [true, true, true]);
        assert.strictEqual(
            formatAwsValidationMessage(vs),
            "3 validation errors detected: " +
                "Value at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+; " +
                `Value at 'displayName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${identityStore.SHAPES.SensitiveStringType.pattern}; ` +
                "Value at 'displayName' failed to satisfy constraint: Member must have length greater than or equal to 1",
        );
        const missing = validateIdentityStore("GetUserId", { IdentityStoreId: STORE });
        assert.match(formatAwsValidationMessage(missing), /Value null at 'alternateIdentifier'/);
    });

    it("prints patterns as each service does: as modeled for Identity Center, anchored for SageMaker", () => {
        const memberId = formatAwsValidationMessage(
            validateIdentityStore("CreateGroupMembership", { IdentityStoreId: STORE, GroupId: USER_ID, MemberId: { UserId: "x" } }),
        );
        assert.match(memberId, /Value 'x' at 'memberId\.userId' failed to satisfy constraint: Member must satisfy regular expression pattern: \(arn:aws/);
        const profile = formatAwsValidationMessage(validateInput("DescribeUserProfile", { DomainId: "d-abc", UserProfileName: "a_b" }));
        assert.match(profile, /pattern: \^\[a-zA-Z0-9\]\(-\*\[a-zA-Z0-9\]\)\{0,62\}\$$/);
    });

    it("looks operations up in the given model only; SageMaker stays the default", () => {
        assert.deepStrictEqual(validateInput("ListInstances", { MaxResults: 0 }, { model: SSO_ADMIN_MODEL }).map((v) => v.constraint), [
            "Member must have value greater than or equal to 1",
        ]);
        assert.deepStrictEqual(validateInput("ListInstances", {}).map((v) => v.constraint), ["Unknown operation ListInstances"]);
        assert.deepStrictEqual(
            validateInput("CreateUserProfile", {}, { model: IDENTITYSTORE_MODEL }).map((v) => v.constraint),
            ["Unknown operation CreateUserProfile"],
        );
        assert.strictEqual(validateInput("CreateUserProfile", {}).length, 2);
        const sameAsDefault: ServiceModel = SAGEMAKER_MODEL;
        assert.deepStrictEqual(validateShape("DomainId", "D", { model: sameAsDefault }), validateShape("DomainId", "D"));
    });
});
