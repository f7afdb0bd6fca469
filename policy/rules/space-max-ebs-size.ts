// Rationale: a space's EBS volume is billed whether or not anyone works in it, and it can only be
// given back by deleting the space with its files; cap the size where it is chosen.
import { integerSetting } from "../lib/config-schema";
import { spaceRule } from "../lib/rule";

export const spaceMaxEbsSize = spaceRule({
    name: "sagemaker-space-max-ebs-size",
    description: "A space's EBS volume must not be larger than the maximum.",
    enforcementLevel: "mandatory",
    severity: "medium",
    config: {
        maxEbsVolumeSizeInGb: integerSetting({ minimum: 5, maximum: 16384, default: 500, description: "The largest volume a space may have, in GB." }),
    },
    check: (space, { maxEbsVolumeSizeInGb }, report) => {
        const size = space.ebsVolumeSizeInGb;
        if (size !== undefined && size > maxEbsVolumeSizeInGb) {
            report(`${space.label}: spaceSettings.spaceStorageSettings.ebsStorageSettings.ebsVolumeSizeInGb is ${size}, above the maximum of ${maxEbsVolumeSizeInGb} GB.`);
        }
    },
});
