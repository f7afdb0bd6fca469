// The cross-field rules that need the domain (SSO fields, security groups of VpcOnly domains),
// judged against DescribeDomain before a profile is created.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { formatPath } from "../../model/schema/names";
import { checkUserProfileRules, type DomainFacts } from "../../model/validation/cross-field-rules";
import { describeViolation, type PropertyFailure } from "../../model/validation/failure-reasons";
import { describeDomain } from "../aws/domains";
import type { DesiredProfile } from "./desired-profile";

export function domainFacts(domain: DescribeDomainResponse): DomainFacts {
    return {
        authMode: domain.AuthMode,
        appNetworkAccessType: domain.AppNetworkAccessType,
        defaultUserSettings: (domain.DefaultUserSettings as Record<string, unknown> | undefined) ?? {},
        defaultSpaceSettings: (domain.DefaultSpaceSettings as Record<string, unknown> | undefined) ?? {},
    };
}

/** What does not fit the domain, as property failures (Pulumi paths), with the request the profile makes. */
export function domainFailures(domain: DescribeDomainResponse, desired: DesiredProfile): PropertyFailure[] {
    const request = {
        DomainId: desired.domainId,
        UserProfileName: desired.userProfileName,
        SingleSignOnUserIdentifier: desired.singleSignOnUserIdentifier,
        SingleSignOnUserValue: desired.singleSignOnUserValue,
        UserSettings: desired.settings,
    };
    return checkUserProfileRules(request, { domain: domainFacts(domain) }, { warnings: false }).map(describeViolation);
}

/** Before a create (also with --skip-preview): the domain exists and the profile fits it. */
export async function checkAgainstDomain(client: SageMakerClient, desired: DesiredProfile): Promise<DescribeDomainResponse> {
    const domain = await describeDomain(client, desired.domainId, desired.id);
    const failures = domainFailures(domain, desired);
    if (failures.length > 0) {
        throw new Error(
            `user profile ${desired.id} does not fit domain ${desired.domainId}: ` + failures.map((f) => `${formatPath(f.path)} ${f.reason}`).join("; "),
        );
    }
    return domain;
}
