import { allocateHomeEfsUid, DOMAIN, requireUsableDomain } from "../../models/kinds/domain";
import { SPACE, type SpaceIdentity } from "../../models/kinds/space";
import { USER_PROFILE } from "../../models/kinds/user-profile";
import { createRecord, updateRecord } from "../../models/lifecycle";
import { findRecord, requireMember, requireRecord } from "../../models/lookup";
import type { JsonObject, SpaceRecord } from "../../models/records";
import { applySettingsPatch } from "../../models/settings-patch";
import { checkSpaceRequestRules } from "../../validation/request-validation";
import { containsIgnoringCase, domainIdEquals } from "../list-parameters";
import { optionalObject, optionalString, requestTags, requiredString, type Input } from "../operation";
import { compact, statusAndTimes, timestamp } from "../output";
import type { ResourceApi } from "../resource-api";

function spaceIdentity(input: Input): SpaceIdentity {
    return { domainId: requiredString(input, "DomainId"), spaceName: requiredString(input, "SpaceName") };
}

function ownership(space: SpaceRecord) {
    return space.ownerUserProfileName !== undefined ? { OwnerUserProfileName: space.ownerUserProfileName } : undefined;
}

function sharing(space: SpaceRecord) {
    return space.sharingType !== undefined ? { SharingType: space.sharingType } : undefined;
}

function describeSpace(space: SpaceRecord): JsonObject {
    return compact({
        DomainId: space.domainId,
        SpaceArn: space.arn,
        SpaceName: space.spaceName,
        HomeEfsFileSystemUid: space.homeEfsFileSystemUid,
        Status: space.status,
        LastModifiedTime: timestamp(space.lastModifiedTime),
        CreationTime: timestamp(space.creationTime),
        FailureReason: space.failureReason,
        SpaceSettings: space.spaceSettings,
        OwnershipSettings: ownership(space),
        SpaceSharingSettings: sharing(space),
        SpaceDisplayName: space.spaceDisplayName,
        Url: space.url,
    });
}

/** ListSpaces' SpaceSettingsSummary: the app type, remote access and the EBS size, when the space has any of them. */
function spaceSettingsSummary(space: SpaceRecord) {
    const settings = space.spaceSettings;
    if (!settings) return undefined;
    const summary = compact({
        AppType: settings.AppType,
        RemoteAccess: settings.RemoteAccess,
        SpaceStorageSettings: settings.SpaceStorageSettings,
    });
    return Object.keys(summary).length > 0 ? summary : undefined;
}

/**
 * CreateSpace checks the domain, the owner that OwnershipSettings names (stored as the profile
 * spells it) and the space rules, in that order. UpdateSpace merges SpaceSettings as
 * UpdateUserProfile merges UserSettings; ownership and sharing are not in its request.
 */
export const SPACE_API: ResourceApi<SpaceRecord, SpaceIdentity> = {
    kind: SPACE,
    identity: spaceIdentity,
    create(input, context) {
        const tags = requestTags(input);
        const identity = spaceIdentity(input);
        const domain = requireUsableDomain(context, identity.domainId, "Space");
        const ownerName = optionalString(optionalObject(input, "OwnershipSettings") ?? {}, "OwnerUserProfileName");
        const owner =
            ownerName === undefined ? undefined : requireMember(context, USER_PROFILE, { domainId: identity.domainId, userProfileName: ownerName });
        checkSpaceRequestRules({
            operation: "CreateSpace",
            input,
            domain,
            spaceArn: SPACE.arn(context, identity),
            ...(owner !== undefined ? { owner } : {}),
        });
        const requested = optionalObject(input, "SpaceSettings");
        return createRecord(context, SPACE, identity, () => ({
            homeEfsFileSystemUid: allocateHomeEfsUid(domain),
            url: `${domain.url}/jupyterlab/${encodeURIComponent(identity.spaceName.toLowerCase())}`,
            tags,
            ...compact({
                ownerUserProfileName: owner?.userProfileName,
                sharingType: optionalString(optionalObject(input, "SpaceSharingSettings") ?? {}, "SharingType"),
                spaceDisplayName: optionalString(input, "SpaceDisplayName"),
                spaceSettings: requested && applySettingsPatch("SpaceSettings", undefined, requested),
            }),
        }));
    },
    update(input, context, space) {
        // A profile that owns spaces cannot be deleted, so the owner is there.
        const owner =
            space.ownerUserProfileName === undefined
                ? undefined
                : findRecord(context, USER_PROFILE, { domainId: space.domainId, userProfileName: space.ownerUserProfileName });
        checkSpaceRequestRules({
            operation: "UpdateSpace",
            input,
            domain: requireRecord(context, DOMAIN, { domainId: space.domainId }),
            spaceArn: space.arn,
            currentSpace: describeSpace(space),
            ...(owner !== undefined ? { owner } : {}),
        });
        const displayName = optionalString(input, "SpaceDisplayName");
        const settings = applySettingsPatch("SpaceSettings", space.spaceSettings, optionalObject(input, "SpaceSettings") ?? {});
        updateRecord(context, SPACE, space, () => {
            space.spaceSettings = settings;
            if (displayName !== undefined) space.spaceDisplayName = displayName;
        });
    },
    describe: describeSpace,
    listFilters: {
        DomainIdEquals: domainIdEquals,
        SpaceNameContains: (space, wanted) => containsIgnoringCase(space.spaceName, wanted),
    },
    listRow: (space) =>
        compact({
            DomainId: space.domainId,
            SpaceName: space.spaceName,
            ...statusAndTimes(space),
            SpaceSettingsSummary: spaceSettingsSummary(space),
            SpaceSharingSettingsSummary: sharing(space),
            OwnershipSettingsSummary: ownership(space),
            SpaceDisplayName: space.spaceDisplayName,
        }),
};
