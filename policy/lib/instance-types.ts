// Instance types as SageMaker names them: `ml.<family>.<size>`, plus `system` (JupyterServer) and
// `ml.geospatial.interactive`. Families are compared whole: `ml.p3dn.24xlarge` is family `p3dn`.

/** The family of `ml.p3dn.24xlarge` is `p3dn`; `system` has none. */
export function instanceFamily(instanceType: string): string | undefined {
    const parts = instanceType.split(".");
    return parts.length >= 3 && parts[0] === "ml" ? parts[1] : undefined;
}

/** Accelerated families (GPU and Trainium) among the SDK's AppInstanceType values. */
export const ACCELERATED_FAMILIES: readonly string[] = [
    "g4dn", "g5", "g6", "g6e", "g7", "g7e", "p3", "p3dn", "p4d", "p4de", "p5", "p5en", "p6-b200", "trn1", "trn1n",
];
