// The warning for a setting the program no longer sets that SageMaker keeps (the API cannot
// unset it): which member, the value that stays, and what to write instead.
import { quoteValue } from "../../model/quote";
import { toPulumiPath } from "../../model/schema/names";
import type { KeptSetting } from "../../model/settings/settings-plan";

export function keptSettingWarning(profile: string, kept: KeptSetting): string {
    return (
        `user profile ${profile}: ${toPulumiPath(["UserSettings", ...kept.path])} is no longer set in the program, but SageMaker keeps ` +
        `${quoteValue(kept.value)} (${kept.why}); ${kept.instead}`
    );
}
