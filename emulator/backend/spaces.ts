import { resourceInUse, resourceNotFound } from "../protocol/errors";
import { spaceArn } from "./arns";
import { nextSeq, type BackendContext } from "./context";
import { allocateHomeEfsUid } from "./domains";
import { spaceKey } from "./keys";
import { spaceSnapshot } from "./space-snapshot";
import { startTransition } from "./status-transitions";
import type { DomainRecord, JsonObject, SpaceRecord, Tag, UserProfileRecord } from "./records";
import { findUserProfile } from "./user-profiles";

export interface NewSpace {
    spaceName: string;
    /** The owner profile's name as stored. */
    ownerUserProfileName?: string;
    sharingType?: string;
    spaceDisplayName?: string;
    spaceSettings?: JsonObject;
    tags: Tag[];
}

export interface SpaceChange {
    spaceSettings: JsonObject;
    spaceDisplayName?: string;
}

export function findSpace(context: BackendContext, domainId: string, name: string): SpaceRecord | undefined {
    return context.state.spaces[spaceKey(domainId, name)];
}

export function requireSpace(context: BackendContext, domainId: string, name: string): SpaceRecord {
    const space = findSpace(context, domainId, name);
    if (!space) throw resourceNotFound(`Space [${spaceArn(context, domainId, name)}] does not exist.`);
    return space;
}

/** The profile OwnershipSettings names; a name the domain does not have is ResourceNotFound. */
export function requireOwnerProfile(context: BackendContext, domainId: string, name: string): UserProfileRecord {
    const owner = findUserProfile(context, domainId, name);
    if (!owner) throw resourceNotFound(`UserProfile ${name} does not exist in Domain ${domainId}.`);
    return owner;
}

/** The owner of an existing space (a profile that owns spaces cannot be deleted, so it is there). */
export function spaceOwner(context: BackendContext, space: SpaceRecord): UserProfileRecord | undefined {
    return space.ownerUserProfileName === undefined ? undefined : findUserProfile(context, space.domainId, space.ownerUserProfileName);
}

/** The request has passed its rules; what is left is the name, unique in the domain regardless of case. */
export function createSpace(context: BackendContext, domain: DomainRecord, input: NewSpace): SpaceRecord {
    if (findSpace(context, domain.domainId, input.spaceName)) {
        throw resourceInUse(`Resource Already Exists: Space with name ${input.spaceName} already exists. Choose a different name.`);
    }
    const space: SpaceRecord = {
        domainId: domain.domainId,
        spaceName: input.spaceName,
        arn: spaceArn(context, domain.domainId, input.spaceName),
        homeEfsFileSystemUid: allocateHomeEfsUid(domain),
        url: `${domain.url}/jupyterlab/${encodeURIComponent(input.spaceName.toLowerCase())}`,
        status: "Pending",
        creationTime: context.now,
        lastModifiedTime: context.now,
        seq: nextSeq(context),
        tags: input.tags,
        ...(input.ownerUserProfileName !== undefined ? { ownerUserProfileName: input.ownerUserProfileName } : {}),
        ...(input.sharingType !== undefined ? { sharingType: input.sharingType } : {}),
        ...(input.spaceDisplayName !== undefined ? { spaceDisplayName: input.spaceDisplayName } : {}),
        ...(input.spaceSettings !== undefined ? { spaceSettings: input.spaceSettings } : {}),
    };
    startTransition(space, "Pending", "InService", "Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
    context.state.spaces[spaceKey(domain.domainId, input.spaceName)] = space;
    return space;
}

const UPDATABLE_FROM = new Set(["InService", "Update_Failed"]);

/** As for profiles: a failed update may be retried, an in-flight transition blocks another change. */
export function updateSpace(context: BackendContext, space: SpaceRecord, change: SpaceChange): SpaceRecord {
    if (!UPDATABLE_FROM.has(space.status)) {
        throw resourceInUse(`Unable to update Space [${space.arn}] because it is in ${space.status} status.`);
    }
    const previous = spaceSnapshot(space);
    space.spaceSettings = change.spaceSettings;
    if (change.spaceDisplayName !== undefined) space.spaceDisplayName = change.spaceDisplayName;
    startTransition(
        space,
        "Updating",
        "InService",
        "Update_Failed",
        { now: context.now, latencyMs: context.latencyMs, failureReason: context.takeFailureReason() },
        previous,
    );
    return space;
}

const DELETABLE_FROM = new Set(["InService", "Failed", "Update_Failed", "Delete_Failed"]);

export function deleteSpace(context: BackendContext, domainId: string, name: string): void {
    const space = requireSpace(context, domainId, name);
    if (!DELETABLE_FROM.has(space.status)) {
        throw resourceInUse(`Unable to delete Space [${space.arn}] because it is in ${space.status} status.`);
    }
    const hasLiveApps = Object.values(context.state.apps).some(
        (app) =>
            app.domainId === domainId &&
            app.spaceName?.toLowerCase() === name.toLowerCase() &&
            app.status !== "Deleted" &&
            app.status !== "Failed",
    );
    if (hasLiveApps) throw resourceInUse(`Unable to delete Space [${space.arn}] because App(s) are associated with it.`);
    startTransition(space, "Deleting", "Removed", "Delete_Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
}
