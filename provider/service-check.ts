// `check`, the part that reads the service, so that `pulumi preview` (and the preview `up` runs
// first) judges everything that can be judged before the first write:
//  - the domain exists, and the profile fits its rules (SSO fields, VpcOnly security groups),
//    with one DescribeDomain per domain per provider process;
//  - in an SSO domain, the user to assign to the domain's application exists in its identity store;
//  - an adoption (a resource with `adopt` that is new to the stack, where a profile of that name
//    exists) is refused when another stack owns the profile, and otherwise reviewed: every setting
//    and tag it will change, old → new, is shown before `up` does it.
// Values still unknown during preview are judged at `up`.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import type { UserProfileInputs } from "../model/profile/profile-properties";
import { quoteValue } from "../model/quote";
import { formatPath } from "../model/schema/names";
import { planSettings } from "../model/settings/settings-plan";
import { sagemakerClient } from "./aws/client";
import { describeDomain } from "./aws/domains";
import { describeProfile } from "./aws/profiles";
import { listTags } from "./aws/tags";
import { adoptionLines } from "./common/adoption-lines";
import { keptSettingWarning } from "./common/kept-settings";
import { OWNER_TAG } from "./common/ownership";
import { containsUnknown, isUnknown } from "./common/unknowns";
import { desiredProfile, type DesiredProfile } from "./operations/desired-profile";
import { domainFailures } from "./operations/domain-check";
import { assignmentTarget, identityCenterUserId, unknownUserReason } from "./operations/identity-center-assignment";
import { adoptionOwnership, profileAdopter } from "./operations/ownership-check";

type CheckFailure = pulumi.dynamic.CheckFailure;

export async function checkWithService(olds: Partial<UserProfileInputs>, news: UserProfileInputs): Promise<CheckFailure[]> {
    if (typeof news.domainId !== "string" || isUnknown(news.domainId) || typeof news.userProfileName !== "string" || isUnknown(news.userProfileName)) {
        return [];
    }
    const client = sagemakerClient();
    const desired = desiredProfile(news);
    let domain: DescribeDomainResponse;
    try {
        domain = await describeDomain(client, desired.domainId, desired.id);
    } catch (err) {
        return [{ property: "domainId", reason: (err as Error).message }];
    }
    const failures = domainFailures(domain, desired)
        .filter((f) => !containsUnknown(valueAt(news, f.path)))
        .map((f) => ({ property: formatPath(f.path), reason: f.reason }));
    if (failures.length === 0 && !isUnknown(news.singleSignOnUserValue)) {
        failures.push(...(await identityCenterUserCheck(domain, desired)));
    }
    const isNew = olds === undefined || olds.domainId === undefined;
    if (failures.length === 0 && isNew && (news.adopt === true || news.adopt === "takeover")) {
        failures.push(...(await adoptionReview(client, desired)));
    }
    return failures;
}

/** In an SSO domain, the user to assign exists in the identity store (one ListUsers pass per store per run). */
async function identityCenterUserCheck(domain: DescribeDomainResponse, desired: DesiredProfile): Promise<CheckFailure[]> {
    const applicationArn = assignmentTarget(domain, desired);
    if (applicationArn === undefined) {
        return [];
    }
    const userId = await identityCenterUserId(applicationArn, desired.singleSignOnUserValue!, desired.id);
    return userId === undefined ? [{ property: "singleSignOnUserValue", reason: unknownUserReason(desired.singleSignOnUserValue!) }] : [];
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
    let current = value;
    for (const segment of path) {
        if (typeof current !== "object" || current === null) return undefined;
        current = (current as Record<string | number, unknown>)[segment];
    }
    return current;
}

/** The existing profile an adoption takes over: refused when another stack owns it, else every change shown. */
async function adoptionReview(client: SageMakerClient, desired: DesiredProfile): Promise<CheckFailure[]> {
    const existing = await describeProfile(client, desired.domainId, desired.userProfileName);
    if (!existing) {
        return [];
    }
    const allTags = existing.UserProfileArn ? await listTags(client, existing.UserProfileArn, desired.id) : {};
    const id = `${desired.domainId}/${existing.UserProfileName ?? desired.userProfileName}`;
    const refusal = adoptionOwnership(profileAdopter(desired), allTags[OWNER_TAG]);
    if (refusal.refused) {
        return [{ property: "adopt", reason: refusal.reason }];
    }
    const failures: CheckFailure[] = [];
    for (const field of ["singleSignOnUserIdentifier", "singleSignOnUserValue"] as const) {
        const apiField = field === "singleSignOnUserIdentifier" ? "SingleSignOnUserIdentifier" : "SingleSignOnUserValue";
        if ((existing[apiField] ?? "") !== (desired[field] ?? "")) {
            failures.push({
                property: field,
                reason: `the existing profile ${id} has ${quoteValue(existing[apiField] ?? null)}; SSO fields cannot change, so adopting it with ${quoteValue(desired[field] ?? null)} is not possible: write the profile's value`,
            });
        }
    }
    if (failures.length > 0) {
        return failures;
    }
    const plan = planSettings(desired.settings, existing.UserSettings);
    const lines = adoptionLines("UserSettings", plan.changes, allTags, desired.tags);
    const takeover = refusal.takesOverFromAnotherStack ? " from the stack that owned it" : "";
    if (lines.length === 0 && plan.kept.length === 0) {
        console.log(`user profile ${id}: adopting the existing profile${takeover}; it already matches the program, so up only adds this stack's owner tag`);
    } else {
        console.warn(
            [`warning: user profile ${id}: adopting the existing profile${takeover}; up will change what the program does not say:`, ...lines.map((l) => `    ${l}`)].join("\n"),
        );
        for (const kept of plan.kept) {
            console.warn(`warning: ${keptSettingWarning(id, kept)}`);
        }
    }
    return [];
}
