// The space rules that need the service (model/validation/cross-field-rules.ts, those that read
// it): the domain's and the owner's EBS maximum, and an owner that exists and is InService. Before
// CreateSpace or UpdateSpace every one is judged with the owner as it is then: a team's space
// depends on its owner's profile, so the engine has created or updated the owner first. At preview
// the owner may still change (or not exist yet) in the same deployment, so what depends on it only
// warns; the domain's rules fail the preview.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { checkSpaceRules, type OwnerProfileFacts, type SpaceOperation } from "../../model/validation/cross-field-rules";
import { describeViolation, type PropertyFailure } from "../../model/validation/failure-reasons";
import type { Violation } from "../../model/validation/shape-validator";
import { formatPath } from "../../model/schema/names";
import { describeDomain } from "../../gateway/domains";
import { USER_PROFILE_CALLS } from "../../gateway/profiles";
import type { Described } from "../../gateway/records";
import type { Desired } from "../lifecycle/kind";
import { containsUnknown } from "../lifecycle/unknowns";
import { domainFacts } from "./user-profile";

/** The rules that depend on what the owner profile is when the space is written. */
const OWNER_RULES = new Set(["space-owner-profile-in-service"]);

const ownerNameOf = (space: Record<string, unknown> | undefined): string | undefined => {
    const name = (space?.OwnershipSettings as { OwnerUserProfileName?: unknown } | undefined)?.OwnerUserProfileName;
    return typeof name === "string" ? name : undefined;
};

async function ownerFacts(client: SageMakerClient, desired: Desired, ownerName: string | undefined): Promise<OwnerProfileFacts | undefined> {
    if (ownerName === undefined) {
        return undefined;
    }
    const owner = await USER_PROFILE_CALLS.describe(client, desired.domainId, ownerName);
    return owner === undefined
        ? { exists: false }
        : { exists: true, status: owner.Status, userSettings: (owner.UserSettings as Record<string, unknown> | undefined) ?? {} };
}

/** An owner's violation is the owner's maximum only for a private space (a shared one is held to the domain's). */
function dependsOnOwner(v: Violation, desired: Desired): boolean {
    const sharingType = (desired.request.SpaceSharingSettings as { SharingType?: string } | undefined)?.SharingType;
    return OWNER_RULES.has(v.rule ?? "") || (v.rule === "space-ebs-size-within-maximum" && sharingType === "Private");
}

/** At preview: the domain's rules as failures; the owner's, where the owner exists already, as warnings. */
export async function previewFit(client: SageMakerClient, domain: DescribeDomainResponse | undefined, desired: Desired): Promise<PropertyFailure[]> {
    if (domain === undefined || ["SpaceSettings", "OwnershipSettings", "SpaceSharingSettings"].some((member) => containsUnknown(desired.request[member]))) {
        return []; // judged at up, when the values are known
    }
    const owner = await ownerFacts(client, desired, ownerNameOf(desired.request));
    const violations = checkSpaceRules(
        desired.request,
        { domain: domainFacts(domain), ...(owner?.exists ? { owner: { ...owner, status: undefined } } : {}) },
        { warnings: false, only: "service" },
    );
    const failures: PropertyFailure[] = [];
    for (const v of violations) {
        const failure = describeViolation(v);
        if (dependsOnOwner(v, desired)) {
            console.warn(`warning: ${desired.subject}: ${formatPath(failure.path)}: ${failure.reason} (up fails unless this deployment changes the owner's profile)`);
        } else {
            failures.push(failure);
        }
    }
    return failures;
}

/** Before CreateSpace or UpdateSpace: the space fits its domain and its owner, or nothing is written. */
export async function checkSpaceFits(client: SageMakerClient, desired: Desired, operation: "create" | "update", current?: Described): Promise<void> {
    const domain = await describeDomain(client, desired.domainId, desired.subject);
    const owner = await ownerFacts(client, desired, ownerNameOf(operation === "create" ? desired.request : current));
    const spaceOperation: SpaceOperation = operation === "create" ? "CreateSpace" : "UpdateSpace";
    const failures = checkSpaceRules(desired.request, {
        operation: spaceOperation,
        domain: domainFacts(domain),
        ...(owner !== undefined ? { owner } : {}),
        ...(current !== undefined ? { currentSpace: current } : {}),
        ...(typeof current?.SpaceArn === "string" ? { spaceArn: current.SpaceArn } : {}),
    }, { warnings: false, only: "service" }).map(describeViolation);
    if (failures.length > 0) {
        const missingOwner = owner !== undefined && !owner.exists;
        throw new Error(
            `${desired.subject} does not fit its domain or owner: ` +
                failures.map((f) => `${formatPath(f.path)}: ${f.reason}`).join("; ") +
                (missingOwner ? `. A space is created after its owner's profile: give the Space dependsOn: [the owner's UserProfile]` : ""),
        );
    }
}
