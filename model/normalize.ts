// How settings compare: what counts as "not set", which lists are sets, and
// which members the service fills in by itself. Shared by the provider's diff,
// the component and the policy pack.
import { getShape, hasOwn, isRecord, memberShape } from "./model";

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

export interface CanonicalizeOptions {
    /**
     * Drop empty lists (default true): Describe returns some cleared lists as [] and leaves others
     * out, so for comparison they mean the same. Keep them when building an update request, where
     * [] is how a list is cleared.
     */
    dropEmptyLists?: boolean;
}

const stableKey = (value: unknown): string => JSON.stringify(value) ?? "";
const byStableKey = (a: unknown, b: unknown) => {
    const ka = stableKey(a);
    const kb = stableKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
};

function canonical(shapeName: string | undefined, value: unknown, dropEmptyLists: boolean, stack: Set<object>): unknown {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "object") return value;
    if (stack.has(value)) return undefined;
    const shape = shapeName === undefined ? undefined : getShape(shapeName);
    stack.add(value);
    try {
        if (Array.isArray(value)) {
            const itemShape = shape?.type === "list" ? shape.member : undefined;
            // Items are never dropped: an empty item is still an item.
            const items = value.map((item) => canonical(itemShape, item, dropEmptyLists, stack) ?? (isRecord(item) ? {} : item));
            if (shapeName !== undefined && isSetLikeList(shapeName)) items.sort(byStableKey);
            return items.length === 0 && dropEmptyLists ? undefined : items;
        }
        if (!isRecord(value)) return value;
        const out: Record<string, unknown> = {};
        const put = (key: string, v: unknown) => {
            const drop = v === undefined || v === "None" || (isRecord(v) && Object.keys(v).length === 0);
            if (!drop) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
        };
        const members = shape?.type === "structure" ? Object.keys(shape.members ?? {}) : [];
        // Members in model order, then anything unknown in its own order (kept, so drift shows).
        for (const key of members) {
            if (hasOwn(value, key)) put(key, canonical(memberShape(shape, key), value[key], dropEmptyLists, stack));
        }
        for (const key of Object.keys(value)) {
            if (members.includes(key)) continue;
            put(key, shape?.type === "map" ? canonical(shape.value, value[key], dropEmptyLists, stack) : value[key]);
        }
        return Object.keys(out).length === 0 ? undefined : out;
    } finally {
        stack.delete(value);
    }
}

/**
 * Canonical form of a value of API shape `shapeName`, for comparing desired with described
 * settings by deep equality: null/undefined members, "None" and empty structures dropped (all
 * mean "not set", see isEmptySetting), empty lists dropped unless told otherwise, set-like lists
 * sorted, members in model order. Undefined when nothing remains. Never throws.
 */
export function canonicalize(shapeName: string, value: unknown, options: CanonicalizeOptions = {}): unknown {
    try {
        return canonical(shapeName, value, options.dropEmptyLists ?? true, new Set());
    } catch {
        return value;
    }
}

/** Canonical API-cased UserSettings; `{}` when nothing is set. */
export function canonicalizeUserSettings(settings: unknown, options: CanonicalizeOptions = {}): Record<string, unknown> {
    const out = canonicalize("UserSettings", settings, options);
    return isRecord(out) ? out : {};
}
