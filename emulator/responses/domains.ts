import type { BackendContext } from "../backend/context";
import { createDomain, deleteDomain, requireDomain } from "../backend/domains";
import { paginate } from "../backend/pagination";
import type { DomainRecord, JsonObject, Tag } from "../backend/records";
import { requireUniqueKeys } from "../backend/tags";
import { validateRequest } from "../validation/request-validation";
import { listParameters, tokenBinding } from "./list-parameters";
import { requiredString, type Input, type Operation } from "./operation";
import { compact, timestamp } from "./output";

/** CreateDomain members echoed by DescribeDomain as given. */
const ECHOED_DOMAIN_MEMBERS = [
    "DefaultUserSettings",
    "DomainSettings",
    "SubnetIds",
    "VpcId",
    "HomeEfsFileSystemKmsKeyId",
    "KmsKeyId",
    "AppSecurityGroupManagement",
    "TagPropagation",
    "DefaultSpaceSettings",
] as const;

export function describeDomainOutput(domain: DomainRecord): Record<string, unknown> {
    return compact({
        DomainArn: domain.arn,
        DomainId: domain.domainId,
        DomainName: domain.domainName,
        HomeEfsFileSystemId: domain.homeEfsFileSystemId,
        SingleSignOnManagedApplicationInstanceId: domain.singleSignOnManagedApplicationInstanceId,
        SingleSignOnApplicationArn: domain.singleSignOnApplicationArn,
        Status: domain.status,
        CreationTime: timestamp(domain.creationTime),
        LastModifiedTime: timestamp(domain.lastModifiedTime),
        FailureReason: domain.failureReason,
        AuthMode: domain.authMode,
        AppNetworkAccessType: domain.appNetworkAccessType,
        Url: domain.url,
        ...Object.fromEntries(ECHOED_DOMAIN_MEMBERS.map((member) => [member, domain.settings[member]])),
    });
}

export const CreateDomain: Operation = {
    mutates: true,
    handle(input: Input, context: BackendContext) {
        validateRequest("CreateDomain", input);
        const tags = (input.Tags as Tag[] | undefined) ?? [];
        requireUniqueKeys(tags);
        const settings: JsonObject = {};
        for (const member of ECHOED_DOMAIN_MEMBERS) if (input[member] !== undefined) settings[member] = input[member];
        const domain = createDomain(context, {
            domainName: requiredString(input, "DomainName"),
            authMode: requiredString(input, "AuthMode"),
            ...(typeof input.AppNetworkAccessType === "string" ? { appNetworkAccessType: input.AppNetworkAccessType } : {}),
            settings,
            tags,
        });
        return { DomainArn: domain.arn, DomainId: domain.domainId, Url: domain.url };
    },
};

export const DescribeDomain: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("DescribeDomain", input);
        return describeDomainOutput(requireDomain(context, requiredString(input, "DomainId")));
    },
};

export const ListDomains: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("ListDomains", input);
        const parameters = listParameters(input);
        const page = paginate(
            Object.values(context.state.domains),
            (domain) => ({ sortValue: domain.creationTime, seq: domain.seq }),
            { ...parameters, descending: false, parameters: tokenBinding(input) },
        );
        return compact({
            Domains: page.items.map((domain) => ({
                DomainArn: domain.arn,
                DomainId: domain.domainId,
                DomainName: domain.domainName,
                Status: domain.status,
                CreationTime: timestamp(domain.creationTime),
                LastModifiedTime: timestamp(domain.lastModifiedTime),
                Url: domain.url,
            })),
            NextToken: page.nextToken,
        });
    },
};

export const DeleteDomain: Operation = {
    mutates: true,
    handle(input, context) {
        validateRequest("DeleteDomain", input);
        deleteDomain(context, requiredString(input, "DomainId"));
        return {};
    },
};
