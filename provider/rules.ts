// The model's cross-field rules, as the provider applies them: the ones that
// need nothing but the inputs in `check`, and all of them again with the
// domain's facts just before a profile is created.
import type { DescribeDomainResponse } from "@aws-sdk/client-sagemaker";
import { checkUserProfileRules, DomainFacts } from "../model/rules";
import type { Violation } from "../model/validate";

export function profileRules(request: unknown): Violation[] {
    return checkUserProfileRules(request, {}, { warnings: false });
}

export function domainFacts(domain: DescribeDomainResponse): DomainFacts {
    return {
        authMode: domain.AuthMode,
        appNetworkAccessType: domain.AppNetworkAccessType,
        defaultUserSettings: (domain.DefaultUserSettings as Record<string, unknown> | undefined) ?? {},
    };
}

export function domainRules(request: unknown, domain: DescribeDomainResponse): Violation[] {
    return checkUserProfileRules(request, { domain: domainFacts(domain) }, { warnings: false });
}
