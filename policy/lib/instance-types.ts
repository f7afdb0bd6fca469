// Instance types as SageMaker names them: `ml.<family>.<size>`, plus `system` (JupyterServer) and
// `ml.geospatial.interactive`. Families are compared whole: `ml.p3dn.24xlarge` is family `p3dn`.
// Profiles and spaces share the allow-list of default instance types, as globs.
import type { ReportViolation } from "@pulumi/policy";
import { type Setting, stringListSetting } from "./config-schema";
import { list, quote } from "./format";
import { matchesAnyGlob } from "./patterns";
import type { ResourceView } from "./resource-view";

/** The family of `ml.p3dn.24xlarge` is `p3dn`; `system` has none. */
export function instanceFamily(instanceType: string): string | undefined {
    const parts = instanceType.split(".");
    return parts.length >= 3 && parts[0] === "ml" ? parts[1] : undefined;
}

/** Accelerated families (GPU and Trainium) among the SDK's AppInstanceType values. */
export const ACCELERATED_FAMILIES: readonly string[] = [
    "g4dn", "g5", "g6", "g6e", "g7", "g7e", "p3", "p3dn", "p4d", "p4de", "p5", "p5en", "p6-b200", "trn1", "trn1n",
];

/** Allowed instance types as globs (`ml.t3.*`), for what `defaultsOf` ("apps", "a space's app") may default to. */
export function instanceTypeGlobsSetting(defaultsOf: string, globs: string[]): Setting<string[]> {
    return stringListSetting({
        items: { minLength: 1 },
        default: globs,
        description: `Instance types ${defaultsOf} may default to; \`*\` matches any characters (\`ml.t3.*\`).`,
    });
}

/** Reports each default instance type of the resource that matches none of the allowed globs. */
export function reportInstanceTypesNotAllowed(view: ResourceView, allowed: readonly string[], report: ReportViolation): void {
    for (const { path, instanceType } of view.defaultInstanceTypes()) {
        if (!matchesAnyGlob(allowed, instanceType)) {
            report(`${view.label}: ${path} is ${quote(instanceType)}, which is not allowed; allowed: ${list(allowed)}.`);
        }
    }
}
