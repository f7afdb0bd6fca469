import * as assert from "node:assert/strict";
import type { SageMakerLocal } from "../../emulator";
import { DOMAIN, requireAwsCliV2, ROLE, runAwsCli, sleep, startTestEmulator, TEST_LATENCY_MS } from "./helpers";

const IMAGE_ARN = "arn:aws:sagemaker:us-east-1:081325390199:image/jupyter-server-3";
const IMAGE_VERSION_ARN = "arn:aws:sagemaker:us-east-1:081325390199:image-version/jupyter-server-3/1";
const LIFECYCLE_ARN = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/install-tools";

const resourceSpec = (instanceType: string) => ({
    SageMakerImageArn: IMAGE_ARN,
    SageMakerImageVersionArn: IMAGE_VERSION_ARN,
    InstanceType: instanceType,
    LifecycleConfigArn: LIFECYCLE_ARN,
});

/** Every UserSettings member on the CLI 2.9.19 create-user-profile page. */
const FULL_USER_SETTINGS = {
    ExecutionRole: ROLE,
    SecurityGroups: ["sg-0123456789abcdef0", "sg-0fedcba9876543210"],
    SharingSettings: { NotebookOutputOption: "Allowed", S3OutputPath: "s3://shared-notebooks/alice", S3KmsKeyId: "alias/notebooks" },
    JupyterServerAppSettings: {
        DefaultResourceSpec: resourceSpec("system"),
        LifecycleConfigArns: [LIFECYCLE_ARN],
        CodeRepositories: [{ RepositoryUrl: "https://github.com/aws/amazon-sagemaker-examples" }],
    },
    KernelGatewayAppSettings: {
        DefaultResourceSpec: resourceSpec("ml.t3.medium"),
        CustomImages: [{ ImageName: "custom-image", ImageVersionNumber: 2, AppImageConfigName: "custom-config" }],
        LifecycleConfigArns: [LIFECYCLE_ARN],
    },
    TensorBoardAppSettings: { DefaultResourceSpec: resourceSpec("ml.t3.medium") },
    RStudioServerProAppSettings: { AccessStatus: "ENABLED", UserGroup: "R_STUDIO_USER" },
    RSessionAppSettings: {
        DefaultResourceSpec: resourceSpec("ml.m5.large"),
        CustomImages: [{ ImageName: "r-image", ImageVersionNumber: 1, AppImageConfigName: "r-config" }],
    },
    CanvasAppSettings: { TimeSeriesForecastingSettings: { Status: "ENABLED", AmazonForecastRoleArn: ROLE } },
};

describe("emulator: real AWS CLI v2 (/usr/bin/aws)", function () {
    this.timeout(30000);
    let emulator: SageMakerLocal;
    let url: string;
    before(async () => {
        requireAwsCliV2();
        emulator = await startTestEmulator();
        url = emulator.url;
    });
    after(() => emulator.stop());

    const sagemaker = (...args: string[]) => runAwsCli(url, ["sagemaker", ...args]);

    it("is CLI v2", async () => {
        const version = await runAwsCli(url, ["--version"]);
        assert.match(version.stdout, /^aws-cli\/2\./);
    });

    it("creates a profile with every UserSettings member in JSON syntax and tags in shorthand syntax", async () => {
        const created = await sagemaker(
            "create-user-profile",
            "--domain-id", DOMAIN,
            "--user-profile-name", "Alice",
            "--tags", "Key=team,Value=ml", "Key=env,Value=dev",
            "--user-settings", JSON.stringify(FULL_USER_SETTINGS),
        );
        assert.equal(created.code, 0, created.stderr);
        assert.deepEqual(created.json, { UserProfileArn: `arn:aws:sagemaker:us-east-1:123456789012:user-profile/${DOMAIN}/alice` });

        const described = await sagemaker("describe-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "alice");
        assert.equal(described.code, 0, described.stderr);
        assert.equal(described.json.UserProfileName, "Alice");
        assert.deepEqual(described.json.UserSettings, FULL_USER_SETTINGS);
        assert.match(described.json.CreationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
        assert.ok(["Pending", "InService"].includes(described.json.Status));

        const tags = await sagemaker("list-tags", "--resource-arn", created.json.UserProfileArn);
        assert.deepEqual(tags.json.Tags, [{ Key: "team", Value: "ml" }, { Key: "env", Value: "dev" }]);
    });

    it("accepts --cli-input-json filled from --generate-cli-skeleton", async () => {
        const skeleton = await sagemaker("create-user-profile", "--generate-cli-skeleton");
        assert.equal(skeleton.code, 0, skeleton.stderr);
        const input = skeleton.json;
        assert.deepEqual(Object.keys(input).sort(), [
            "DomainId", "SingleSignOnUserIdentifier", "SingleSignOnUserValue", "Tags", "UserProfileName", "UserSettings",
        ]);
        input.DomainId = DOMAIN;
        input.UserProfileName = "skeleton-user";
        delete input.SingleSignOnUserIdentifier;
        delete input.SingleSignOnUserValue;
        input.Tags = [{ Key: "origin", Value: "skeleton" }];
        input.UserSettings = { ExecutionRole: ROLE, SharingSettings: { NotebookOutputOption: "Disabled" } };
        const created = await sagemaker("create-user-profile", "--cli-input-json", JSON.stringify(input));
        assert.equal(created.code, 0, created.stderr);
        const described = await sagemaker("describe-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "skeleton-user");
        assert.deepEqual(described.json.UserSettings, input.UserSettings);
    });

    it("lists with paging: auto-pagination with --page-size, and --max-items with a resume token", async () => {
        for (const name of ["paging-a", "paging-b", "paging-c"]) {
            assert.equal((await sagemaker("create-user-profile", "--domain-id", DOMAIN, "--user-profile-name", name)).code, 0);
        }
        const [all, first, single] = await Promise.all([
            sagemaker("list-user-profiles", "--domain-id-equals", DOMAIN, "--user-profile-name-contains", "paging", "--page-size", "1"),
            sagemaker("list-user-profiles", "--user-profile-name-contains", "paging", "--max-items", "2", "--page-size", "1"),
            sagemaker("list-user-profiles", "--user-profile-name-contains", "paging", "--max-results", "2", "--no-paginate"),
        ]);
        assert.equal(all.code, 0, all.stderr);
        assert.deepEqual(all.json.UserProfiles.map((profile: any) => profile.UserProfileName), ["paging-a", "paging-b", "paging-c"]);
        assert.equal(all.json.NextToken, undefined);

        assert.deepEqual(first.json.UserProfiles.map((profile: any) => profile.UserProfileName), ["paging-a", "paging-b"]);
        assert.ok(first.json.NextToken);
        const rest = await sagemaker(
            "list-user-profiles", "--user-profile-name-contains", "paging", "--page-size", "1", "--starting-token", first.json.NextToken,
        );
        assert.deepEqual(rest.json.UserProfiles.map((profile: any) => profile.UserProfileName), ["paging-c"]);

        assert.equal(single.json.UserProfiles.length, 2);
        assert.ok(single.json.NextToken);
    });

    it("updates and deletes", async () => {
        assert.equal((await sagemaker("create-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "bob")).code, 0);
        await sleep(TEST_LATENCY_MS * 2);
        const updated = await sagemaker(
            "update-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "bob",
            "--user-settings", JSON.stringify({ ExecutionRole: ROLE }),
        );
        assert.equal(updated.code, 0, updated.stderr);
        assert.equal(updated.json.UserProfileArn, `arn:aws:sagemaker:us-east-1:123456789012:user-profile/${DOMAIN}/bob`);
        const updating = await sagemaker("describe-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "bob");
        assert.equal(updating.json.UserSettings.ExecutionRole, ROLE);
        await sleep(TEST_LATENCY_MS * 2);
        const deleted = await sagemaker("delete-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "bob");
        assert.equal(deleted.code, 0, deleted.stderr);
        assert.equal(deleted.stdout.trim(), "");
        await sleep(TEST_LATENCY_MS * 3);
        const gone = await sagemaker("describe-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "bob");
        assert.equal(gone.code, 254);
        assert.match(gone.stderr, /An error occurred \(ResourceNotFound\) when calling the DescribeUserProfile operation( \(reached max retries: \d+\))?: /);
    });

    it("creates, describes, updates, lists and deletes spaces with the members CLI 2.9.19 knows", async () => {
        const spaceSettings = {
            JupyterServerAppSettings: { DefaultResourceSpec: resourceSpec("system"), LifecycleConfigArns: [LIFECYCLE_ARN] },
            KernelGatewayAppSettings: { DefaultResourceSpec: resourceSpec("ml.t3.medium") },
        };
        const space = (name: string) => ["--domain-id", DOMAIN, "--space-name", name];
        const created = await sagemaker("create-space", ...space("CLI-Space"), "--tags", "Key=team,Value=ml", "--space-settings", JSON.stringify(spaceSettings));
        assert.equal(created.code, 0, created.stderr);
        const arn = `arn:aws:sagemaker:us-east-1:123456789012:space/${DOMAIN}/cli-space`;
        assert.deepEqual(created.json, { SpaceArn: arn });
        assert.equal((await sagemaker("create-space", ...space("cli-space-2"))).code, 0);

        const described = await sagemaker("describe-space", ...space("cli-space"));
        assert.equal(described.code, 0, described.stderr);
        assert.equal(described.json.SpaceName, "CLI-Space");
        assert.equal(described.json.SpaceArn, arn);
        assert.deepEqual(described.json.SpaceSettings, spaceSettings);
        assert.match(described.json.LastModifiedTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
        assert.deepEqual((await sagemaker("list-tags", "--resource-arn", arn)).json.Tags, [{ Key: "team", Value: "ml" }]);

        await sleep(TEST_LATENCY_MS * 2);
        const kernelGateway = { DefaultResourceSpec: { InstanceType: "ml.m5.large" } };
        const updated = await sagemaker("update-space", ...space("cli-space"), "--space-settings", JSON.stringify({ KernelGatewayAppSettings: kernelGateway }));
        assert.equal(updated.code, 0, updated.stderr);
        assert.deepEqual(updated.json, { SpaceArn: arn });
        const merged = await sagemaker("describe-space", ...space("cli-space"));
        assert.deepEqual(merged.json.SpaceSettings, {
            ...spaceSettings,
            KernelGatewayAppSettings: { DefaultResourceSpec: { ...resourceSpec("ml.t3.medium"), InstanceType: "ml.m5.large" } },
        });

        const [paged, newestFirst] = await Promise.all([
            sagemaker("list-spaces", "--domain-id-equals", DOMAIN, "--space-name-contains", "cli-space", "--page-size", "1"),
            sagemaker("list-spaces", "--space-name-contains", "CLI", "--sort-by", "LastModifiedTime", "--sort-order", "Descending", "--no-paginate"),
        ]);
        assert.equal(paged.code, 0, paged.stderr);
        assert.deepEqual(paged.json.Spaces.map((row: any) => row.SpaceName), ["CLI-Space", "cli-space-2"]);
        assert.deepEqual(Object.keys(paged.json.Spaces[0]).sort(), ["CreationTime", "DomainId", "LastModifiedTime", "SpaceName", "Status"]);
        assert.deepEqual(newestFirst.json.Spaces.map((row: any) => row.SpaceName), ["CLI-Space", "cli-space-2"]);

        const duplicate = await sagemaker("create-space", ...space("CLI-SPACE"));
        assert.equal(duplicate.code, 254);
        assert.match(duplicate.stderr, /An error occurred \(ResourceInUse\) when calling the CreateSpace operation( \(reached max retries: \d+\))?: /);

        await sleep(TEST_LATENCY_MS * 2);
        const deleted = await sagemaker("delete-space", ...space("cli-space"));
        assert.equal(deleted.code, 0, deleted.stderr);
        assert.equal(deleted.stdout.trim(), "");
        await sleep(TEST_LATENCY_MS * 3);
        const gone = await sagemaker("describe-space", ...space("cli-space"));
        assert.equal(gone.code, 254);
        assert.match(gone.stderr, /An error occurred \(ResourceNotFound\) when calling the DescribeSpace operation( \(reached max retries: \d+\))?: Space \[/);
    });

    it("exits 254 with the service's code for service errors", async () => {
        const [duplicate, badName, tooMany, badSort] = await Promise.all([
            sagemaker("create-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "ALICE"),
            sagemaker("create-user-profile", "--domain-id", DOMAIN, "--user-profile-name", "bad_name"),
            sagemaker("list-user-profiles", "--max-results", "500", "--no-paginate"),
            sagemaker("list-user-profiles", "--sort-by", "Bogus"),
        ]);
        assert.equal(duplicate.code, 254);
        assert.match(duplicate.stderr, /An error occurred \(ResourceInUse\) when calling the CreateUserProfile operation( \(reached max retries: \d+\))?: /);

        assert.equal(badName.code, 254);
        assert.match(
            badName.stderr,
            /An error occurred \(ValidationException\) when calling the CreateUserProfile operation( \(reached max retries: \d+\))?: 1 validation error detected: Value 'bad_name' at 'userProfileName'/,
        );

        assert.equal(tooMany.code, 254);
        assert.match(tooMany.stderr, /ValidationException.*Member must have value less than or equal to 100/);

        assert.equal(badSort.code, 254);
        assert.match(badSort.stderr, /Member must satisfy enum value set: \[CreationTime, LastModifiedTime\]/);
    });

    it("exits 254 on throttling", async () => {
        emulator.addFaults({ operation: "ListDomains", times: 1, fault: "throttle" });
        const throttled = await sagemaker("list-domains");
        assert.equal(throttled.code, 254);
        assert.match(throttled.stderr, /An error occurred \(ThrottlingException\) when calling the ListDomains operation.*: Rate exceeded/);
        const listed = await sagemaker("list-domains");
        assert.equal(listed.code, 0);
        assert.ok(listed.json.Domains.some((domain: any) => domain.DomainId === DOMAIN));
    });

    it("exits 252 for client-side parameter errors, without calling the service", async () => {
        emulator.clearRequests();
        const [missing, belowMin] = await Promise.all([
            sagemaker("describe-user-profile", "--domain-id", DOMAIN),
            sagemaker("list-user-profiles", "--max-results", "0"),
        ]);
        assert.equal(missing.code, 252);
        assert.equal(belowMin.code, 252);
        assert.deepEqual(emulator.requests(), []);
    });
});
