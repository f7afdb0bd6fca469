import { spaceArn } from "../backend/arns";
import type { BackendContext } from "../backend/context";
import { requireDomain, requireUsableDomain } from "../backend/domains";
import { paginate } from "../backend/pagination";
import type { SpaceRecord, Tag } from "../backend/records";
import { applySettingsPatch } from "../backend/settings-patch";
import { createSpace, deleteSpace, requireOwnerProfile, requireSpace, spaceOwner, updateSpace } from "../backend/spaces";
import { requireUniqueKeys } from "../backend/tags";
import { checkSpaceRequestRules, validateRequest } from "../validation/request-validation";
import { containsIgnoringCase, listParameters, tokenBinding } from "./list-parameters";
import { optionalObject, optionalString, requiredString, type Input, type Operation } from "./operation";
import { compact, timestamp } from "./output";

function ownership(space: SpaceRecord) {
    return space.ownerUserProfileName !== undefined ? { OwnerUserProfileName: space.ownerUserProfileName } : undefined;
}

function sharing(space: SpaceRecord) {
    return space.sharingType !== undefined ? { SharingType: space.sharingType } : undefined;
}

function describeSpaceOutput(space: SpaceRecord): Record<string, unknown> {
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

export const CreateSpace: Operation = {
    mutates: true,
    handle(input: Input, context: BackendContext) {
        validateRequest("CreateSpace", input);
        const tags = (input.Tags as Tag[] | undefined) ?? [];
        requireUniqueKeys(tags);
        const domainId = requiredString(input, "DomainId");
        const spaceName = requiredString(input, "SpaceName");
        const domain = requireUsableDomain(context, domainId, "Space");
        const ownerName = optionalString(optionalObject(input, "OwnershipSettings") ?? {}, "OwnerUserProfileName");
        const owner = ownerName === undefined ? undefined : requireOwnerProfile(context, domainId, ownerName);
        checkSpaceRequestRules({
            operation: "CreateSpace",
            input,
            domain,
            spaceArn: spaceArn(context, domainId, spaceName),
            ...(owner !== undefined ? { owner } : {}),
        });
        const sharingType = optionalString(optionalObject(input, "SpaceSharingSettings") ?? {}, "SharingType");
        const displayName = optionalString(input, "SpaceDisplayName");
        const requested = optionalObject(input, "SpaceSettings");
        const space = createSpace(context, domain, {
            spaceName,
            tags,
            ...(owner !== undefined ? { ownerUserProfileName: owner.userProfileName } : {}),
            ...(sharingType !== undefined ? { sharingType } : {}),
            ...(displayName !== undefined ? { spaceDisplayName: displayName } : {}),
            ...(requested !== undefined ? { spaceSettings: applySettingsPatch("SpaceSettings", undefined, requested) } : {}),
        });
        return { SpaceArn: space.arn };
    },
};

export const DescribeSpace: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("DescribeSpace", input);
        return describeSpaceOutput(requireSpace(context, requiredString(input, "DomainId"), requiredString(input, "SpaceName")));
    },
};

/** SpaceSettings merge into the space's as UpdateUserProfile's UserSettings do; ownership and sharing are not in the request. */
export const UpdateSpace: Operation = {
    mutates: true,
    handle(input, context) {
        validateRequest("UpdateSpace", input);
        const space = requireSpace(context, requiredString(input, "DomainId"), requiredString(input, "SpaceName"));
        const owner = spaceOwner(context, space);
        checkSpaceRequestRules({
            operation: "UpdateSpace",
            input,
            domain: requireDomain(context, space.domainId),
            spaceArn: space.arn,
            currentSpace: describeSpaceOutput(space),
            ...(owner !== undefined ? { owner } : {}),
        });
        const displayName = optionalString(input, "SpaceDisplayName");
        updateSpace(context, space, {
            spaceSettings: applySettingsPatch("SpaceSettings", space.spaceSettings, optionalObject(input, "SpaceSettings") ?? {}),
            ...(displayName !== undefined ? { spaceDisplayName: displayName } : {}),
        });
        return { SpaceArn: space.arn };
    },
};

export const DeleteSpace: Operation = {
    mutates: true,
    handle(input, context) {
        validateRequest("DeleteSpace", input);
        deleteSpace(context, requiredString(input, "DomainId"), requiredString(input, "SpaceName"));
        return {};
    },
};

export const ListSpaces: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("ListSpaces", input);
        const byLastModified = input.SortBy === "LastModifiedTime";
        const matching = Object.values(context.state.spaces).filter(
            (space) =>
                (input.DomainIdEquals === undefined || space.domainId === input.DomainIdEquals) &&
                containsIgnoringCase(space.spaceName, input.SpaceNameContains),
        );
        const page = paginate(
            matching,
            (space) => ({ sortValue: byLastModified ? space.lastModifiedTime : space.creationTime, seq: space.seq }),
            { ...listParameters(input), parameters: tokenBinding(input) },
        );
        return compact({
            Spaces: page.items.map((space) =>
                compact({
                    DomainId: space.domainId,
                    SpaceName: space.spaceName,
                    Status: space.status,
                    CreationTime: timestamp(space.creationTime),
                    LastModifiedTime: timestamp(space.lastModifiedTime),
                    SpaceSettingsSummary: spaceSettingsSummary(space),
                    SpaceSharingSettingsSummary: sharing(space),
                    OwnershipSettingsSummary: ownership(space),
                    SpaceDisplayName: space.spaceDisplayName,
                }),
            ),
            NextToken: page.nextToken,
        });
    },
};
