// `check`, judged from the inputs alone: the model's one profile check (model/profile/
// profile-check.ts), before any API call, as Pulumi check failures with full property paths.
// Values unknown during preview are skipped. What needs the service (the domain's rules, an
// adoption's review) is service-check.ts.
import type * as pulumi from "@pulumi/pulumi";
import { alignInputs } from "../model/profile/align-inputs";
import { checkProfile } from "../model/profile/profile-check";
import { OUTPUT_PROPERTIES, type UserProfileInputs } from "../model/profile/profile-properties";
import { formatPath } from "../model/schema/names";
import { OWNER_PROPERTY } from "./common/ownership";
import { PROVIDER_KEY } from "./common/state-keys";
import { containsUnknown, isUnknown } from "./common/unknowns";

/** The resource's own bookkeeping beside the program's inputs. */
const BOOKKEEPING = [PROVIDER_KEY, OWNER_PROPERTY, ...OUTPUT_PROPERTIES];

/** The inputs judged on their own; the returned inputs keep the old form of values that did not change. */
export function checkInputs(olds: Partial<UserProfileInputs>, news: Record<string, unknown>): pulumi.dynamic.CheckResult {
    const failures = checkProfile(news, { isUnknown, ignoredProperties: BOOKKEEPING });
    const inputs = olds && Object.keys(olds).length > 0 ? alignInputs(olds as Record<string, unknown>, news, containsUnknown) : news;
    return { inputs, failures: failures.map((f) => ({ property: formatPath(f.path), reason: f.reason })) };
}
