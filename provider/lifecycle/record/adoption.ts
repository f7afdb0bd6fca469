// Adopting an existing record of the program's name (`adopt`): reviewed at preview, refused when
// another stack owns it or when what cannot change differs, and otherwise shown setting by
// setting, old → new; at create, the record is taken over and converged on the program.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type * as pulumi from "@pulumi/pulumi";
import { quoteValue } from "../../../model/quote";
import { planSettings } from "../../../model/settings/settings-plan";
import type { PropertyFailure } from "../../../model/validation/failure-reasons";
import { activeOwner, OWNER_TAG } from "../../../gateway/ownership";
import { listTags } from "../../../gateway/tags";
import { adoptionLines } from "../adoption-lines";
import { asNamed } from "../desired";
import type { Desired, ResourceKind } from "../kind";
import { identityDifferences } from "../identity";
import { keptSettingWarning } from "../kept-settings";
import { arnOf, converge } from "./converge";
import { adoptionOwnership } from "./ownership";

/** The existing record of the program's name (undefined when there is none), the desire as the service names it, its tags, and who owns it. */
export async function existingRecord(kind: ResourceKind, client: SageMakerClient, desired: Desired) {
    const record = kind.record!;
    const existing = await record.calls.describe(client, desired.domainId, desired.name);
    if (!existing) {
        return undefined;
    }
    const adopted = asNamed(kind, desired, String(existing[record.members.name] ?? desired.name));
    const arn = arnOf(record, existing);
    const tags = arn ? await listTags(client, arn, adopted.subject) : {};
    return { existing, adopted, tags, ownership: adoptionOwnership(adopted, activeOwner(tags)) };
}

/** The existing record of the program's name, taken over; undefined when there is none. */
export async function adoptExisting(kind: ResourceKind, client: SageMakerClient, desired: Desired): Promise<pulumi.dynamic.CreateResult | undefined> {
    const found = await existingRecord(kind, client, desired);
    if (found === undefined) {
        return undefined;
    }
    const { existing, adopted, ownership } = found;
    if (ownership.refused) {
        throw new Error(ownership.reason);
    }
    console.log(`${adopted.subject}: adopting the existing ${kind.shortNoun}${ownership.takesOverFromAnotherStack ? " from the stack that owned it" : ""}`);
    return { id: adopted.id, outs: await converge(kind, client, existing, adopted) };
}

/**
 * At preview, for a resource new to the stack that does not ask to adopt: a record of its name that
 * this resource did not create fails here, instead of the create call at up.
 */
export async function refuseExisting(kind: ResourceKind, client: SageMakerClient, desired: Desired): Promise<PropertyFailure[]> {
    const found = await existingRecord(kind, client, desired);
    if (found === undefined || (desired.owner !== undefined && found.tags[OWNER_TAG] === desired.owner)) {
        return [];
    }
    const managed = activeOwner(found.tags) !== undefined;
    return [
        {
            path: [kind.nameProperty],
            reason:
                `a ${kind.noun} named ${found.adopted.name} already exists in domain ${desired.domainId} (names are compared without regard to case)` +
                (managed
                    ? ` and a stack manages it (it carries the ${OWNER_TAG} tag). If it is this stack's under another resource name (a team or a member renamed), ` +
                      `give the team its old name as renamedFrom (a UserProfile or Space: Pulumi's aliases option), so the resource keeps it; to move it from another stack, set adopt: "takeover"`
                    : `. To manage it with this program, set adopt: true: the preview then shows what adopting it changes`),
        },
    ];
}

/** At preview: refused when another stack owns it or its identity differs, else every change it makes shown. */
export async function reviewAdoption(kind: ResourceKind, client: SageMakerClient, desired: Desired): Promise<PropertyFailure[]> {
    const found = await existingRecord(kind, client, desired);
    if (found === undefined) {
        return [];
    }
    const { existing, adopted, tags: allTags, ownership } = found;
    if (desired.owner !== undefined && allTags[OWNER_TAG] === desired.owner) {
        // This resource's own record (a replacement checks its inputs afresh): adoption settled at its first create.
        return [];
    }
    if (ownership.refused) {
        return [{ path: ["adopt"], reason: ownership.reason }];
    }
    const differences = identityDifferences(kind, existing, desired.inputs);
    if (differences.length > 0) {
        return differences.map(({ field, has, wants }) => ({
            path: [field.property],
            reason:
                `the existing ${adopted.subject} has ${field.path.join(".")} ${quoteValue(has ?? null)}, which cannot change, ` +
                `so adopting it with ${quoteValue(wants ?? null)} is not possible: write the ${kind.shortNoun}'s value`,
        }));
    }
    const root = kind.record!.settings.root;
    const plan = planSettings(desired.settings, existing[root], { root });
    const lines = adoptionLines(root, plan.changes, allTags, desired.tags);
    const takeover = ownership.takesOverFromAnotherStack ? " from the stack that owned it" : "";
    if (lines.length === 0 && plan.kept.length === 0) {
        console.log(`${adopted.subject}: adopting the existing ${kind.shortNoun}${takeover}; it already matches the program, so up only adds this stack's owner tag`);
    } else {
        console.warn([`warning: ${adopted.subject}: adopting the existing ${kind.shortNoun}${takeover}; up will change what the program does not say:`, ...lines.map((l) => `    ${l}`)].join("\n"));
        for (const kept of plan.kept) {
            console.warn(`warning: ${keptSettingWarning(adopted.subject, kept, root)}`);
        }
    }
    const principal = kind.access?.wanted(desired.inputs) ? kind.access.principalOf(desired.inputs) : undefined;
    if (principal !== undefined) {
        // Access follows membership: whoever made the assignment, it goes with the adopted record from now on.
        console.log(`${adopted.subject}: the assignment of Identity Center ${principal} to the domain's Studio application (made if missing) is adopted with it: removed when the ${kind.shortNoun} is deleted or forgotten`);
    }
    return [];
}
