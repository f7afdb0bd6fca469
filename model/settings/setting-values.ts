// How settings compare: what counts as "not set", which lists are sets, and
// which members the service fills in by itself. Shared by the provider's diff,
// the component and the policy pack.
import { defineMember, isRecord } from "../plain-object";

/**
 * List shapes whose order carries no meaning for the service: security group
 * ids, ARNs of lifecycle configurations and roles, hidden tools/app
 * types/instance types, image version aliases, custom images, code
 * repositories and file systems. A list not named here compares in order.
 *
 * Why each is a set:
 * - SecurityGroupIds: security group ids on the app network interfaces; the service aggregates
 *   the profile's with the domain's, so position means nothing.
 * - Hidden*List, VersionAliasesList: filters of what Studio hides; only membership matters.
 * - LifecycleConfigArns: configurations made available to an app; the one used is chosen per
 *   app (DefaultResourceSpec.LifecycleConfigArn), not by position.
 * - AssumableRoleArns, ExecutionRoleArns: role sets offered to EMR connections.
 * - CustomImages, CodeRepositories, CustomFileSystemConfigs, IdentityProviderOAuthSettings:
 *   one entry per image / URL / file system / data source, each looked up by its identity.
 */
export const SET_LIKE_LISTS: ReadonlySet<string> = new Set([
    "SecurityGroupIds",
    "LifecycleConfigArns",
    "HiddenMlToolsList",
    "HiddenAppTypesList",
    "HiddenInstanceTypesList",
    "HiddenSageMakerImageVersionAliasesList",
    "VersionAliasesList",
    "AssumableRoleArns",
    "ExecutionRoleArns",
    "CustomImages",
    "CodeRepositories",
    "CustomFileSystemConfigs",
    "IdentityProviderOAuthSettings",
]);

export function isSetLikeList(shapeName: string): boolean {
    return SET_LIKE_LISTS.has(shapeName);
}

/**
 * Top-level UserSettings members the service fills in when a profile does not
 * set them (for domains created today: AutoMountHomeEFS, DefaultLandingUri,
 * StudioWebPortal; space storage defaults). A program that leaves them out
 * does not manage them, so their server values never show as a diff.
 */
export const SERVER_FILLED_MEMBERS: ReadonlySet<string> = new Set([
    "AutoMountHomeEFS",
    "DefaultLandingUri",
    "StudioWebPortal",
    "SpaceStorageSettings",
]);

/** The settings structures a resource manages: a profile's UserSettings, a space's SpaceSettings. */
export type SettingsRoot = "UserSettings" | "SpaceSettings";

/**
 * Top-level SpaceSettings members the service fills in when a space does not set them: its
 * storage (the default size of its owner or domain), remote access and managed resources.
 */
const SPACE_SERVER_FILLED_MEMBERS: ReadonlySet<string> = new Set(["SpaceStorageSettings", "RemoteAccess", "SpaceManagedResources"]);

/** The top-level members of `root` the service fills in by itself. */
export function serverFilledMembers(root: SettingsRoot): ReadonlySet<string> {
    return root === "UserSettings" ? SERVER_FILLED_MEMBERS : SPACE_SERVER_FILLED_MEMBERS;
}

/** Absent, null, an empty list, the API's "None", or a structure of only such values. */
export function isEmptySetting(value: unknown): boolean {
    if (value === undefined || value === null || value === "None") {
        return true;
    }
    if (Array.isArray(value)) {
        return value.length === 0;
    }
    if (isRecord(value)) {
        return Object.values(value).every(isEmptySetting);
    }
    return false;
}

/** A copy without members that mean "not set" (see isEmptySetting), so equal settings compare equal. */
export function withoutEmptyMembers(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(withoutEmptyMembers);
    }
    if (!isRecord(value)) {
        return value;
    }
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
        if (!isEmptySetting(member)) {
            defineMember(out, key, withoutEmptyMembers(member));
        }
    }
    return out;
}

/**
 * Settings as a program would write them to get what the service reports: without members that
 * mean "not set", and without the members the service fills in by itself unless `programSets`
 * names them. Undefined when nothing is left.
 */
export function settingsAsWritten(
    settings: Record<string, unknown>,
    programSets: readonly string[],
    root: SettingsRoot = "UserSettings",
): Record<string, unknown> | undefined {
    const written: Record<string, unknown> = {};
    const serverFilled = serverFilledMembers(root);
    for (const [member, value] of Object.entries(withoutEmptyMembers(settings) as Record<string, unknown>)) {
        if (!serverFilled.has(member) || programSets.includes(member)) {
            defineMember(written, member, value);
        }
    }
    return Object.keys(written).length === 0 ? undefined : written;
}
