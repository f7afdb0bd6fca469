// A UserSettings that sets every member the service model has (in Pulumi names, as a program
// writes it), valid against the shapes and the cross-field rules: what a removal test removes.
const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const arn = (kind: string, name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${kind}/${name}`;
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

function resourceSpec(instanceType: string) {
    return {
        sageMakerImageArn: arn("image", "team-image"),
        sageMakerImageVersionArn: arn("image-version", "team-image/3"),
        sageMakerImageVersionAlias: "1.2.3",
        instanceType,
        lifecycleConfigArn: arn("studio-lifecycle-config", "spec-lcc"),
        trainingPlanArn: arn("training-plan", "plan-1"),
    };
}

const idle = { idleSettings: { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 120, minIdleTimeoutInMinutes: 60, maxIdleTimeoutInMinutes: 240 } };
const customImages = [{ imageName: "team-image", imageVersionNumber: 3, appImageConfigName: "team-config" }];
const lifecycleConfigArns = [arn("studio-lifecycle-config", "app-lcc")];

export function fullUserSettings(): Record<string, unknown> {
    return {
        executionRole: role("Execution"),
        securityGroups: ["sg-0123456789abcdef0"],
        sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: "s3://shared-notebooks/out", s3KmsKeyId: "alias/notebooks" },
        jupyterServerAppSettings: {
            defaultResourceSpec: { ...resourceSpec("system"), trainingPlanArn: undefined },
            lifecycleConfigArns,
            codeRepositories: [{ repositoryUrl: "https://github.com/example/notebooks" }],
        },
        kernelGatewayAppSettings: { defaultResourceSpec: { ...resourceSpec("ml.t3.medium"), trainingPlanArn: undefined }, customImages, lifecycleConfigArns },
        tensorBoardAppSettings: { defaultResourceSpec: { ...resourceSpec("ml.t3.medium"), trainingPlanArn: undefined } },
        rStudioServerProAppSettings: { accessStatus: "ENABLED", userGroup: "R_STUDIO_ADMIN" },
        rSessionAppSettings: { defaultResourceSpec: { ...resourceSpec("ml.t3.medium"), trainingPlanArn: undefined }, customImages },
        canvasAppSettings: {
            timeSeriesForecastingSettings: { status: "ENABLED", amazonForecastRoleArn: role("Forecast") },
            modelRegisterSettings: { status: "ENABLED", crossAccountModelRegisterRoleArn: role("Register") },
            workspaceSettings: { s3ArtifactPath: "s3://canvas-workspace/artifacts", s3KmsKeyId: "alias/canvas" },
            identityProviderOAuthSettings: [{ dataSourceName: "Snowflake", status: "ENABLED", secretArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:snowflake-AbCdEf` }],
            directDeploySettings: { status: "ENABLED" },
            kendraSettings: { status: "ENABLED" },
            generativeAiSettings: { amazonBedrockRoleArn: role("Bedrock") },
            emrServerlessSettings: { executionRoleArn: role("EmrServerless"), status: "ENABLED" },
        },
        codeEditorAppSettings: {
            defaultResourceSpec: resourceSpec("ml.t3.medium"),
            customImages,
            lifecycleConfigArns,
            appLifecycleManagement: idle,
            builtInLifecycleConfigArn: arn("studio-lifecycle-config", "built-in"),
        },
        jupyterLabAppSettings: {
            defaultResourceSpec: resourceSpec("ml.t3.medium"),
            customImages,
            lifecycleConfigArns,
            codeRepositories: [{ repositoryUrl: "https://github.com/example/notebooks" }],
            appLifecycleManagement: idle,
            emrSettings: { assumableRoleArns: [role("EmrAssumable")], executionRoleArns: [role("EmrExecution")] },
            builtInLifecycleConfigArn: arn("studio-lifecycle-config", "built-in"),
        },
        spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 10, maximumEbsVolumeSizeInGb: 50 } },
        defaultLandingUri: "studio::",
        studioWebPortal: "ENABLED",
        customPosixUserConfig: { uid: 20001, gid: 1001 },
        customFileSystemConfigs: [{ efsFileSystemConfig: { fileSystemId: "fs-0123abcd", fileSystemPath: "/shared" } }],
        studioWebPortalSettings: {
            hiddenMlTools: ["DataWrangler"],
            hiddenAppTypes: ["Canvas"],
            hiddenInstanceTypes: ["ml.p3.2xlarge"],
            hiddenSageMakerImageVersionAliases: [{ sageMakerImageName: "sagemaker_distribution", versionAliases: ["1.9"] }],
            executionRoleSessionNameMode: "USER_IDENTITY",
        },
        autoMountHomeEfs: "Disabled",
    };
}
