// The space rules that need the service: the domain's and the owner's EBS maximum, and an owner
// that exists and is InService. At `up` (before CreateSpace or UpdateSpace) every rule is judged
// with the owner as it is then: the space depends on its owner's profile, so the engine has
// created or updated the owner first. At preview the owner may still change (or not exist yet)
// in the same deployment, so what depends on it only warns; the domain's rules fail the preview.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { checkSpaceRules, type OwnerProfileFacts, type SpaceOperation } from "../../../model/validation/cross-field-rules";
import { describeViolation, type PropertyFailure } from "../../../model/validation/failure-reasons";
import type { Violation } from "../../../model/validation/shape-validator";
import { formatPath } from "../../../model/schema/names";
import { describeDomain } from "../../aws/domains";
import { describeProfile } from "../../aws/profiles";
import type { DescribedSpace } from "../../aws/spaces";
import { domainFacts } from "../domain-check";
import { spaceRequest, type DesiredSpace } from "./desired-space";

/** The rules that depend on what the owner profile is when the space is written. */
const OWNER_RULES = new Set(["space-owner-profile-in-service"]);

async function ownerFacts(client: SageMakerClient, desired: DesiredSpace, ownerName: string | undefined): Promise<OwnerProfileFacts | undefined> {
    if (ownerName === undefined) {
        return undefined;
    }
    const owner = await describeProfile(client, desired.domainId, ownerName);
    return owner === undefined
        ? { exists: false }
        : { exists: true, status: owner.Status, userSettings: (owner.UserSettings as Record<string, unknown> | undefined) ?? {} };
}

/** An owner's violation is the owner's maximum only for a private space (a shared one is held to the domain's). */
function dependsOnOwner(v: Violation, sharingType: string | undefined): boolean {
    return OWNER_RULES.has(v.rule ?? "") || (v.rule === "space-ebs-size-within-maximum" && sharingType === "Private");
}

export interface PreviewFit {
    failures: PropertyFailure[];
    /** What fails at `up` unless the same deployment changes the owner. */
    warnings: PropertyFailure[];
}

/** At preview: the domain's rules as failures; the owner's, where the owner exists already, as warnings. */
export async function previewFit(client: SageMakerClient, domain: DescribeDomainResponse, desired: DesiredSpace): Promise<PreviewFit> {
    const owner = await ownerFacts(client, desired, desired.ownerUserProfileName);
    const violations = checkSpaceRules(
        spaceRequest(desired),
        { domain: domainFacts(domain), ...(owner?.exists ? { owner: { ...owner, status: undefined } } : {}) },
        { warnings: false },
    );
    const fit: PreviewFit = { failures: [], warnings: [] };
    for (const v of violations) {
        (dependsOnOwner(v, desired.sharingType) ? fit.warnings : fit.failures).push(describeViolation(v));
    }
    return fit;
}

/** Before CreateSpace or UpdateSpace: the space fits its domain and its owner, or nothing is written. */
export async function checkSpaceFits(client: SageMakerClient, desired: DesiredSpace, operation: SpaceOperation, current?: DescribedSpace): Promise<void> {
    const domain = await describeDomain(client, desired.domainId, desired.subject);
    const ownerName = operation === "CreateSpace" ? desired.ownerUserProfileName : current?.OwnershipSettings?.OwnerUserProfileName;
    const owner = await ownerFacts(client, desired, ownerName);
    const request = operation === "CreateSpace" ? spaceRequest(desired) : updateRequestOf(desired);
    const failures = checkSpaceRules(request, {
        operation,
        domain: domainFacts(domain),
        ...(owner !== undefined ? { owner } : {}),
        ...(current !== undefined ? { currentSpace: current as Record<string, unknown> } : {}),
        ...(current?.SpaceArn !== undefined ? { spaceArn: current.SpaceArn } : {}),
    }, { warnings: false }).map(describeViolation);
    if (failures.length > 0) {
        const missingOwner = owner !== undefined && !owner.exists;
        throw new Error(
            `${desired.subject} does not fit its domain or owner: ` +
                failures.map((f) => `${formatPath(f.path)}: ${f.reason}`).join("; ") +
                (missingOwner ? `. A space is created after its owner's profile: give the Space dependsOn: [the owner's UserProfile]` : ""),
        );
    }
}

/** The members of an UpdateSpace the rules judge: the settings without the app type, which UpdateSpace refuses. */
function updateRequestOf(desired: DesiredSpace): Record<string, unknown> {
    const { AppType: _appType, ...settings } = desired.settings ?? {};
    return { DomainId: desired.domainId, SpaceName: desired.spaceName, SpaceSettings: settings };
}
