import * as assert from "node:assert/strict";
import { CreateGroupCommand, CreateUserCommand, DeleteUserCommand, type IdentitystoreClient } from "@aws-sdk/client-identitystore";
import { CreateDomainCommand, DeleteDomainCommand, DescribeDomainCommand, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import {
    CreateApplicationAssignmentCommand,
    DeleteApplicationAssignmentCommand,
    DescribeApplicationAssignmentCommand,
    ListApplicationAssignmentsCommand,
    ListInstancesCommand,
    type PrincipalType,
    type SSOAdminClient,
} from "@aws-sdk/client-sso-admin";
import { identityCenterInstance, type SageMakerLocal } from "../../../emulator";
import { SHAPES as SAGEMAKER_SHAPES } from "../../../model/generated/service-model";
import { SHAPES } from "../../../model/generated/sso-admin-model";
import { compilePattern } from "../../../model/schema/patterns";
import { DOMAIN, pollUntilGone, sdkClient, SSO_DOMAIN, startTestEmulator } from "../helpers";
import { expectModeledError, identityStoreClient, INSTANCE, ssoAdminClient, STORE } from "./helpers";

const matches = (pattern: string, value: string | undefined) => value !== undefined && compilePattern(pattern)!.test(value);

describe("emulator: sso-admin (SWBExternalService.*) through @aws-sdk/client-sso-admin", function () {
    this.timeout(30000);
    let emulator: SageMakerLocal;
    let ssoAdmin: SSOAdminClient;
    let identityStore: IdentitystoreClient;
    let sagemaker: SageMakerClient;
    let application: string;
    before(async () => {
        emulator = await startTestEmulator();
        ssoAdmin = ssoAdminClient(emulator);
        identityStore = identityStoreClient(emulator);
        sagemaker = sdkClient(emulator);
        application = (await sagemaker.send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }))).SingleSignOnApplicationArn!;
    });
    after(() => emulator.stop());

    let users = 0;
    const newUser = async () => {
        const UserName = `assignee-${++users}`;
        const created = await identityStore.send(
            new CreateUserCommand({ IdentityStoreId: STORE, UserName, DisplayName: UserName, Name: { GivenName: UserName, FamilyName: "T" } }),
        );
        return created.UserId!;
    };
    const assignment = (PrincipalId: string, PrincipalType: PrincipalType = "USER", ApplicationArn = application) => ({
        ApplicationArn,
        PrincipalId,
        PrincipalType,
    });

    it("ListInstances answers the account's one instance, the same from every region, with ids derived from the account", async () => {
        const [home, elsewhere] = await Promise.all([
            ssoAdmin.send(new ListInstancesCommand({})),
            ssoAdminClient(emulator, "eu-west-1").send(new ListInstancesCommand({ MaxResults: 1 })),
        ]);
        assert.equal(home.Instances!.length, 1);
        const instance = home.Instances![0]!;
        assert.equal(instance.InstanceArn, INSTANCE.instanceArn);
        assert.equal(instance.IdentityStoreId, INSTANCE.identityStoreId);
        assert.equal(instance.OwnerAccountId, "123456789012");
        assert.equal(instance.Status, "ACTIVE");
        assert.ok(instance.CreatedDate instanceof Date);
        assert.match(instance.InstanceArn!, /^arn:aws:sso:::instance\/ssoins-[0-9a-f]{16}$/);
        assert.match(instance.IdentityStoreId!, /^d-[0-9a-f]{10}$/);
        assert.ok(matches(SHAPES.InstanceArn.pattern, instance.InstanceArn));
        assert.deepEqual(elsewhere.Instances, home.Instances);
        assert.equal(elsewhere.NextToken, undefined);
        const other = identityCenterInstance("111122223333");
        assert.notEqual(other.instanceArn, INSTANCE.instanceArn);
        assert.notEqual(other.identityStoreId, INSTANCE.identityStoreId);
        await expectModeledError("ListInstances", ssoAdmin.send(new ListInstancesCommand({ NextToken: "bogus" })), "ValidationException");
    });

    it("gives SSO domains, seeded or created, their Identity Center application in DescribeDomain; IAM domains none", async () => {
        const seeded = await sagemaker.send(new DescribeDomainCommand({ DomainId: SSO_DOMAIN }));
        const created = await sdkClient(emulator, "eu-west-1").send(
            new CreateDomainCommand({ DomainName: "sso-elsewhere", AuthMode: "SSO", DefaultUserSettings: {} }),
        );
        const fresh = await sdkClient(emulator, "eu-west-1").send(new DescribeDomainCommand({ DomainId: created.DomainId }));
        for (const domain of [seeded, fresh]) {
            assert.ok(matches(SAGEMAKER_SHAPES.SingleSignOnApplicationArn.pattern, domain.SingleSignOnApplicationArn), domain.SingleSignOnApplicationArn);
            assert.ok(matches(SHAPES.ApplicationArn.pattern, domain.SingleSignOnApplicationArn));
            assert.match(domain.SingleSignOnApplicationArn!, new RegExp(`^arn:aws:sso::123456789012:application/${INSTANCE.instanceId}/apl-[0-9a-f]{16}$`));
            assert.match(domain.SingleSignOnManagedApplicationInstanceId!, /^ins-[0-9a-f]{16}$/);
        }
        assert.notEqual(fresh.SingleSignOnApplicationArn, seeded.SingleSignOnApplicationArn);
        const iam = await sagemaker.send(new DescribeDomainCommand({ DomainId: DOMAIN }));
        assert.equal(iam.SingleSignOnApplicationArn, undefined);
        assert.equal(iam.SingleSignOnManagedApplicationInstanceId, undefined);

        // An application is found whatever the region of its domain and of the caller.
        const user = await newUser();
        await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(user, "USER", fresh.SingleSignOnApplicationArn)));
        const listed = await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: fresh.SingleSignOnApplicationArn }));
        assert.deepEqual(listed.ApplicationAssignments, [assignment(user, "USER", fresh.SingleSignOnApplicationArn)]);
    });

    it("assigns users and groups to an SSO domain's application and describes the assignment; a repeated grant changes nothing", async () => {
        const user = await newUser();
        const group = (await identityStore.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: "studio-users" }))).GroupId!;
        await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(user)));
        await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(group, "GROUP")));
        await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(user)));
        const described = await ssoAdmin.send(new DescribeApplicationAssignmentCommand(assignment(group, "GROUP")));
        assert.deepEqual(
            { ApplicationArn: described.ApplicationArn, PrincipalId: described.PrincipalId, PrincipalType: described.PrincipalType },
            assignment(group, "GROUP"),
        );
        const listed = await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: application }));
        const mine = listed.ApplicationAssignments!.filter((entry) => [user, group].includes(entry.PrincipalId!));
        assert.deepEqual(mine, [assignment(user), assignment(group, "GROUP")]);
        await expectModeledError(
            "DescribeApplicationAssignment",
            ssoAdmin.send(new DescribeApplicationAssignmentCommand(assignment(user, "GROUP"))),
            "ResourceNotFoundException",
        );
    });

    it("deletes an assignment; describing or deleting an absent one is ResourceNotFoundException", async () => {
        const user = await newUser();
        await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(user)));
        await ssoAdmin.send(new DeleteApplicationAssignmentCommand(assignment(user)));
        await expectModeledError(
            "DescribeApplicationAssignment",
            ssoAdmin.send(new DescribeApplicationAssignmentCommand(assignment(user))),
            "ResourceNotFoundException",
        );
        await expectModeledError(
            "DeleteApplicationAssignment",
            ssoAdmin.send(new DeleteApplicationAssignmentCommand(assignment(user))),
            "ResourceNotFoundException",
        );
    });

    it("answers ResourceNotFoundException for an application no SSO domain has, and for a principal not in the identity store", async () => {
        const user = await newUser();
        const unknownApplication = `arn:aws:sso::123456789012:application/${INSTANCE.instanceId}/apl-0000000000000000`;
        const unknown = assignment(user, "USER", unknownApplication);
        await Promise.all([
            expectModeledError("CreateApplicationAssignment", ssoAdmin.send(new CreateApplicationAssignmentCommand(unknown)), "ResourceNotFoundException"),
            expectModeledError("DescribeApplicationAssignment", ssoAdmin.send(new DescribeApplicationAssignmentCommand(unknown)), "ResourceNotFoundException"),
            expectModeledError("DeleteApplicationAssignment", ssoAdmin.send(new DeleteApplicationAssignmentCommand(unknown)), "ResourceNotFoundException"),
            expectModeledError(
                "ListApplicationAssignments",
                ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: unknownApplication })),
                "ResourceNotFoundException",
            ),
        ]);
        const stranger = "a1b2c3d4-5678-90ab-cdef-0000000000aa";
        await expectModeledError(
            "CreateApplicationAssignment",
            ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(stranger))),
            "ResourceNotFoundException",
        );
        await expectModeledError(
            "CreateApplicationAssignment",
            ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(user, "GROUP"))),
            "ResourceNotFoundException",
        );
    });

    it("forgets a deleted domain's application, and a deleted user's assignments", async () => {
        const created = await sagemaker.send(new CreateDomainCommand({ DomainName: "short-sso", AuthMode: "SSO", DefaultUserSettings: {} }));
        const domain = await sagemaker.send(new DescribeDomainCommand({ DomainId: created.DomainId }));
        const user = await newUser();
        const other = await newUser();
        await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(user)));
        await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(other)));
        await identityStore.send(new DeleteUserCommand({ IdentityStoreId: STORE, UserId: user }));
        const remaining = await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: application }));
        assert.ok(!remaining.ApplicationAssignments!.some((entry) => entry.PrincipalId === user));
        assert.ok(remaining.ApplicationAssignments!.some((entry) => entry.PrincipalId === other));

        await pollUntilGone(async () => {
            try {
                await sagemaker.send(new DeleteDomainCommand({ DomainId: created.DomainId }));
            } catch (error) {
                if ((error as Error).name !== "ResourceInUse") throw error;
            }
            return sagemaker.send(new DescribeDomainCommand({ DomainId: created.DomainId }));
        });
        await expectModeledError(
            "ListApplicationAssignments",
            ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: domain.SingleSignOnApplicationArn })),
            "ResourceNotFoundException",
        );
    });

    it("pages ListApplicationAssignments with small MaxResults, in the order of assignment", async () => {
        const created = await sagemaker.send(new CreateDomainCommand({ DomainName: "paged-sso", AuthMode: "SSO", DefaultUserSettings: {} }));
        const arn = (await sagemaker.send(new DescribeDomainCommand({ DomainId: created.DomainId }))).SingleSignOnApplicationArn!;
        const principals = [];
        for (let i = 0; i < 5; i++) {
            principals.push(await newUser());
            await ssoAdmin.send(new CreateApplicationAssignmentCommand(assignment(principals[i]!, "USER", arn)));
        }
        const seen = [];
        let NextToken: string | undefined;
        do {
            const page = await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: arn, MaxResults: 2, NextToken }));
            assert.ok(page.ApplicationAssignments!.length <= 2);
            seen.push(...page.ApplicationAssignments!.map((entry) => entry.PrincipalId));
            NextToken = page.NextToken;
        } while (NextToken);
        assert.deepEqual(seen, principals);
        const first = await ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: arn, MaxResults: 2 }));
        await expectModeledError(
            "ListApplicationAssignments",
            ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: application, MaxResults: 2, NextToken: first.NextToken })),
            "ValidationException",
        );
    });

    it("validates requests against the sso-admin model, in AWS's words, patterns as modeled", async () => {
        const user = await newUser();
        const [badType, badArn, badPage] = await Promise.all([
            expectModeledError(
                "CreateApplicationAssignment",
                ssoAdmin.send(new CreateApplicationAssignmentCommand({ ...assignment(user), PrincipalType: "ROLE" as PrincipalType })),
                "ValidationException",
            ),
            expectModeledError(
                "DescribeApplicationAssignment",
                ssoAdmin.send(new DescribeApplicationAssignmentCommand(assignment(user, "USER", "arn:aws:sso::123456789012:application/nope"))),
                "ValidationException",
            ),
            expectModeledError(
                "ListApplicationAssignments",
                ssoAdmin.send(new ListApplicationAssignmentsCommand({ ApplicationArn: application, MaxResults: 101 })),
                "ValidationException",
            ),
        ]);
        assert.equal(
            badType.message,
            "1 validation error detected: Value 'ROLE' at 'principalType' failed to satisfy constraint: Member must satisfy enum value set: [USER, GROUP]",
        );
        assert.equal(
            badArn.message,
            "1 validation error detected: Value 'arn:aws:sso::123456789012:application/nope' at 'applicationArn' failed to satisfy constraint: " +
                `Member must satisfy regular expression pattern: ${SHAPES.ApplicationArn.pattern}`,
        );
        assert.equal(
            badPage.message,
            "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
        );
    });
});
