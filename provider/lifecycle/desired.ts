// What the program asks for, converted to the API's names once, at the start of an operation:
// every step after this works on the API-cased request, never on Pulumi names.
import { timeoutSeconds } from "../../model/profile/profile-options";
import { serverFilledMembers } from "../../model/settings/setting-values";
import { OWNER_PROPERTY, STACK_PROPERTY } from "../../gateway/ownership";
import { parseResourceId, resourceId } from "../../gateway/resource-id";
import { PROGRAM_SETS_KEY } from "./state-keys";
import type { Desired, Inputs, ResourceKind } from "./kind";

export function subjectFor(kind: ResourceKind, domainId: string, name: string): string {
    return kind.subjectOf?.(domainId, name) ?? `${kind.noun} ${resourceId(domainId, name)}`;
}

/** The desired resource; for an existing one, `id` names it (its name's letter case may differ from the program's). */
export function desiredOf(kind: ResourceKind, inputs: Inputs, id?: string): Desired {
    const { domainId, name } = id === undefined ? { domainId: String(inputs.domainId), name: String(inputs[kind.nameProperty]) } : parseResourceId(id);
    const owner = inputs[OWNER_PROPERTY];
    const stack = inputs[STACK_PROPERTY];
    const request = kind.createRequest?.(inputs) ?? {};
    const settingsRoot = kind.record?.settings.root;
    const settings = settingsRoot === undefined ? undefined : (request[settingsRoot] as Record<string, unknown> | undefined);
    const serverFilled = settingsRoot === undefined ? new Set<string>() : serverFilledMembers(settingsRoot);
    const named: Desired = {
        id: resourceId(domainId, name),
        subject: subjectFor(kind, domainId, name),
        domainId,
        name,
        request,
        ...(settings !== undefined ? { settings } : {}),
        tags: (inputs.tags as Record<string, string> | undefined) ?? {},
        ...(typeof owner === "string" ? { owner } : {}),
        ...(typeof stack === "string" ? { stack } : {}),
        programSets: Object.keys(settings ?? {}).filter((member) => serverFilled.has(member)),
        timeouts: timeoutSeconds(inputs.timeouts as Parameters<typeof timeoutSeconds>[0]),
        inputs,
    };
    return id === undefined ? named : asNamed(kind, named, name);
}

/** The same desire for the resource as the service names it (a name may differ in letter case). */
export function asNamed(kind: ResourceKind, desired: Desired, name: string): Desired {
    const nameMember = kind.record?.members.name;
    if (name === desired.name && (nameMember === undefined || desired.request[nameMember] === name)) {
        return desired;
    }
    return {
        ...desired,
        name,
        id: resourceId(desired.domainId, name),
        subject: subjectFor(kind, desired.domainId, name),
        request: nameMember === undefined ? desired.request : { ...desired.request, [nameMember]: name },
    };
}

/** The settings members the service fills in that the program set, as the last deployment's outputs record them. */
export function programSetsOf(outputs: object): string[] {
    const recorded = (outputs as Record<string, unknown>)[PROGRAM_SETS_KEY];
    return Array.isArray(recorded) ? recorded.filter((m): m is string => typeof m === "string") : [];
}
