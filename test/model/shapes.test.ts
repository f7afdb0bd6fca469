import * as assert from "assert";
import * as path from "path";
import * as ts from "typescript";
import * as sm from "@aws-sdk/client-sagemaker";
import * as pulumi from "@pulumi/pulumi";
import { SHAPES } from "../../model/generated/service-model";
import { toApiValue } from "../../model/schema/names";
import type { AppInstanceType, Camel, Inputs, UserSettings, UserSettingsArgs } from "../../model/shapes";
import { validateShape } from "../../model/validation/shape-validator";

const ROLE = "arn:aws:iam::123456789012:role/SageMakerExecution";
const LCC = "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/install-tools";
const IMAGE = "arn:aws:sagemaker:us-east-1:123456789012:image/my-image";
const spec = { instanceType: "ml.t3.medium", sageMakerImageArn: IMAGE, lifecycleConfigArn: LCC } as const;
const idle = { idleSettings: { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 120, minIdleTimeoutInMinutes: 60, maxIdleTimeoutInMinutes: 240 } } as const;

// A realistic settings object using every UserSettings member, typed by the derived type.
const full = {
    executionRole: ROLE,
    securityGroups: ["sg-0123456789abcdef0"],
    sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: "s3://bucket/sharing", s3KmsKeyId: "alias/sharing" },
    jupyterServerAppSettings: {
        defaultResourceSpec: { instanceType: "system", sageMakerImageVersionArn: "None" },
        lifecycleConfigArns: [LCC],
        codeRepositories: [{ repositoryUrl: "https://github.com/org/repo" }],
    },
    kernelGatewayAppSettings: {
        defaultResourceSpec: spec,
        customImages: [{ imageName: "my-image", imageVersionNumber: 1, appImageConfigName: "my-config" }],
        lifecycleConfigArns: [LCC],
    },
    tensorBoardAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } },
    rStudioServerProAppSettings: { accessStatus: "ENABLED", userGroup: "R_STUDIO_USER" },
    rSessionAppSettings: { defaultResourceSpec: spec, customImages: [] },
    canvasAppSettings: {
        timeSeriesForecastingSettings: { status: "ENABLED", amazonForecastRoleArn: ROLE },
        modelRegisterSettings: { status: "DISABLED" },
        workspaceSettings: { s3ArtifactPath: "s3://bucket/canvas", s3KmsKeyId: "alias/canvas" },
        identityProviderOAuthSettings: [{ dataSourceName: "Snowflake", status: "ENABLED", secretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:sf" }],
        directDeploySettings: { status: "ENABLED" },
        kendraSettings: { status: "DISABLED" },
        generativeAiSettings: { amazonBedrockRoleArn: ROLE },
        emrServerlessSettings: { executionRoleArn: ROLE, status: "ENABLED" },
    },
    codeEditorAppSettings: {
        defaultResourceSpec: { ...spec, trainingPlanArn: "None" },
        customImages: [],
        lifecycleConfigArns: [],
        appLifecycleManagement: idle,
        builtInLifecycleConfigArn: "None",
    },
    jupyterLabAppSettings: {
        defaultResourceSpec: { instanceType: "ml.g5.xlarge", sageMakerImageVersionAlias: "2.1" },
        customImages: [],
        lifecycleConfigArns: [LCC],
        codeRepositories: [],
        appLifecycleManagement: idle,
        emrSettings: { assumableRoleArns: [ROLE], executionRoleArns: [ROLE] },
        builtInLifecycleConfigArn: LCC,
    },
    spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 5, maximumEbsVolumeSizeInGb: 100 } },
    defaultLandingUri: "studio::",
    studioWebPortal: "ENABLED",
    customPosixUserConfig: { uid: 200001, gid: 1001 },
    customFileSystemConfigs: [
        { efsFileSystemConfig: { fileSystemId: "fs-0123abcd", fileSystemPath: "/team" } },
        { fSxLustreFileSystemConfig: { fileSystemId: "fs-0123abcdef", fileSystemPath: "/scratch" } },
        { s3FileSystemConfig: { s3Uri: "s3://bucket/data", mountPath: "/mnt/data" } },
    ],
    studioWebPortalSettings: {
        hiddenMlTools: ["Comet"],
        hiddenAppTypes: ["JupyterServer"],
        hiddenInstanceTypes: ["ml.p5.48xlarge"],
        hiddenSageMakerImageVersionAliases: [{ sageMakerImageName: "sagemaker_distribution", versionAliases: ["1.9"] }],
        executionRoleSessionNameMode: "USER_IDENTITY",
    },
    autoMountHomeEfs: "DefaultAsDomain",
} satisfies UserSettings & Record<keyof UserSettings, unknown>;

// The same, as resource arguments: properties, lists and list items may be Inputs.
const args: UserSettingsArgs = {
    ...full,
    executionRole: pulumi.output(ROLE),
    securityGroups: [pulumi.output("sg-1"), "sg-2"],
    customFileSystemConfigs: Promise.resolve([{ efsFileSystemConfig: { fileSystemId: pulumi.output("fs-0123abcd") } }]),
};

// Mistakes the types must reject.
// @ts-expect-error PascalCase keys are API names, not Pulumi names
const pascal: UserSettings = { ExecutionRole: ROLE };
// @ts-expect-error not one of the 176 instance types
const instance: AppInstanceType = "ml.m5.lrge";
// @ts-expect-error aws-native spells this member autoMountHomeEfs
const efs: UserSettings = { autoMountHomeEFS: "Enabled" };
// @ts-expect-error union: at most one file system per entry
const twoFs: UserSettings = { customFileSystemConfigs: [{ efsFileSystemConfig: { fileSystemId: "fs-1" }, s3FileSystemConfig: { s3Uri: "s3://b" } }] };
// @ts-expect-error enum values are checked
const portal: Inputs<sm.UserSettings> = { studioWebPortal: "enabled" };
// @ts-expect-error the SDK's $unknown escape hatch has no Pulumi form
const unknownMember: Camel<sm.CustomFileSystemConfig> = { $unknown: ["X", 1] };
void [args, pascal, instance, efs, twoFs, portal, unknownMember];

describe("model/shapes", () => {
    it("type-checks (the assignments above compile, the marked mistakes do not)", function () {
        this.timeout(120_000);
        const root = path.resolve(__dirname, "..", "..");
        const configFile = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
        const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
        const program = ts.createProgram([__filename], { ...parsed.options, noEmit: true });
        const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName.includes("/model/"));
        assert.deepStrictEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")), []);
    });

    it("names line up with the generated shapes: the full object converts and validates cleanly", () => {
        assert.deepStrictEqual(validateShape("UserSettings", toApiValue("UserSettings", full)), []);
    });

    it("takes enum values from the SDK, which agree with the generated model (which may be a release ahead)", () => {
        // Values the service model (botocore) has that the pinned SDK release does not have yet: the
        // check accepts them, a program writes them with a cast until the SDK catches up.
        const newerInModel: Record<string, string[]> = { MlTools: ["Optimizer"] };
        const pairs: [Record<string, string>, keyof typeof SHAPES][] = [
            [sm.AppInstanceType, "AppInstanceType"], [sm.AppType, "AppType"], [sm.MlTools, "MlTools"],
            [sm.AuthMode, "AuthMode"], [sm.StudioWebPortal, "StudioWebPortal"], [sm.AutoMountHomeEFS, "AutoMountHomeEFS"],
            [sm.UserProfileStatus, "UserProfileStatus"], [sm.AppNetworkAccessType, "AppNetworkAccessType"],
        ];
        for (const [sdkEnum, shape] of pairs) {
            const generated = (SHAPES[shape] as { enum?: readonly string[] }).enum ?? [];
            const sdkValues = Object.values(sdkEnum);
            assert.deepStrictEqual(sdkValues.filter((v) => !generated.includes(v)), [], `${shape}: SDK values the model lacks`);
            assert.deepStrictEqual(generated.filter((v) => !sdkValues.includes(v)).sort(), newerInModel[shape] ?? [], `${shape}: model values the SDK lacks`);
        }
        assert.strictEqual(Object.values(sm.AppInstanceType).length, 176);
    });
});
