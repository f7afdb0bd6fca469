import { createDomain, DOMAIN } from "../../models/kinds/domain";
import type { DomainRecord, JsonObject } from "../../models/records";
import { optionalString, requestTags, requiredString } from "../operation";
import { compact, statusAndTimes, timestamp } from "../output";
import type { ResourceApi } from "../resource-api";

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

/** CreateDomain answers the new id and URL too; ListDomains neither filters nor sorts. */
export const DOMAIN_API: ResourceApi<DomainRecord, Pick<DomainRecord, "domainId">> = {
    kind: DOMAIN,
    identity: (input) => ({ domainId: requiredString(input, "DomainId") }),
    create(input, context) {
        const tags = requestTags(input);
        const settings: JsonObject = {};
        for (const member of ECHOED_DOMAIN_MEMBERS) if (input[member] !== undefined) settings[member] = input[member];
        const appNetworkAccessType = optionalString(input, "AppNetworkAccessType");
        return createDomain(context, {
            domainName: requiredString(input, "DomainName"),
            authMode: requiredString(input, "AuthMode"),
            ...(appNetworkAccessType !== undefined ? { appNetworkAccessType } : {}),
            settings,
            tags,
        });
    },
    createdMembers: (domain) => ({ DomainId: domain.domainId, Url: domain.url }),
    describe: (domain) =>
        compact({
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
        }),
    listFilters: {},
    listRow: (domain) => ({
        DomainArn: domain.arn,
        DomainId: domain.domainId,
        DomainName: domain.domainName,
        ...statusAndTimes(domain),
        Url: domain.url,
    }),
};
