import * as assert from "assert";
import { planSettings } from "../../../model/settings/settings-plan";

const LCC = (n: string) => `arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/${n}`;

describe("model/settings/settings-plan", () => {
    it("compares set-like lists without regard to order, item for item", () => {
        const settings = {
            SecurityGroups: ["sg-b", "sg-a"],
            JupyterLabAppSettings: {
                LifecycleConfigArns: [LCC("b"), LCC("a")],
                CodeRepositories: [{ RepositoryUrl: "https://z/z/z" }, { RepositoryUrl: "https://a/a/a" }],
                EmrSettings: { ExecutionRoleArns: ["r2", "r1"] },
            },
            StudioWebPortalSettings: { HiddenAppTypes: ["TensorBoard", "Canvas"], HiddenInstanceTypes: ["ml.t3.small", "ml.m5.large"] },
        };
        const reversed = {
            StudioWebPortalSettings: { HiddenInstanceTypes: ["ml.m5.large", "ml.t3.small"], HiddenAppTypes: ["Canvas", "TensorBoard"] },
            JupyterLabAppSettings: {
                EmrSettings: { ExecutionRoleArns: ["r1", "r2"] },
                CodeRepositories: [{ RepositoryUrl: "https://a/a/a" }, { RepositoryUrl: "https://z/z/z" }],
                LifecycleConfigArns: [LCC("a"), LCC("b")],
            },
            SecurityGroups: ["sg-a", "sg-b"],
        };
        assert.deepStrictEqual(planSettings(settings, reversed).changes, []);
        const ordered = { JupyterServerAppSettings: { DefaultResourceSpec: { InstanceType: "system" } }, SecurityGroups: ["sg-a", "sg-b", "sg-a"] };
        assert.strictEqual(planSettings(ordered, { ...ordered, SecurityGroups: ["sg-a", "sg-b", "sg-b"] }).changes.length, 1, "a set compares its items, duplicates included");
    });

    it("clears removed lists with [] and image versions with None, and keeps what cannot be unset", () => {
        const plan = planSettings(
            { ExecutionRole: "r" },
            {
                ExecutionRole: "r",
                SecurityGroups: ["sg-a"],
                KernelGatewayAppSettings: {
                    DefaultResourceSpec: { InstanceType: "ml.t3.medium", SageMakerImageVersionArn: "arn:aws:sagemaker:us-east-1:123456789012:image-version/img/1" },
                },
            },
        );
        assert.deepStrictEqual(plan.update, {
            ExecutionRole: "r",
            SecurityGroups: [],
            KernelGatewayAppSettings: { DefaultResourceSpec: { SageMakerImageVersionArn: "None" } },
        });
        assert.deepStrictEqual(plan.kept.map((k) => [k.path.join("."), k.value]), [["KernelGatewayAppSettings.DefaultResourceSpec.InstanceType", "ml.t3.medium"]]);
        assert.match(plan.kept[0].instead, /write the instance type/);
        assert.deepStrictEqual(
            plan.changes.map((c) => c.path.join(".")).sort(),
            ["KernelGatewayAppSettings.DefaultResourceSpec.SageMakerImageVersionArn", "SecurityGroups"],
        );
    });

    it("sends every desired setting, and records each change from what to what", () => {
        const plan = planSettings(
            { JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.m5.large" } } },
            { JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } } },
        );
        assert.deepStrictEqual(plan.changes, [
            { path: ["JupyterLabAppSettings", "DefaultResourceSpec", "InstanceType"], from: "ml.t3.medium", to: "ml.m5.large" },
        ]);
        assert.deepStrictEqual(plan.update, { JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.m5.large" } } });
    });

    it("compares ordered lists in order", () => {
        const repos = (...urls: string[]) => ({ JupyterServerAppSettings: { CodeRepositories: urls.map((RepositoryUrl) => ({ RepositoryUrl })) } });
        assert.strictEqual(planSettings(repos("https://a", "https://b"), repos("https://b", "https://a")).changes.length, 0, "code repositories are a set");
        const hidden = (...t: string[]) => ({ StudioWebPortalSettings: { HiddenAppTypes: t } });
        assert.strictEqual(planSettings(hidden("Canvas", "JupyterServer"), hidden("JupyterServer", "Canvas")).changes.length, 0);
    });

    it("revokes notebook sharing when the program drops sharingSettings: Disabled, and the path and key go with it", () => {
        const sharing = { NotebookOutputOption: "Allowed", S3OutputPath: "s3://shared/notebooks", S3KmsKeyId: "alias/notebooks" };
        for (const order of [sharing, { S3OutputPath: sharing.S3OutputPath, S3KmsKeyId: sharing.S3KmsKeyId, NotebookOutputOption: "Allowed" }]) {
            const plan = planSettings({}, { SharingSettings: order });
            assert.deepStrictEqual(plan.update, { SharingSettings: { NotebookOutputOption: "Disabled", S3KmsKeyId: "None" } });
            assert.deepStrictEqual(plan.kept, []);
            assert.deepStrictEqual(plan.changes.map((c) => [c.path.join("."), c.to]).sort(), [
                ["SharingSettings.NotebookOutputOption", "Disabled"],
                ["SharingSettings.S3KmsKeyId", undefined],
                ["SharingSettings.S3OutputPath", undefined],
            ]);
        }
        const stillShared = planSettings({ SharingSettings: { NotebookOutputOption: "Allowed" } }, { SharingSettings: sharing });
        assert.deepStrictEqual(stillShared.kept.map((k) => k.path.join(".")), ["SharingSettings.S3OutputPath"], "the path stays while sharing is allowed");
    });

    it("resets the RStudio group only while RStudio access is on, and leaves what is already the default", () => {
        const admin = (access: string) => ({ RStudioServerProAppSettings: { AccessStatus: access, UserGroup: "R_STUDIO_ADMIN" } });
        assert.deepStrictEqual(planSettings({ RStudioServerProAppSettings: { AccessStatus: "ENABLED" } }, admin("ENABLED")).update, {
            RStudioServerProAppSettings: { AccessStatus: "ENABLED", UserGroup: "R_STUDIO_USER" },
        });
        assert.deepStrictEqual(planSettings({ RStudioServerProAppSettings: { AccessStatus: "DISABLED" } }, admin("DISABLED")).changes, []);
        assert.deepStrictEqual(planSettings({}, { AutoMountHomeEFS: "DefaultAsDomain" }, { programSets: ["AutoMountHomeEFS"] }).changes, []);
    });

    it("leaves members the service fills in alone, unless the program set them before", () => {
        const actual = { StudioWebPortal: "DISABLED", AutoMountHomeEFS: "Disabled" };
        assert.deepStrictEqual(planSettings({}, actual), { changes: [], update: {}, kept: [] });
        const plan = planSettings({}, actual, { programSets: ["StudioWebPortal", "AutoMountHomeEFS"] });
        assert.deepStrictEqual(plan.update, { AutoMountHomeEFS: "DefaultAsDomain" });
        assert.deepStrictEqual(plan.kept.map((k) => [k.path.join("."), k.value]), [["StudioWebPortal", "DISABLED"]]);
    });
});
