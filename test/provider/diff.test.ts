import * as assert from "assert";
import { computeDiff } from "../../provider/diff";
import type { UserProfileInputs, UserProfileOutputs } from "../../provider/inputs";
import { planSettings } from "../../provider/settings-plan";
import { UNKNOWN } from "../../provider/unknowns";

const olds: UserProfileOutputs = {
    domainId: "d-1",
    userProfileName: "alice",
    arn: "arn",
    status: "InService",
    tags: { team: "ml" },
    userSettings: {
        executionRole: "arn:aws:iam::123456789012:role/Exec",
        securityGroups: ["sg-a", "sg-b"],
        jupyterLabAppSettings: { lifecycleConfigArns: ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/x"] },
        // Filled in by the service; the program never set it.
        studioWebPortal: "ENABLED",
    },
};
const same: UserProfileInputs = {
    domainId: "d-1",
    userProfileName: "alice",
    tags: { team: "ml" },
    userSettings: {
        executionRole: "arn:aws:iam::123456789012:role/Exec",
        securityGroups: ["sg-b", "sg-a"],
        jupyterLabAppSettings: { lifecycleConfigArns: ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/x"] },
    },
};

describe("provider: diff", () => {
    it("sees no change for equal settings, set-like lists in another order, and server-filled members", () => {
        const d = computeDiff(olds, same);
        assert.deepStrictEqual([d.replaces, d.updates], [[], []]);
    });

    it("ignores a change of letter case in the name", () => {
        assert.deepStrictEqual(computeDiff(olds, { ...same, userProfileName: "ALICE" }).replaces, []);
    });

    it("replaces for a new name or domain, creating first", () => {
        const renamed = computeDiff(olds, { ...same, userProfileName: "bob" });
        assert.deepStrictEqual(renamed.replaces, ["userProfileName"]);
        assert.strictEqual(renamed.deleteBeforeReplace, false);
        assert.deepStrictEqual(computeDiff(olds, { ...same, domainId: "d-2" }).replaces, ["domainId"]);
    });

    it("replaces delete-before-replace when only the SSO user changes", () => {
        const d = computeDiff({ ...olds, singleSignOnUserValue: "a" }, { ...same, singleSignOnUserValue: "b" });
        assert.deepStrictEqual(d.replaces, ["singleSignOnUserValue"]);
        assert.strictEqual(d.deleteBeforeReplace, true);
    });

    it("updates in place for settings, tags and behaviour options, naming each changed setting", () => {
        const d = computeDiff(olds, {
            ...same,
            tags: { team: "ml", env: "prod" },
            deleteApps: true,
            userSettings: { ...same.userSettings, executionRole: "arn:aws:iam::123456789012:role/Other" },
        });
        assert.deepStrictEqual(d.replaces, []);
        assert.deepStrictEqual(d.updates, ["userSettings", "tags", "deleteApps"]);
        assert.deepStrictEqual(d.settings.map((c) => c.path.join(".")), ["ExecutionRole"]);
    });

    it("treats unknown values as changes", () => {
        assert.deepStrictEqual(computeDiff(olds, { ...same, userSettings: { executionRole: UNKNOWN } }).updates, ["userSettings"]);
        assert.deepStrictEqual(computeDiff(olds, { ...same, domainId: UNKNOWN }).replaces, ["domainId"]);
    });

    it("a new provider version alone is no change", () => {
        const d = computeDiff({ ...olds, __provider: "old code" } as UserProfileOutputs, { ...same, __provider: "new code" } as UserProfileInputs);
        assert.deepStrictEqual([d.replaces, d.updates], [[], []]);
    });
});

describe("provider: settings plan", () => {
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
        assert.deepStrictEqual(plan.unclearable, [["KernelGatewayAppSettings", "DefaultResourceSpec", "InstanceType"]]);
        assert.deepStrictEqual(
            plan.changes.map((c) => c.path.join(".")),
            ["SecurityGroups", "KernelGatewayAppSettings.DefaultResourceSpec.SageMakerImageVersionArn"],
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
});
