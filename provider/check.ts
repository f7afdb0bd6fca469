// `check`: the model's one profile check (model/profile/profile-check.ts), before any API call,
// as Pulumi check failures with full property paths. Values unknown during preview are skipped.
import type * as pulumi from "@pulumi/pulumi";
import { checkProfile } from "../model/profile/profile-check";
import { OUTPUT_PROPERTIES, type UserProfileInputs } from "../model/profile/profile-properties";
import { formatPath } from "../model/schema/names";
import { OWNER_PROPERTY } from "./common/ownership";
import { PROVIDER_KEY } from "./common/provider-key";
import { isUnknown } from "./common/unknowns";

/** The resource's own bookkeeping beside the program's inputs. */
const BOOKKEEPING = [PROVIDER_KEY, OWNER_PROPERTY, ...OUTPUT_PROPERTIES];

export function checkInputs(_olds: Partial<UserProfileInputs>, news: Record<string, unknown>): pulumi.dynamic.CheckResult {
    const failures = checkProfile(news, { isUnknown, ignoredProperties: BOOKKEEPING });
    return { inputs: news, failures: failures.map((f) => ({ property: formatPath(f.path), reason: f.reason })) };
}
