// New inputs in the form of the old ones wherever they mean the same: a name that differs only in
// letter case, tags absent or empty, a list in another order where the API treats it as a set,
// members that mean "not set". The engine shows a preview's changes by comparing old and new
// inputs, so only what really changes shows (`check` returns the aligned inputs). Profiles and
// spaces are aligned alike, each by its name and its settings.
import deepEqual from "fast-deep-equal";
import { defineMember, hasOwn, isRecord } from "../plain-object";
import { toApiName } from "../schema/names";
import { getShape, memberShape } from "../schema/shape-lookup";
import { sameSetting } from "../settings/settings-plan";
import type { SettingsRoot } from "../settings/setting-values";

/** Which inputs of a resource hold its case-insensitive name and its settings. */
export interface AlignedProperties {
    readonly name: string;
    readonly settings: string;
    readonly root: SettingsRoot;
}

const PROFILE_PROPERTIES: AlignedProperties = { name: "userProfileName", settings: "userSettings", root: "UserSettings" };

/** `news` with every value that means what the old one meant replaced by the old one. */
export function alignInputs(
    olds: Record<string, unknown>,
    news: Record<string, unknown>,
    containsUnknown: (value: unknown) => boolean,
    properties: AlignedProperties = PROFILE_PROPERTIES,
): Record<string, unknown> {
    const aligned: Record<string, unknown> = { ...news };
    const name = news[properties.name];
    const oldName = olds[properties.name];
    if (typeof name === "string" && typeof oldName === "string" && name !== oldName && name.toLowerCase() === oldName.toLowerCase()) {
        aligned[properties.name] = oldName;
    }
    if (!containsUnknown(news.tags) && deepEqual(news.tags ?? {}, olds.tags ?? {})) {
        setOrDrop(aligned, "tags", olds.tags);
    }
    if (!containsUnknown(news[properties.settings])) {
        setOrDrop(aligned, properties.settings, alignSettings(properties.root, news[properties.settings], olds[properties.settings]));
    }
    return aligned;
}

function setOrDrop(target: Record<string, unknown>, key: string, value: unknown): void {
    if (value === undefined) {
        delete target[key];
    } else {
        target[key] = value;
    }
}

/** Settings in Pulumi names, aligned member by member along the API shape `shapeName`. */
function alignSettings(shapeName: string | undefined, news: unknown, olds: unknown): unknown {
    if (sameSetting(shapeName, news, olds)) {
        return olds;
    }
    const shape = shapeName === undefined ? undefined : getShape(shapeName);
    if (shape?.type !== "structure" || !isRecord(news) || !isRecord(olds)) {
        return news;
    }
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(news), ...Object.keys(olds)])) {
        const value = alignSettings(memberShape(shape, toApiName(shapeName!, key) ?? key), hasOwn(news, key) ? news[key] : undefined, hasOwn(olds, key) ? olds[key] : undefined);
        if (value !== undefined) {
            defineMember(out, key, value);
        }
    }
    return out;
}
