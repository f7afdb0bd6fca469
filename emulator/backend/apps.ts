import { resourceInUse, resourceNotFound, validationError } from "../protocol/errors";
import { appArn } from "./arns";
import { nextSeq, type BackendContext } from "./context";
import { requireUsableDomain } from "./domains";
import { appKey, type AppOwner } from "./keys";
import { startTransition } from "./status-transitions";
import type { AppRecord, JsonObject, Tag } from "./records";
import { findSpace } from "./spaces";
import { findUserProfile } from "./user-profiles";

export interface NewApp {
    domainId: string;
    owner: AppOwner;
    appType: string;
    appName: string;
    resourceSpec?: JsonObject;
    tags: Tag[];
}

function ownerName(owner: AppOwner): string {
    return "userProfileName" in owner ? owner.userProfileName : owner.spaceName;
}

function describeOwner(owner: AppOwner): string {
    return "userProfileName" in owner ? `UserProfile ${owner.userProfileName}` : `Space ${owner.spaceName}`;
}

function findApp(context: BackendContext, domainId: string, owner: AppOwner, appType: string, appName: string) {
    return context.state.apps[appKey(domainId, owner, appType, appName)];
}

export function requireApp(context: BackendContext, domainId: string, owner: AppOwner, appType: string, appName: string): AppRecord {
    const app = findApp(context, domainId, owner, appType, appName);
    if (!app) {
        throw resourceNotFound(
            `App [${appArn(context, domainId, ownerName(owner), appType, appName)}] does not exist.`,
        );
    }
    return app;
}

/** Apps belong to a profile or a space that must be InService; returns the owner with its stored spelling. */
function requireOwnerInService(context: BackendContext, domainId: string, owner: AppOwner): AppOwner {
    const record =
        "userProfileName" in owner
            ? findUserProfile(context, domainId, owner.userProfileName)
            : findSpace(context, domainId, owner.spaceName);
    if (!record) throw resourceNotFound(`${describeOwner(owner)} does not exist in Domain ${domainId}.`);
    if (record.status !== "InService") {
        throw validationError(`Unable to create App because ${describeOwner(owner)} is not in InService.`);
    }
    return "userProfileName" in record ? { userProfileName: record.userProfileName } : { spaceName: record.spaceName };
}

/** Rows of deleted or failed apps stay listed; a new app may take their place. */
export function createApp(context: BackendContext, input: NewApp): AppRecord {
    requireUsableDomain(context, input.domainId, "App");
    const owner = requireOwnerInService(context, input.domainId, input.owner);
    const existing = findApp(context, input.domainId, owner, input.appType, input.appName);
    if (existing && existing.status !== "Deleted" && existing.status !== "Failed") {
        throw resourceInUse(`Resource Already Exists: App with name ${input.appName} already exists. Choose a different name.`);
    }
    const app: AppRecord = {
        domainId: input.domainId,
        ...owner,
        appType: input.appType,
        appName: input.appName,
        arn: appArn(context, input.domainId, ownerName(owner), input.appType, input.appName),
        status: "Pending",
        creationTime: context.now,
        lastModifiedTime: context.now,
        seq: nextSeq(context),
        tags: input.tags,
        ...(input.resourceSpec !== undefined ? { resourceSpec: input.resourceSpec } : {}),
    };
    startTransition(app, "Pending", "InService", "Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
    context.state.apps[appKey(input.domainId, owner, input.appType, input.appName)] = app;
    return app;
}

/** Only InService apps can be deleted; the row then stays with status Deleted. */
export function deleteApp(context: BackendContext, domainId: string, owner: AppOwner, appType: string, appName: string): void {
    const app = requireApp(context, domainId, owner, appType, appName);
    if (app.status === "Deleted") throw resourceNotFound(`App [${app.arn}] does not exist.`);
    if (app.status !== "InService") {
        throw resourceInUse(`Unable to delete App [${app.arn}] because it is in ${app.status} status.`);
    }
    startTransition(app, "Deleting", "Deleted", "Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
}
