// Rationale: a positive allow-list of default instance types keeps cost predictable as SageMaker
// adds new (GPU) families that a deny-list would let through.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { list, quote } from "../lib/format";
import { matchesAnyGlob } from "../lib/patterns";
import { validateUserProfile } from "../lib/policy-kit";

interface AllowedInstanceTypesConfig {
    allowedInstanceTypes: string[];
}

export const allowedInstanceTypes: ResourceValidationPolicy = {
    name: "sagemaker-userprofile-allowed-instance-types",
    description: "A user profile's app default instance types must be on the allow-list.",
    enforcementLevel: "advisory",
    severity: "medium",
    configSchema: {
        properties: {
            allowedInstanceTypes: {
                type: "array",
                items: { type: "string", minLength: 1 },
                default: ["system", "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*"],
                description: "Instance types apps may default to; `*` matches any characters (`ml.t3.*`).",
            },
        },
    },
    validateResource: validateUserProfile<AllowedInstanceTypesConfig>((profile, { allowedInstanceTypes }, report) => {
        for (const { path, instanceType } of profile.defaultInstanceTypes()) {
            if (!matchesAnyGlob(allowedInstanceTypes, instanceType)) {
                report(`${profile.label}: ${path} is ${quote(instanceType)}, which is not allowed; ` +
                    `allowed: ${list(allowedInstanceTypes)}.`);
            }
        }
    }),
};
