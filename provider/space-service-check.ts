// A space's `check`, the part that reads the service, so that `pulumi preview` judges what can be
// judged before the first write:
//  - the domain exists (one DescribeDomain per domain per provider process), and a shared space's
//    EBS size is within the domain's maximum;
//  - a private space's size is within its owner's maximum, where the owner exists already: a
//    warning, since the same deployment may still raise it (up judges it before any write);
//  - an adoption (a resource with `adopt` that is new to the stack, where a space of that name
//    exists) is refused when another stack owns the space or its owner, sharing type or app type
//    differ (they cannot change), and otherwise every setting and tag it will change is shown.
// Values still unknown during preview are judged at `up`.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { formatPath } from "../model/schema/names";
import { planSettings } from "../model/settings/settings-plan";
import type { SpaceInputs } from "../model/space/space-properties";
import { sagemakerClient } from "./aws/client";
import { describeDomain } from "./aws/domains";
import { describeSpace } from "./aws/spaces";
import { listTags } from "./aws/tags";
import { adoptionLines } from "./common/adoption-lines";
import { keptSettingWarning } from "./common/kept-settings";
import { OWNER_TAG } from "./common/ownership";
import { containsUnknown, isUnknown } from "./common/unknowns";
import { adoptionOwnership } from "./operations/ownership-check";
import { desiredSpace, type DesiredSpace } from "./operations/spaces/desired-space";
import { identityDiffers } from "./operations/spaces/identity";
import { previewFit } from "./operations/spaces/space-fit";

type CheckFailure = pulumi.dynamic.CheckFailure;

export async function checkSpaceWithService(olds: Partial<SpaceInputs>, news: SpaceInputs): Promise<CheckFailure[]> {
    if (typeof news.domainId !== "string" || isUnknown(news.domainId) || typeof news.spaceName !== "string" || isUnknown(news.spaceName)) {
        return [];
    }
    const client = sagemakerClient();
    const desired = desiredSpace(news);
    let domain: DescribeDomainResponse;
    try {
        domain = await describeDomain(client, desired.domainId, desired.subject);
    } catch (err) {
        return [{ property: "domainId", reason: (err as Error).message }];
    }
    const failures: CheckFailure[] = [];
    if (!containsUnknown(news.spaceSettings) && !containsUnknown(news.ownershipSettings) && !containsUnknown(news.spaceSharingSettings)) {
        const fit = await previewFit(client, domain, desired);
        failures.push(...fit.failures.map((f) => ({ property: formatPath(f.path), reason: f.reason })));
        for (const warning of fit.warnings) {
            console.warn(`warning: ${desired.subject}: ${formatPath(warning.path)}: ${warning.reason} (up fails unless this deployment changes the owner's profile)`);
        }
    }
    const isNew = olds === undefined || olds.domainId === undefined;
    if (failures.length === 0 && isNew && (news.adopt === true || news.adopt === "takeover")) {
        failures.push(...(await adoptionReview(client, desired)));
    }
    return failures;
}

async function adoptionReview(client: SageMakerClient, desired: DesiredSpace): Promise<CheckFailure[]> {
    const existing = await describeSpace(client, desired.domainId, desired.spaceName);
    if (!existing) {
        return [];
    }
    const allTags = existing.SpaceArn ? await listTags(client, existing.SpaceArn, desired.subject) : {};
    const refusal = adoptionOwnership({ subject: desired.subject, owner: desired.owner, adopt: desired.inputs.adopt }, allTags[OWNER_TAG]);
    if (refusal.refused) {
        return [{ property: "adopt", reason: refusal.reason }];
    }
    if (identityDiffers(existing, desired)) {
        const has = `owner ${existing.OwnershipSettings?.OwnerUserProfileName ?? "(none)"}, sharing type ${existing.SpaceSharingSettings?.SharingType ?? "(none)"}, app type ${existing.SpaceSettings?.AppType ?? "(none)"}`;
        return [{ property: "adopt", reason: `the existing ${desired.subject} has ${has}, which cannot change: write the space's values to adopt it` }];
    }
    const plan = planSettings(desired.settings, existing.SpaceSettings, { root: "SpaceSettings" });
    const lines = adoptionLines("SpaceSettings", plan.changes, allTags, desired.tags);
    const takeover = refusal.takesOverFromAnotherStack ? " from the stack that owned it" : "";
    if (lines.length === 0 && plan.kept.length === 0) {
        console.log(`${desired.subject}: adopting the existing space${takeover}; it already matches the program, so up only adds this stack's owner tag`);
    } else {
        console.warn([`warning: ${desired.subject}: adopting the existing space${takeover}; up will change what the program does not say:`, ...lines.map((l) => `    ${l}`)].join("\n"));
        for (const kept of plan.kept) {
            console.warn(`warning: ${keptSettingWarning(desired.subject, kept, "SpaceSettings")}`);
        }
    }
    return [];
}
