import type { BackendContext } from "../backend/context";
import { requireDomain } from "../backend/domains";
import { paginate } from "../backend/pagination";
import type { JsonObject, Tag, UserProfileRecord } from "../backend/records";
import { applySettingsPatch, dropSharingDestination } from "../backend/settings-patch";
import { requireUniqueKeys } from "../backend/tags";
import {
    createUserProfile,
    deleteUserProfile,
    requireUserProfile,
    updateUserProfile,
    userProfilesIn,
} from "../backend/user-profiles";
import { checkUserProfileRequestRules, validateRequest } from "../validation/request-validation";
import { containsIgnoringCase, listParameters, tokenBinding } from "./list-parameters";
import { optionalObject, optionalString, requiredString, type Input, type Operation } from "./operation";
import { compact, timestamp } from "./output";

function describeUserProfileOutput(profile: UserProfileRecord): Record<string, unknown> {
    return compact({
        DomainId: profile.domainId,
        UserProfileArn: profile.arn,
        UserProfileName: profile.userProfileName,
        HomeEfsFileSystemUid: profile.homeEfsFileSystemUid,
        Status: profile.status,
        LastModifiedTime: timestamp(profile.lastModifiedTime),
        CreationTime: timestamp(profile.creationTime),
        FailureReason: profile.failureReason,
        SingleSignOnUserIdentifier: profile.singleSignOnUserIdentifier,
        SingleSignOnUserValue: profile.singleSignOnUserValue,
        UserSettings: profile.userSettings,
    });
}

export const CreateUserProfile: Operation = {
    mutates: true,
    handle(input: Input, context: BackendContext) {
        validateRequest("CreateUserProfile", input);
        const domainId = requiredString(input, "DomainId");
        const domain = requireDomain(context, domainId);
        const requested = optionalObject(input, "UserSettings");
        checkUserProfileRequestRules({ operation: "CreateUserProfile", input, domain });
        const userSettings = requested === undefined ? undefined : applySettingsPatch("UserSettings", undefined, requested);
        const tags = (input.Tags as Tag[] | undefined) ?? [];
        requireUniqueKeys(tags);
        const identifier = optionalString(input, "SingleSignOnUserIdentifier");
        const value = optionalString(input, "SingleSignOnUserValue");
        const profile = createUserProfile(context, {
            domainId,
            userProfileName: requiredString(input, "UserProfileName"),
            tags,
            ...(userSettings !== undefined ? { userSettings } : {}),
            ...(identifier !== undefined ? { singleSignOnUserIdentifier: identifier } : {}),
            ...(value !== undefined ? { singleSignOnUserValue: value } : {}),
        });
        return { UserProfileArn: profile.arn };
    },
};

export const DescribeUserProfile: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("DescribeUserProfile", input);
        return describeUserProfileOutput(
            requireUserProfile(context, requiredString(input, "DomainId"), requiredString(input, "UserProfileName")),
        );
    },
};

export const UpdateUserProfile: Operation = {
    mutates: true,
    handle(input, context) {
        validateRequest("UpdateUserProfile", input);
        const domainId = requiredString(input, "DomainId");
        const profile = requireUserProfile(context, domainId, requiredString(input, "UserProfileName"));
        const domain = requireDomain(context, domainId);
        const patch: JsonObject = optionalObject(input, "UserSettings") ?? {};
        checkUserProfileRequestRules({
            operation: "UpdateUserProfile",
            input,
            domain,
            ...(profile.userSettings !== undefined ? { currentUserSettings: profile.userSettings } : {}),
        });
        const merged = dropSharingDestination(applySettingsPatch("UserSettings", profile.userSettings, patch), patch);
        updateUserProfile(context, profile, merged);
        return { UserProfileArn: profile.arn };
    },
};

export const DeleteUserProfile: Operation = {
    mutates: true,
    handle(input, context) {
        validateRequest("DeleteUserProfile", input);
        deleteUserProfile(context, requiredString(input, "DomainId"), requiredString(input, "UserProfileName"));
        return {};
    },
};

export const ListUserProfiles: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("ListUserProfiles", input);
        const byLastModified = input.SortBy === "LastModifiedTime";
        const matching = userProfilesIn(context).filter(
            (profile) =>
                (input.DomainIdEquals === undefined || profile.domainId === input.DomainIdEquals) &&
                containsIgnoringCase(profile.userProfileName, input.UserProfileNameContains),
        );
        const page = paginate(
            matching,
            (profile) => ({ sortValue: byLastModified ? profile.lastModifiedTime : profile.creationTime, seq: profile.seq }),
            { ...listParameters(input), parameters: tokenBinding(input) },
        );
        return compact({
            UserProfiles: page.items.map((profile) => ({
                DomainId: profile.domainId,
                UserProfileName: profile.userProfileName,
                Status: profile.status,
                CreationTime: timestamp(profile.creationTime),
                LastModifiedTime: timestamp(profile.lastModifiedTime),
            })),
            NextToken: page.nextToken,
        });
    },
};
