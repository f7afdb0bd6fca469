import { validationError } from "../../protocol/errors";
import type { BackendContext } from "../context";
import { newSsoApplication } from "../identity-center/instance";
import { FIRST_HOME_EFS_UID, newDomainId, newEfsFileSystemId } from "../ids";
import { createRecord } from "../lifecycle";
import { DOMAIN_LIFECYCLE } from "../lifecycles";
import { requireRecord } from "../lookup";
import { sagemakerArn } from "../naming";
import { recordAt } from "../record-store";
import type { DomainRecord, JsonObject, RegionState, StudioRecord, Tag } from "../records";
import { blockedBy, type ResourceKind } from "../resource-kind";
import { APP } from "./app";
import { SPACE } from "./space";
import { USER_PROFILE } from "./user-profile";

type DomainIdentity = Pick<DomainRecord, "domainId">;

const inDomain = (record: StudioRecord, domain: DomainRecord) => record.domainId === domain.domainId;

/** A domain is named by its id; it can only go once nothing lives in it any more. */
export const DOMAIN = {
    noun: "Domain",
    records: (state) => state.domains,
    nameOf: (domain) => domain.domainId,
    key: (domain) => domain.domainId,
    arn: (where, domain) => sagemakerArn(where, `domain/${domain.domainId}`),
    alreadyExists: (domain) => `Resource Already Exists: Domain with id ${domain.domainId} already exists.`,
    lifecycle: DOMAIN_LIFECYCLE,
    deleteBlockers: [blockedBy(USER_PROFILE, inDomain), blockedBy(SPACE, inDomain), blockedBy(APP, inDomain)],
} satisfies ResourceKind<DomainRecord, DomainIdentity>;

export interface NewDomain {
    domainId?: string;
    domainName: string;
    authMode: string;
    appNetworkAccessType?: string;
    settings: JsonObject;
    tags: Tag[];
    /** Seeded domains skip the Pending phase. */
    immediatelyInService?: boolean;
}

export function createDomain(context: BackendContext, input: NewDomain): DomainRecord {
    let domainId = input.domainId ?? newDomainId();
    while (!input.domainId && recordAt(context.state.domains, domainId)) domainId = newDomainId();
    return createRecord(
        context,
        DOMAIN,
        { domainId },
        () => ({
            domainName: input.domainName,
            authMode: input.authMode,
            appNetworkAccessType: input.appNetworkAccessType ?? "PublicInternetOnly",
            homeEfsFileSystemId: newEfsFileSystemId(),
            url: `https://${domainId}.studio.${context.region}.sagemaker.aws`,
            settings: input.settings,
            nextHomeEfsUid: FIRST_HOME_EFS_UID,
            tags: input.tags,
            ...(input.authMode === "SSO" ? newSsoApplication(context.accountId) : {}),
        }),
        { inService: input.immediatelyInService === true },
    );
}

/** Profiles, spaces and apps can only be created in a domain that is up. */
export function requireUsableDomain(context: BackendContext, domainId: string, creating: string): DomainRecord {
    const domain = requireRecord(context, DOMAIN, { domainId });
    if (domain.status !== "InService" && domain.status !== "Updating") {
        throw validationError(`Unable to create ${creating} because Domain [${domain.arn}] is not in InService.`);
    }
    return domain;
}

/** Home directory UIDs are handed out per domain, to its profiles and spaces alike. */
export function allocateHomeEfsUid(domain: DomainRecord): string {
    return String(domain.nextHomeEfsUid++);
}

/** Whether a domain of this region owns the Identity Center application (as long as the domain exists). */
export function hasSsoApplication(state: RegionState, applicationArn: string): boolean {
    return Object.values(state.domains).some((domain) => domain.singleSignOnApplicationArn === applicationArn);
}
