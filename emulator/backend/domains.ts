import { resourceInUse, resourceNotFound, validationError } from "../protocol/errors";
import { domainArn } from "./arns";
import { nextSeq, type BackendContext } from "./context";
import { newSsoApplication } from "./identity-center/instance";
import { FIRST_HOME_EFS_UID, newDomainId, newEfsFileSystemId } from "./ids";
import { startTransition } from "./status-transitions";
import type { DomainRecord, JsonObject, RegionState, Tag } from "./records";

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

function findDomain(context: BackendContext, domainId: string): DomainRecord | undefined {
    return context.state.domains[domainId];
}

export function requireDomain(context: BackendContext, domainId: string): DomainRecord {
    const domain = findDomain(context, domainId);
    if (!domain) throw resourceNotFound(`Domain [${domainArn(context, domainId)}] does not exist.`);
    return domain;
}

/** Profiles, spaces and apps can only be created in a domain that is up. */
export function requireUsableDomain(context: BackendContext, domainId: string, creating: string): DomainRecord {
    const domain = requireDomain(context, domainId);
    if (domain.status !== "InService" && domain.status !== "Updating") {
        throw validationError(`Unable to create ${creating} because Domain [${domain.arn}] is not in InService.`);
    }
    return domain;
}

export function createDomain(context: BackendContext, input: NewDomain): DomainRecord {
    let domainId = input.domainId ?? newDomainId();
    while (!input.domainId && context.state.domains[domainId]) domainId = newDomainId();
    if (context.state.domains[domainId]) throw resourceInUse(`Resource Already Exists: Domain with id ${domainId} already exists.`);
    const authMode = input.authMode;
    const domain: DomainRecord = {
        domainId,
        domainName: input.domainName,
        arn: domainArn(context, domainId),
        authMode,
        appNetworkAccessType: input.appNetworkAccessType ?? "PublicInternetOnly",
        homeEfsFileSystemId: newEfsFileSystemId(),
        url: `https://${domainId}.studio.${context.region}.sagemaker.aws`,
        settings: input.settings,
        nextHomeEfsUid: FIRST_HOME_EFS_UID,
        status: "InService",
        creationTime: context.now,
        lastModifiedTime: context.now,
        seq: nextSeq(context),
        tags: input.tags,
        ...(authMode === "SSO" ? newSsoApplication(context.accountId) : {}),
    };
    if (!input.immediatelyInService) {
        startTransition(domain, "Pending", "InService", "Failed", {
            now: context.now,
            latencyMs: context.latencyMs,
            failureReason: context.takeFailureReason(),
        });
    }
    context.state.domains[domainId] = domain;
    return domain;
}

/** A domain can only go once nothing lives in it any more. */
export function deleteDomain(context: BackendContext, domainId: string): void {
    const domain = requireDomain(context, domainId);
    if (domain.status === "Deleting" || domain.status === "Pending" || domain.status === "Updating") {
        throw resourceInUse(`Unable to delete Domain [${domain.arn}] because it is in ${domain.status} status.`);
    }
    const inDomain = <T extends { domainId: string }>(records: Record<string, T>) =>
        Object.values(records).some((record) => record.domainId === domainId);
    const liveApps = Object.values(context.state.apps).some(
        (app) => app.domainId === domainId && app.status !== "Deleted" && app.status !== "Failed",
    );
    for (const [present, kind] of [
        [inDomain(context.state.userProfiles), "UserProfile(s)"],
        [inDomain(context.state.spaces), "Space(s)"],
        [liveApps, "App(s)"],
    ] as const) {
        if (present) throw resourceInUse(`Unable to delete Domain [${domain.arn}] because ${kind} are associated with it.`);
    }
    startTransition(domain, "Deleting", "Removed", "Delete_Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
}

/** Whether a domain of this region owns the Identity Center application (as long as the domain exists). */
export function hasSsoApplication(state: RegionState, applicationArn: string): boolean {
    return Object.values(state.domains).some((domain) => domain.singleSignOnApplicationArn === applicationArn);
}

export function allocateHomeEfsUid(domain: DomainRecord): string {
    return String(domain.nextHomeEfsUid++);
}
