// `check`: everything that can be judged before the first write, each rule once, so that
// `pulumi preview` (and the preview `up` runs first) fails where `up` would:
//  1. the inputs alone: the kind's model check (model/), with full property paths; the returned
//     inputs keep the old form of values that mean the same (case-only renames, sets, empties);
//  2. when those pass, what needs the service: the domain exists, the kind's rules that need the
//     domain (and what else it reads), the user to assign exists in the identity store, and an
//     adoption (a resource new to the stack, with `adopt`) is reviewed.
// Values still unknown during preview are judged at `up`.
import type * as pulumi from "@pulumi/pulumi";
import { alignInputs } from "../../model/profile/align-inputs";
import { formatPath } from "../../model/schema/names";
import { TEAM_PROPERTY } from "../../model/team/deletion-guard";
import type { PropertyFailure } from "../../model/validation/failure-reasons";
import { sagemakerClient } from "../../gateway/clients";
import { describeDomain } from "../../gateway/domains";
import { OWNER_PROPERTY, STACK_PROPERTY } from "../../gateway/ownership";
import type { DescribeDomainResponse } from "@aws-sdk/client-sagemaker";
import { checkAccess } from "./access";
import { desiredOf } from "./desired";
import type { Inputs, ResourceKind } from "./kind";
import { valueAt } from "./identity";
import { refuseExisting, reviewAdoption } from "./record/adoption";
import { asksToAdopt } from "./record/ownership";
import { PROVIDER_KEY } from "./state-keys";
import { containsUnknown, isUnknown } from "./unknowns";

const asCheckFailures = (failures: PropertyFailure[]): pulumi.dynamic.CheckFailure[] =>
    failures.map((f) => ({ property: formatPath(f.path), reason: f.reason }));

/**
 * The inputs judged on their own, before any call; the returned inputs keep the old form of values
 * that did not change. `rules`: "inputs" leaves the rules that read the service's facts to the
 * service stage (the lifecycle's check); "all" judges them too, without those facts.
 */
export function checkInputsAlone(kind: ResourceKind, olds: Inputs, news: Inputs, rules: "all" | "inputs" = "all"): { inputs: Inputs; failures: PropertyFailure[] } {
    const failures = kind.checkInputs?.(news, { isUnknown, ignoredProperties: [PROVIDER_KEY, OWNER_PROPERTY, STACK_PROPERTY, TEAM_PROPERTY, ...kind.outputProperties], rules }) ?? [];
    const record = kind.record;
    const hasOlds = olds !== undefined && Object.keys(olds).length > 0;
    const inputs = hasOlds && record ? alignInputs(olds, news, containsUnknown, { name: kind.nameProperty, settings: record.settings.property, root: record.settings.root }) : news;
    return { inputs, failures };
}

export async function check(kind: ResourceKind, olds: Inputs, news: Inputs): Promise<pulumi.dynamic.CheckResult> {
    const { inputs, failures } = checkInputsAlone(kind, olds, news, "inputs");
    kind.membership?.announce(olds ?? {}, inputs);
    failures.push(...(kind.judgeChange?.(olds ?? {}, inputs) ?? []));
    if (failures.length > 0) {
        return { inputs, failures: asCheckFailures(failures) };
    }
    return { inputs, failures: asCheckFailures(await checkWithService(kind, olds, inputs)) };
}

async function checkWithService(kind: ResourceKind, olds: Inputs, news: Inputs): Promise<PropertyFailure[]> {
    const name = news[kind.nameProperty];
    if (!kind.record && !kind.access) {
        return [];
    }
    const client = sagemakerClient();
    if (typeof news.domainId !== "string" || isUnknown(news.domainId) || typeof name !== "string" || isUnknown(name)) {
        // The rules that read the service judge what they can without it; the rest waits for up.
        return (await kind.record?.previewRules?.(client, undefined, desiredOf(kind, news))) ?? [];
    }
    const desired = desiredOf(kind, news);
    let domain: DescribeDomainResponse;
    try {
        domain = await describeDomain(client, desired.domainId, desired.subject);
    } catch (err) {
        return [{ path: ["domainId"], reason: (err as Error).message }];
    }
    const failures = ((await kind.record?.previewRules?.(client, domain, desired)) ?? []).filter((f) => !containsUnknown(valueAt(news, f.path.map(String))));
    if (failures.length === 0 && kind.access) {
        failures.push(...(await checkAccess(kind.access, domain, desired)));
    }
    const isNew = olds === undefined || olds.domainId === undefined;
    if (failures.length === 0 && isNew && kind.record) {
        failures.push(...(await (asksToAdopt(desired) ? reviewAdoption(kind, client, desired) : refuseExisting(kind, client, desired))));
    }
    return failures;
}
