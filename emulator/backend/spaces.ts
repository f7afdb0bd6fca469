import { resourceInUse, resourceNotFound, validationError } from "../protocol/errors";
import { spaceArn } from "./arns";
import { nextSeq, type BackendContext } from "./context";
import { allocateHomeEfsUid, requireUsableDomain } from "./domains";
import { spaceKey } from "./keys";
import { startTransition } from "./status-transitions";
import type { JsonObject, SpaceRecord, Tag } from "./records";
import { findUserProfile } from "./user-profiles";

export interface NewSpace {
    domainId: string;
    spaceName: string;
    ownerUserProfileName?: string;
    sharingType?: string;
    spaceDisplayName?: string;
    spaceSettings?: JsonObject;
    tags: Tag[];
}

export function findSpace(context: BackendContext, domainId: string, name: string): SpaceRecord | undefined {
    return context.state.spaces[spaceKey(domainId, name)];
}

export function requireSpace(context: BackendContext, domainId: string, name: string): SpaceRecord {
    const space = findSpace(context, domainId, name);
    if (!space) throw resourceNotFound(`Space [${spaceArn(context, domainId, name)}] does not exist.`);
    return space;
}

export function createSpace(context: BackendContext, input: NewSpace): SpaceRecord {
    const domain = requireUsableDomain(context, input.domainId, "Space");
    if (input.sharingType === "Private" && input.ownerUserProfileName === undefined) {
        throw validationError("A private space requires OwnershipSettings.OwnerUserProfileName.");
    }
    let ownerUserProfileName = input.ownerUserProfileName;
    if (input.ownerUserProfileName !== undefined) {
        const owner = findUserProfile(context, input.domainId, input.ownerUserProfileName);
        if (!owner) {
            throw resourceNotFound(`UserProfile ${input.ownerUserProfileName} does not exist in Domain ${input.domainId}.`);
        }
        if (owner.status !== "InService") {
            throw validationError(
                `Unable to create Space ${input.spaceName} because UserProfile ${owner.userProfileName} is not in InService.`,
            );
        }
        ownerUserProfileName = owner.userProfileName;
    }
    if (findSpace(context, input.domainId, input.spaceName)) {
        throw resourceInUse(`Resource Already Exists: Space with name ${input.spaceName} already exists. Choose a different name.`);
    }
    const space: SpaceRecord = {
        domainId: input.domainId,
        spaceName: input.spaceName,
        arn: spaceArn(context, input.domainId, input.spaceName),
        homeEfsFileSystemUid: allocateHomeEfsUid(domain),
        url: `${domain.url}/jupyterlab/${encodeURIComponent(input.spaceName.toLowerCase())}`,
        status: "Pending",
        creationTime: context.now,
        lastModifiedTime: context.now,
        seq: nextSeq(context),
        tags: input.tags,
        ...(ownerUserProfileName !== undefined ? { ownerUserProfileName } : {}),
        ...(input.sharingType !== undefined ? { sharingType: input.sharingType } : {}),
        ...(input.spaceDisplayName !== undefined ? { spaceDisplayName: input.spaceDisplayName } : {}),
        ...(input.spaceSettings !== undefined ? { spaceSettings: input.spaceSettings } : {}),
    };
    startTransition(space, "Pending", "InService", "Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
    context.state.spaces[spaceKey(input.domainId, input.spaceName)] = space;
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
