// What an adoption changes, one line each, old → new: the settings of the settings plan, and the
// tags (those the program does not have are removed). The owner and stack tags are this package's own.
import { quoteValue } from "../../model/quote";
import { toPulumiPath } from "../../model/schema/names";
import type { SettingsRoot } from "../../model/settings/setting-values";
import type { SettingChange } from "../../model/settings/settings-plan";
import { withoutOwnerTag } from "../../gateway/ownership";

/** A setting the profile lacks was never set (before) or is taken away (after). */
function shown(value: unknown, absent: "(not set)" | "(removed)"): string {
    return value === undefined ? absent : quoteValue(value);
}

export function adoptionLines(root: SettingsRoot, changes: SettingChange[], existingTags: Record<string, string>, desiredTags: Record<string, string>): string[] {
    const lines = changes.map((c) => `${toPulumiPath([root, ...c.path])}: ${shown(c.from, "(not set)")} → ${shown(c.to, "(removed)")}`);
    const tags = withoutOwnerTag(existingTags);
    const tagPath = (key: string) => toPulumiPath(["tags", key], { mapKeys: [1] });
    for (const [key, value] of Object.entries(tags)) {
        if (!(key in desiredTags)) lines.push(`${tagPath(key)}: ${quoteValue(value)} → (removed)`);
        else if (desiredTags[key] !== value) lines.push(`${tagPath(key)}: ${quoteValue(value)} → ${quoteValue(desiredTags[key])}`);
    }
    for (const [key, value] of Object.entries(desiredTags)) {
        if (!(key in tags)) lines.push(`${tagPath(key)}: (not set) → ${quoteValue(value)}`);
    }
    return lines;
}
