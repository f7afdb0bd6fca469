// The team the benchmark deploys: N members sharing team defaults (an
// execution role, two security groups, a KernelGateway default instance type)
// and two tags, as in the README's state-size example; with private spaces,
// each member also gets a JupyterLab space of 20 GB. The "updated" variant
// changes one team default (and the spaces' instance type), which updates
// every member (and every space) in place.
export type TeamVariant = "base" | "updated";

export const BENCH_DOMAIN = "d-benchmark0001";

function memberName(i: number): string {
    return `user-${String(i).padStart(4, "0")}`;
}

export const EXECUTION_ROLE = "arn:aws:iam::123456789012:role/service-role/BenchStudioExecution";
export const SECURITY_GROUPS = ["sg-0123456789abcdef0", "sg-0fedcba9876543210"];
export const TAGS = { team: "bench", "cost-center": "ml-platform" };

function userSettings(variant: TeamVariant): Record<string, unknown> {
    return {
        executionRole: EXECUTION_ROLE,
        securityGroups: SECURITY_GROUPS,
        kernelGatewayAppSettings: {
            defaultResourceSpec: { instanceType: variant === "base" ? "ml.t3.medium" : "ml.m5.large" },
        },
    };
}

/** `firstMember` numbers the members from there, so that teams split from one organisation do not collide. */
export function teamSpec(members: number, variant: TeamVariant, privateSpaces = false, firstMember = 0): Record<string, unknown> {
    return {
        defaults: userSettings(variant),
        tags: TAGS,
        ...(privateSpaces
            ? { privateSpace: { appType: "JupyterLab", instanceType: variant === "base" ? "ml.t3.medium" : "ml.m5.large", ebsVolumeSizeInGb: 20 } }
            : {}),
        members: Array.from({ length: members }, (_, i) => ({ name: memberName(firstMember + i) })),
    };
}
