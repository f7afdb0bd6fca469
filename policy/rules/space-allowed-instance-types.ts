// Rationale: a space's default instance type is what every session in it starts on; the same
// allow-list that keeps profiles' defaults predictable keeps spaces' too.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { list, quote } from "../lib/format";
import { matchesAnyGlob } from "../lib/patterns";
import { validateSpace } from "../lib/policy-kit";

interface SpaceAllowedInstanceTypesConfig {
    allowedInstanceTypes: string[];
}

export const spaceAllowedInstanceTypes: ResourceValidationPolicy = {
    name: "sagemaker-space-allowed-instance-types",
    description: "A space's app default instance type must be on the allow-list.",
    enforcementLevel: "advisory",
    severity: "medium",
    configSchema: {
        properties: {
            allowedInstanceTypes: {
                type: "array",
                items: { type: "string", minLength: 1 },
                default: ["ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*"],
                description: "Instance types a space's app may default to; `*` matches any characters (`ml.t3.*`).",
            },
        },
    },
    validateResource: validateSpace<SpaceAllowedInstanceTypesConfig>((space, { allowedInstanceTypes }, report) => {
        for (const { path, instanceType } of space.defaultInstanceTypes()) {
            if (!matchesAnyGlob(allowedInstanceTypes, instanceType)) {
                report(`${space.label}: ${path} is ${quote(instanceType)}, which is not allowed; allowed: ${list(allowedInstanceTypes)}.`);
            }
        }
    }),
};
