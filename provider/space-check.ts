// A space's `check`, judged from the inputs alone: the model's one space check
// (model/space/space-check.ts), before any API call, as Pulumi check failures with full property
// paths. Values unknown during preview are skipped. What needs the service is space-service-check.ts.
import type * as pulumi from "@pulumi/pulumi";
import { alignInputs } from "../model/profile/align-inputs";
import { formatPath } from "../model/schema/names";
import { checkSpace } from "../model/space/space-check";
import { SPACE_OUTPUT_PROPERTIES, type SpaceInputs } from "../model/space/space-properties";
import { OWNER_PROPERTY } from "./common/ownership";
import { PROVIDER_KEY } from "./common/state-keys";
import { containsUnknown, isUnknown } from "./common/unknowns";

/** The resource's own bookkeeping beside the program's inputs. */
const BOOKKEEPING = [PROVIDER_KEY, OWNER_PROPERTY, ...SPACE_OUTPUT_PROPERTIES];

const SPACE_PROPERTIES = { name: "spaceName", settings: "spaceSettings", root: "SpaceSettings" } as const;

/** The inputs judged on their own; the returned inputs keep the old form of values that did not change. */
export function checkSpaceInputs(olds: Partial<SpaceInputs>, news: Record<string, unknown>): pulumi.dynamic.CheckResult {
    const failures = checkSpace(news, { isUnknown, ignoredProperties: BOOKKEEPING });
    const inputs = olds && Object.keys(olds).length > 0 ? alignInputs(olds as Record<string, unknown>, news, containsUnknown, SPACE_PROPERTIES) : news;
    return { inputs, failures: failures.map((f) => ({ property: formatPath(f.path), reason: f.reason })) };
}
