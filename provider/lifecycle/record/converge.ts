// Brings an existing record (adopted, recovered, failed or drifted) to what the program says: one
// update call with every changed setting and the explicit clears and resets of removed ones (none
// when nothing differs; never the settings only a create can set), then the tags with this
// resource's owner tag, a wait until it is InService again, and the access part.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { planSettings, type SettingsPlan } from "../../../model/settings/settings-plan";
import { tagsWithOwner, withoutOwnerTag } from "../../../gateway/ownership";
import type { Described } from "../../../gateway/records";
import { listTags, syncTags } from "../../../gateway/tags";
import { withAccess } from "../access";
import type { Desired, Outputs, ResourceKind, SageMakerRecord } from "../kind";
import { recordedOnFailure } from "../init-error";
import { keptSettingWarning } from "../kept-settings";
import { recordOutputs } from "./outputs";
import { settled } from "./settle";

/** What the last deployment recorded of the resource (nothing, for an adoption or a recovery). */
export interface RecordedBefore {
    /** The settings members the service fills in that the program set. */
    programSets?: readonly string[];
    /** The last deployment's outputs (the access part's record). */
    outputs?: Outputs;
}

/** The record's ARN, for its tags. */
export function arnOf(record: SageMakerRecord, described: Described): string | undefined {
    const arn = described[record.members.arn];
    return typeof arn === "string" && arn !== "" ? arn : undefined;
}

/** The tags the program sees on a record: without the owner tag. */
export async function programTags(client: SageMakerClient, record: SageMakerRecord, described: Described, subject: string): Promise<Record<string, string>> {
    const arn = arnOf(record, described);
    return arn ? withoutOwnerTag(await listTags(client, arn, subject)) : {};
}

/** The update request, and whether anything beyond the settings changes. */
function updateRequest(record: SageMakerRecord, desired: Desired, plan: SettingsPlan, existing: Described): { request: Record<string, unknown>; changes: boolean } {
    const settings = { ...plan.update };
    for (const member of record.createOnlySettings ?? []) delete settings[member];
    const request: Record<string, unknown> = { DomainId: desired.domainId, [record.members.name]: desired.name };
    if (Object.keys(settings).length > 0) request[record.settings.root] = settings;
    let changes = false;
    for (const field of record.updatable ?? []) {
        const value = desired.inputs[field.property];
        if (value !== undefined) {
            request[field.member] = value;
            changes ||= value !== existing[field.member];
        }
    }
    return { request, changes };
}

export async function converge(kind: ResourceKind, client: SageMakerClient, existingRecord: Described, desired: Desired, before: RecordedBefore = {}): Promise<Outputs> {
    const record = kind.record!;
    let existing = existingRecord;
    if (existing.Status === "Pending" || existing.Status === "Updating") {
        // An earlier run was interrupted mid-operation: let it settle before changing anything.
        existing = await settled(kind, client, desired, "updated");
    }
    const arn = arnOf(record, existing);
    const allTags = arn ? await listTags(client, arn, desired.subject) : {};
    const actual = recordOutputs(kind, desired, existing, withoutOwnerTag(allTags));
    return recordedOnFailure(desired.id, () => actual, desired.inputs, async () => {
        const plan = planSettings(desired.settings, existing[record.settings.root], { root: record.settings.root, programSets: before.programSets ?? [] });
        const update = updateRequest(record, desired, plan, existing);
        const failed = existing.Status === "Update_Failed" || existing.Status === "Failed";
        if (plan.changes.length > 0 || update.changes || failed) {
            await record.rulesBeforeWrite?.(client, desired, "update", existing);
            await record.calls.update(client, update.request);
        }
        for (const kept of plan.kept) {
            console.warn(`warning: ${keptSettingWarning(desired.subject, kept, record.settings.root)}`);
        }
        if (arn) {
            // The owner and stack tags are this resource's from now on (an adoption adds them; a takeover replaces another's).
            await syncTags(client, arn, desired.subject, allTags, tagsWithOwner(desired.tags, desired.owner, desired.stack) ?? {});
        }
        const described = await settled(kind, client, desired, "updated");
        const outs = recordOutputs(kind, desired, described, await programTags(client, record, described, desired.subject));
        return withAccess(kind, client, desired, outs, before.outputs);
    });
}
