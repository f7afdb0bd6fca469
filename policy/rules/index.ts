// Every policy of the pack, in the order the pack lists them.
import type { Policies } from "@pulumi/policy";
import { allowedInstanceTypes } from "./allowed-instance-types";
import { canvasRolePatterns } from "./canvas-role-patterns";
import { deniedInstanceFamilies } from "./denied-instance-families";
import { executionRoleAllowed } from "./execution-role-allowed";
import { idleShutdown } from "./idle-shutdown";
import { lifecycleConfigRequired } from "./lifecycle-config-required";
import { notebookSharing } from "./notebook-sharing";
import { requiredTags } from "./required-tags";
import { rstudioAdminRestricted } from "./rstudio-admin-restricted";
import { sharedSpaceTeamTag } from "./shared-space-team-tag";
import { spaceAllowedAppTypes } from "./space-allowed-app-types";
import { spaceAllowedInstanceTypes } from "./space-allowed-instance-types";
import { spaceMaxEbsSize } from "./space-max-ebs-size";
import { ssoConsistency } from "./sso-consistency";
import { teamGpuQuota } from "./team-gpu-quota";
import { vpcOnlySecurityGroups } from "./vpconly-security-groups";

export const POLICIES: Policies = [
    deniedInstanceFamilies,
    allowedInstanceTypes,
    executionRoleAllowed,
    notebookSharing,
    requiredTags,
    ssoConsistency,
    vpcOnlySecurityGroups,
    rstudioAdminRestricted,
    lifecycleConfigRequired,
    canvasRolePatterns,
    idleShutdown,
    spaceMaxEbsSize,
    spaceAllowedAppTypes,
    spaceAllowedInstanceTypes,
    sharedSpaceTeamTag,
    teamGpuQuota,
];
