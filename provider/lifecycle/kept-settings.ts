// The warning for a setting the program no longer sets that SageMaker keeps (the API cannot
// unset it): which member, the value that stays, and what to write instead.
import { quoteValue } from "../../model/quote";
import { toPulumiPath } from "../../model/schema/names";
import type { SettingsRoot } from "../../model/settings/setting-values";
import type { KeptSetting } from "../../model/settings/settings-plan";
import { subjectOf } from "../../gateway/subject";

/** `subject`: a profile's id, or "space d-…/x" with root SpaceSettings. */
export function keptSettingWarning(subject: string, kept: KeptSetting, root: SettingsRoot = "UserSettings"): string {
    return (
        `${subjectOf(subject)}: ${toPulumiPath([root, ...kept.path])} is no longer set in the program, but SageMaker keeps ` +
        `${quoteValue(kept.value)} (${kept.why}); ${kept.instead}`
    );
}
