// Rationale: a space's EBS volume is billed whether or not anyone works in it, and it can only be
// given back by deleting the space with its files; cap the size where it is chosen.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { validateSpace } from "../lib/policy-kit";

interface SpaceMaxEbsSizeConfig {
    maxEbsVolumeSizeInGb: number;
}

export const spaceMaxEbsSize: ResourceValidationPolicy = {
    name: "sagemaker-space-max-ebs-size",
    description: "A space's EBS volume must not be larger than the maximum.",
    enforcementLevel: "mandatory",
    severity: "medium",
    configSchema: {
        properties: {
            maxEbsVolumeSizeInGb: { type: "integer", minimum: 5, maximum: 16384, default: 500, description: "The largest volume a space may have, in GB." },
        },
    },
    validateResource: validateSpace<SpaceMaxEbsSizeConfig>((space, { maxEbsVolumeSizeInGb }, report) => {
        const size = space.ebsVolumeSizeInGb;
        if (size !== undefined && size > maxEbsVolumeSizeInGb) {
            report(`${space.label}: spaceSettings.spaceStorageSettings.ebsStorageSettings.ebsVolumeSizeInGb is ${size}, above the maximum of ${maxEbsVolumeSizeInGb} GB.`);
        }
    }),
};
