// Space props for the pack's space rules: a private JupyterLab space of member alice, with what
// the test changes, and the rule run on it as the engine would.
import { runResourcePolicy } from "./harness";

const SPACE = "pulumi-nodejs:dynamic/sagemaker:Space";

export function space(overrides: { sharingType?: string; appType?: unknown; instanceType?: unknown; ebs?: unknown; tags?: Record<string, string> } = {}) {
    return {
        domainId: "d-testdomain01",
        spaceName: "alice-private",
        ...(overrides.tags !== undefined ? { tags: overrides.tags } : {}),
        spaceSharingSettings: { sharingType: overrides.sharingType ?? "Private" },
        ownershipSettings: { ownerUserProfileName: "alice" },
        spaceSettings: {
            ...(overrides.appType !== null ? { appType: overrides.appType ?? "JupyterLab" } : {}),
            jupyterLabAppSettings: { defaultResourceSpec: { instanceType: overrides.instanceType ?? "ml.t3.medium" } },
            ...(overrides.ebs !== undefined ? { spaceStorageSettings: { ebsStorageSettings: { ebsVolumeSizeInGb: overrides.ebs } } } : {}),
        },
    };
}

export const run = (policy: Parameters<typeof runResourcePolicy>[0], props: Record<string, unknown>, config?: Record<string, unknown>) =>
    runResourcePolicy(policy, { name: "ml-alice-space", type: SPACE, props, ...(config ? { config } : {}) });
export const messages = (outcome: { violations: string[] }) => outcome.violations.map((v) => v.split("\n")[1]);
