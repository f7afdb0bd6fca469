import * as assert from "node:assert/strict";
import {
    CreateUserProfileCommand,
    DescribeUserProfileCommand,
    ListTagsCommand,
    ListUserProfilesCommand,
    UpdateUserProfileCommand,
    type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, expectAwsError, pollUntil, rawCall, ROLE, sdkClient, SSO_DOMAIN, startTestEmulator, VPC_DOMAIN } from "./helpers";

const USER_PROFILE_NAME_PATTERN = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$";

describe("emulator: validation", () => {
    let emulator: SageMakerLocal;
    let client: SageMakerClient;
    before(async () => {
        emulator = await startTestEmulator({ latencyMs: 0 });
        client = sdkClient(emulator);
    });
    after(() => emulator.stop());

    async function validationMessage(promise: Promise<unknown>): Promise<string> {
        const error = await expectAwsError(promise, "ValidationException");
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return error.message;
    }

    describe("shapes from the service model", () => {
        it("reports a pattern violation in AWS's words", async () => {
            const message = await validationMessage(client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "a_b" })));
            assert.equal(
                message,
                `1 validation error detected: Value 'a_b' at 'userProfileName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${USER_PROFILE_NAME_PATTERN}`,
            );
        });

        it("reports several violations, joined by '; ', with a plural count", async () => {
            const name = `${"x".repeat(64)}_`;
            const message = await validationMessage(
                client.send(new DescribeUserProfileCommand({ DomainId: "D-BAD", UserProfileName: name })),
            );
            assert.match(message, /^\d+ validation errors detected: /);
            const parts = message.replace(/^\d+ validation errors detected: /, "").split("; ");
            assert.equal(Number(/^(\d+)/.exec(message)![1]), parts.length);
            assert.ok(parts.includes(`Value '${name}' at 'userProfileName' failed to satisfy constraint: Member must have length less than or equal to 63`));
            assert.ok(parts.some((part) => part.startsWith("Value 'D-BAD' at 'domainId' failed to satisfy constraint: Member must satisfy regular expression pattern")));
        });

        it("reports a missing required member as null", async () => {
            const response = await rawCall(emulator.url, "SageMaker.CreateUserProfile", JSON.stringify({ DomainId: DOMAIN }));
            assert.equal(response.json.__type, "ValidationException");
            assert.equal(
                response.json.message,
                "1 validation error detected: Value null at 'userProfileName' failed to satisfy constraint: Member must not be null",
            );
        });

        it("checks enums and numeric ranges", async () => {
            const sort = await rawCall(emulator.url, "SageMaker.ListUserProfiles", JSON.stringify({ SortOrder: "Sideways" }));
            assert.equal(
                sort.json.message,
                "1 validation error detected: Value 'Sideways' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [Ascending, Descending]",
            );
            assert.match(
                await validationMessage(client.send(new ListUserProfilesCommand({ MaxResults: 500 }))),
                /Value '500' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100/,
            );
            assert.match(
                await validationMessage(client.send(new ListTagsCommand({ ResourceArn: `arn:aws:sagemaker:us-east-1:123456789012:domain/${DOMAIN}`, MaxResults: 10 }))),
                /at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 50/,
            );
        });

        it("checks nested UserSettings members (lengths, patterns, enums)", async () => {
            const message = await validationMessage(
                client.send(
                    new CreateUserProfileCommand({
                        DomainId: DOMAIN,
                        UserProfileName: "nested",
                        UserSettings: {
                            ExecutionRole: "arn:aws:iam::1:r",
                            SharingSettings: { NotebookOutputOption: "Sometimes" as never },
                        },
                    }),
                ),
            );
            assert.match(message, /^3 validation errors detected: /);
            assert.match(message, /Value 'arn:aws:iam::1:r' at 'userSettings\.executionRole' failed to satisfy constraint: Member must have length greater than or equal to 20/);
            assert.match(message, /Value 'arn:aws:iam::1:r' at 'userSettings\.executionRole' failed to satisfy constraint: Member must satisfy regular expression pattern: \^arn:aws/);
            assert.match(message, /Value 'Sometimes' at 'userSettings\.sharingSettings\.notebookOutputOption' failed to satisfy constraint: Member must satisfy enum value set: \[Allowed, Disabled\]/);
        });

        it("rejects unknown members", async () => {
            const response = await rawCall(
                emulator.url,
                "SageMaker.CreateUserProfile",
                JSON.stringify({ DomainId: DOMAIN, UserProfileName: "unknown-member", UserSettings: { ExecutionRoel: ROLE } }),
            );
            assert.equal(response.json.__type, "ValidationException");
            assert.match(response.json.message, /^1 validation error detected: Value .* at 'userSettings\.executionRoel' failed to satisfy constraint: /);
        });
    });

    describe("cross-field rules", () => {
        it("requires the SSO fields in an SSO domain and forbids them elsewhere", async () => {
            const missing = await validationMessage(client.send(new CreateUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: "sso-user" })));
            assert.match(missing, /^2 validation errors detected: .*SingleSignOnUserIdentifier is required because the domain's AuthMode is SSO/);
            await client.send(
                new CreateUserProfileCommand({
                    DomainId: SSO_DOMAIN,
                    UserProfileName: "sso-user",
                    SingleSignOnUserIdentifier: "UserName",
                    SingleSignOnUserValue: "jane.doe",
                }),
            );
            const described = await client.send(new DescribeUserProfileCommand({ DomainId: SSO_DOMAIN, UserProfileName: "sso-user" }));
            assert.equal(described.SingleSignOnUserIdentifier, "UserName");
            assert.equal(described.SingleSignOnUserValue, "jane.doe");
            const forbidden = await validationMessage(
                client.send(
                    new CreateUserProfileCommand({
                        DomainId: DOMAIN,
                        UserProfileName: "iam-user",
                        SingleSignOnUserIdentifier: "UserName",
                        SingleSignOnUserValue: "jane.doe",
                    }),
                ),
            );
            assert.match(forbidden, /SingleSignOnUserIdentifier cannot be specified because the domain's AuthMode is IAM/);
        });

        it("allows an RStudio UserGroup only with AccessStatus ENABLED", async () => {
            const message = await validationMessage(
                client.send(
                    new CreateUserProfileCommand({
                        DomainId: DOMAIN,
                        UserProfileName: "rstudio",
                        UserSettings: { RStudioServerProAppSettings: { AccessStatus: "DISABLED", UserGroup: "R_STUDIO_ADMIN" } },
                    }),
                ),
            );
            assert.match(message, /at 'userSettings\.rStudioServerProAppSettings\.userGroup' failed to satisfy constraint: UserGroup can only be set when AccessStatus is ENABLED/);
            await client.send(
                new CreateUserProfileCommand({
                    DomainId: DOMAIN,
                    UserProfileName: "rstudio",
                    UserSettings: { RStudioServerProAppSettings: { AccessStatus: "ENABLED", UserGroup: "R_STUDIO_ADMIN" } },
                }),
            );
        });

        it("allows a studio:: landing URI only with the web portal ENABLED, also across an update", async () => {
            await validationMessage(
                client.send(
                    new CreateUserProfileCommand({
                        DomainId: DOMAIN,
                        UserProfileName: "landing",
                        UserSettings: { DefaultLandingUri: "studio::", StudioWebPortal: "DISABLED" },
                    }),
                ),
            );
            await client.send(
                new CreateUserProfileCommand({
                    DomainId: DOMAIN,
                    UserProfileName: "landing",
                    UserSettings: { DefaultLandingUri: "studio::", StudioWebPortal: "ENABLED" },
                }),
            );
            await pollUntil(
                () => client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "landing" })),
                (profile) => profile.Status === "InService",
            );
            const message = await validationMessage(
                client.send(new UpdateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "landing", UserSettings: { StudioWebPortal: "DISABLED" } })),
            );
            assert.match(message, /StudioWebPortal cannot be DISABLED while DefaultLandingUri is studio::/);
        });

        it("requires the EBS maximum to be at least the default", async () => {
            const message = await validationMessage(
                client.send(
                    new CreateUserProfileCommand({
                        DomainId: DOMAIN,
                        UserProfileName: "ebs",
                        UserSettings: { SpaceStorageSettings: { DefaultEbsStorageSettings: { DefaultEbsVolumeSizeInGb: 100, MaximumEbsVolumeSizeInGb: 50 } } },
                    }),
                ),
            );
            assert.match(message, /MaximumEbsVolumeSizeInGb \(50\) must be greater than or equal to DefaultEbsVolumeSizeInGb \(100\)/);
        });

        it("requires a default resource spec for lifecycle configuration ARNs", async () => {
            const message = await validationMessage(
                client.send(
                    new CreateUserProfileCommand({
                        DomainId: DOMAIN,
                        UserProfileName: "lcc",
                        UserSettings: {
                            JupyterServerAppSettings: {
                                LifecycleConfigArns: ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/setup"],
                            },
                        },
                    }),
                ),
            );
            assert.match(message, /DefaultResourceSpec is required when LifecycleConfigArns is set/);
        });

        it("requires security groups in a VpcOnly domain whose defaults have none", async () => {
            const message = await validationMessage(client.send(new CreateUserProfileCommand({ DomainId: VPC_DOMAIN, UserProfileName: "vpc-user" })));
            assert.match(message, /SecurityGroups are required: the domain is VpcOnly/);
            await client.send(
                new CreateUserProfileCommand({ DomainId: VPC_DOMAIN, UserProfileName: "vpc-user", UserSettings: { SecurityGroups: ["sg-0123456789abcdef0"] } }),
            );
        });
    });
});
