// The Identity Center step of a create or an update, once the profile is InService. A failure
// there leaves the profile recorded (never orphaned) with its assignment "missing", so the next
// `pulumi up` tries again.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { UserProfileOutputs } from "../../model/profile/profile-properties";
import { describeDomain } from "../aws/domains";
import { warnOnce } from "../common/warnings";
import type { DesiredProfile } from "./desired-profile";
import { ensureAssignment, recorded, type AssignmentRecord } from "./identity-center-assignment";
import { ProfileInitError } from "./profile-init-error";

export async function assignedOrRetried(client: SageMakerClient, desired: DesiredProfile, outs: UserProfileOutputs, before: AssignmentRecord): Promise<AssignmentRecord> {
    try {
        const domain = await describeDomain(client, desired.domainId, desired.id);
        if (domain.AuthMode === "SSO" && desired.inputs.assignIdentityCenterUser === false) {
            warnOnce(
                "sso-assignment",
                `Domain ${desired.domainId} uses IAM Identity Center and assignIdentityCenterUser is false: assign each user (or their group) ` +
                    `to the domain's Identity Center application yourself, or they will see "Access Denied" when opening Studio.`,
            );
        }
        return await ensureAssignment(domain, desired, before);
    } catch (err) {
        const failed = { ...outs, ...recorded({ identityCenterUserId: before.identityCenterUserId, identityCenterAssignment: "missing" }) };
        throw new ProfileInitError(`${(err as Error).message}. The profile exists; the next pulumi up assigns the user again.`, desired.id, failed, desired.inputs);
    }
}
