// Rationale: a space's default instance type is what every session in it starts on; the same
// allow-list that keeps profiles' defaults predictable keeps spaces' too.
import { instanceTypeGlobsSetting, reportInstanceTypesNotAllowed } from "../lib/instance-types";
import { spaceRule } from "../lib/rule";

export const spaceAllowedInstanceTypes = spaceRule({
    name: "sagemaker-space-allowed-instance-types",
    description: "A space's app default instance type must be on the allow-list.",
    enforcementLevel: "advisory",
    severity: "medium",
    config: {
        allowedInstanceTypes: instanceTypeGlobsSetting("a space's app", ["ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*"]),
    },
    check: (space, { allowedInstanceTypes }, report) => reportInstanceTypesNotAllowed(space, allowedInstanceTypes, report),
});
