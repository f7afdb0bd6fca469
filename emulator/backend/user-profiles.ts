import { resourceInUse, resourceNotFound } from "../protocol/errors";
import { userProfileArn } from "./arns";
import { nextSeq, type BackendContext } from "./context";
import { allocateHomeEfsUid, requireUsableDomain } from "./domains";
import { userProfileKey } from "./keys";
import { startTransition } from "./status-transitions";
import type { JsonObject, Tag, UserProfileRecord } from "./records";

export interface NewUserProfile {
    domainId: string;
    userProfileName: string;
    userSettings?: JsonObject;
    singleSignOnUserIdentifier?: string;
    singleSignOnUserValue?: string;
    tags: Tag[];
}

export function findUserProfile(context: BackendContext, domainId: string, name: string): UserProfileRecord | undefined {
    return context.state.userProfiles[userProfileKey(domainId, name)];
}

export function requireUserProfile(context: BackendContext, domainId: string, name: string): UserProfileRecord {
    const profile = findUserProfile(context, domainId, name);
    if (!profile) throw resourceNotFound(`UserProfile [${userProfileArn(context, domainId, name)}] does not exist.`);
    return profile;
}

export function createUserProfile(context: BackendContext, input: NewUserProfile): UserProfileRecord {
    const domain = requireUsableDomain(context, input.domainId, "UserProfile");
    if (findUserProfile(context, input.domainId, input.userProfileName)) {
        throw resourceInUse(
            `Resource Already Exists: UserProfile with name ${input.userProfileName} already exists. Choose a different name.`,
        );
    }
    const profile: UserProfileRecord = {
        domainId: input.domainId,
        userProfileName: input.userProfileName,
        arn: userProfileArn(context, input.domainId, input.userProfileName),
        homeEfsFileSystemUid: allocateHomeEfsUid(domain),
        status: "Pending",
        creationTime: context.now,
        lastModifiedTime: context.now,
        seq: nextSeq(context),
        tags: input.tags,
        ...(input.userSettings !== undefined ? { userSettings: input.userSettings } : {}),
        ...(input.singleSignOnUserIdentifier !== undefined ? { singleSignOnUserIdentifier: input.singleSignOnUserIdentifier } : {}),
        ...(input.singleSignOnUserValue !== undefined ? { singleSignOnUserValue: input.singleSignOnUserValue } : {}),
    };
    startTransition(profile, "Pending", "InService", "Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
    context.state.userProfiles[userProfileKey(input.domainId, input.userProfileName)] = profile;
    return profile;
}

const UPDATABLE_FROM = new Set(["InService", "Update_Failed"]);

/** Retrying a failed update is allowed; an in-flight transition blocks another change. */
export function updateUserProfile(
    context: BackendContext,
    profile: UserProfileRecord,
    mergedSettings: JsonObject,
): UserProfileRecord {
    if (!UPDATABLE_FROM.has(profile.status)) {
        throw resourceInUse(`Unable to update UserProfile [${profile.arn}] because it is in ${profile.status} status.`);
    }
    const previous = profile.userSettings ?? {};
    profile.userSettings = mergedSettings;
    startTransition(
        profile,
        "Updating",
        "InService",
        "Update_Failed",
        { now: context.now, latencyMs: context.latencyMs, failureReason: context.takeFailureReason() },
        previous,
    );
    return profile;
}

const DELETABLE_FROM = new Set(["InService", "Failed", "Update_Failed", "Delete_Failed"]);

export function deleteUserProfile(context: BackendContext, domainId: string, name: string): void {
    const profile = requireUserProfile(context, domainId, name);
    if (!DELETABLE_FROM.has(profile.status)) {
        throw resourceInUse(`Unable to delete UserProfile [${profile.arn}] because it is in ${profile.status} status.`);
    }
    const ownsLiveApps = Object.values(context.state.apps).some(
        (app) =>
            app.domainId === domainId &&
            app.userProfileName?.toLowerCase() === name.toLowerCase() &&
            app.status !== "Deleted" &&
            app.status !== "Failed",
    );
    if (ownsLiveApps) {
        throw resourceInUse(`Unable to delete UserProfile [${profile.arn}] because App(s) are associated with it.`);
    }
    const ownsSpaces = Object.values(context.state.spaces).some(
        (space) => space.domainId === domainId && space.ownerUserProfileName?.toLowerCase() === name.toLowerCase(),
    );
    if (ownsSpaces) {
        throw resourceInUse(`Unable to delete UserProfile [${profile.arn}] because Space(s) are associated with it.`);
    }
    startTransition(profile, "Deleting", "Removed", "Delete_Failed", {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
    });
}

export function userProfilesIn(context: BackendContext): UserProfileRecord[] {
    return Object.values(context.state.userProfiles);
}
