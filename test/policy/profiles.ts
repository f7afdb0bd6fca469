// UserProfile args for engine tests of the pack: a profile every first-tier rule accepts, except
// for the default instance type the test chooses.
import { DOMAIN } from "../support/profiles-stack";

export function profile(name: string, instanceType: string): Record<string, unknown> {
    return {
        domainId: DOMAIN,
        userProfileName: name,
        tags: { owner: `${name}@example.com` },
        userSettings: {
            executionRole: `arn:aws:iam::123456789012:role/sagemaker/studio-${name}`,
            jupyterLabAppSettings: { defaultResourceSpec: { instanceType } },
        },
    };
}
