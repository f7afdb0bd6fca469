import { allocateHomeEfsUid, DOMAIN, requireUsableDomain } from "../../models/kinds/domain";
import { USER_PROFILE, type UserProfileIdentity } from "../../models/kinds/user-profile";
import { createRecord, updateRecord } from "../../models/lifecycle";
import { requireRecord } from "../../models/lookup";
import type { UserProfileRecord } from "../../models/records";
import { applySettingsPatch, dropSharingDestination } from "../../models/settings-patch";
import { checkUserProfileRequestRules } from "../../validation/request-validation";
import { containsIgnoringCase, domainIdEquals } from "../list-parameters";
import { optionalObject, optionalString, requestTags, requiredString, type Input } from "../operation";
import { compact, statusAndTimes, timestamp } from "../output";
import type { ResourceApi } from "../resource-api";

function profileIdentity(input: Input): UserProfileIdentity {
    return { domainId: requiredString(input, "DomainId"), userProfileName: requiredString(input, "UserProfileName") };
}

/**
 * The profile rules (SSO fields, RStudio group, landing URI, EBS sizes, ...) are checked against
 * the domain before anything else is; UserSettings merge as `settings-patch.ts` describes.
 */
export const USER_PROFILE_API: ResourceApi<UserProfileRecord, UserProfileIdentity> = {
    kind: USER_PROFILE,
    identity: profileIdentity,
    create(input, context) {
        const identity = profileIdentity(input);
        const domain = requireRecord(context, DOMAIN, { domainId: identity.domainId });
        checkUserProfileRequestRules({ operation: "CreateUserProfile", input, domain });
        const requested = optionalObject(input, "UserSettings");
        const tags = requestTags(input);
        requireUsableDomain(context, identity.domainId, "UserProfile");
        return createRecord(context, USER_PROFILE, identity, () => ({
            homeEfsFileSystemUid: allocateHomeEfsUid(domain),
            tags,
            ...compact({
                userSettings: requested && applySettingsPatch("UserSettings", undefined, requested),
                singleSignOnUserIdentifier: optionalString(input, "SingleSignOnUserIdentifier"),
                singleSignOnUserValue: optionalString(input, "SingleSignOnUserValue"),
            }),
        }));
    },
    update(input, context, profile) {
        const domain = requireRecord(context, DOMAIN, { domainId: profile.domainId });
        const patch = optionalObject(input, "UserSettings") ?? {};
        checkUserProfileRequestRules({
            operation: "UpdateUserProfile",
            input,
            domain,
            ...(profile.userSettings !== undefined ? { currentUserSettings: profile.userSettings } : {}),
        });
        const merged = dropSharingDestination(applySettingsPatch("UserSettings", profile.userSettings, patch), patch);
        updateRecord(context, USER_PROFILE, profile, () => {
            profile.userSettings = merged;
        });
    },
    describe: (profile) =>
        compact({
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
        }),
    listFilters: {
        DomainIdEquals: domainIdEquals,
        UserProfileNameContains: (profile, wanted) => containsIgnoringCase(profile.userProfileName, wanted),
    },
    listRow: (profile) => ({ DomainId: profile.domainId, UserProfileName: profile.userProfileName, ...statusAndTimes(profile) }),
};
