// Rationale: a positive allow-list of default instance types keeps cost predictable as SageMaker
// adds new (GPU) families that a deny-list would let through.
import { instanceTypeGlobsSetting, reportInstanceTypesNotAllowed } from "../lib/instance-types";
import { userProfileRule } from "../lib/rule";

export const allowedInstanceTypes = userProfileRule({
    name: "sagemaker-userprofile-allowed-instance-types",
    description: "A user profile's app default instance types must be on the allow-list.",
    enforcementLevel: "advisory",
    severity: "medium",
    config: {
        allowedInstanceTypes: instanceTypeGlobsSetting("apps", ["system", "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*"]),
    },
    check: (profile, { allowedInstanceTypes }, report) => reportInstanceTypesNotAllowed(profile, allowedInstanceTypes, report),
});
