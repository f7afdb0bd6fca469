import { resourceInUse, validationError } from "../protocol/errors";
import type { BackendContext } from "./context";
import { findRecord } from "./lookup";
import { nextSeq } from "./record-store";
import type { JsonObject, LifecycleFields, StudioRecord } from "./records";
import { isActive, type GuardedPhase, type Phase, type ResourceKind, type UpdateUndo } from "./resource-kind";
import { startTransition } from "./status-transitions";

/** What a kind's create supplies: everything but the identity and what every record gets here. */
type KindFields<R extends StudioRecord, I> = Omit<R, keyof I | Exclude<keyof StudioRecord, "tags">>;

/** A kind that can be updated. */
type UpdatableKind<R extends StudioRecord> = ResourceKind<R, never> & { lifecycle: { update: GuardedPhase }; updateUndo: UpdateUndo<R> };

function startPhase(context: BackendContext, record: LifecycleFields, phase: Phase, restoreSettings?: JsonObject): void {
    startTransition(record, phase, {
        now: context.now,
        latencyMs: context.latencyMs,
        failureReason: context.takeFailureReason(),
        ...(restoreSettings !== undefined ? { restoreSettings } : {}),
    });
}

function requireStatus(record: StudioRecord, kind: { noun: string }, phase: GuardedPhase, verb: string): void {
    if (!phase.from.includes(record.status)) {
        throw resourceInUse(`Unable to ${verb} ${kind.noun} [${record.arn}] because it is in ${record.status} status.`);
    }
}

/**
 * Adds a record, which starts in the kind's create phase (or InService: seeded domains), unless
 * the identity is taken; only an inactive record gives its identity up. `fields` runs once the
 * identity is known to be free, so that it may use up counters.
 */
export function createRecord<R extends StudioRecord, I extends object>(
    context: BackendContext,
    kind: ResourceKind<R, I>,
    identity: I,
    fields: () => KindFields<R, I>,
    options: { inService?: boolean } = {},
): R {
    const existing = findRecord(context, kind, identity);
    if (existing && isActive(kind, existing)) throw resourceInUse(kind.alreadyExists(identity));
    // The identity, the members every record gets and the kind's fields make up R.
    const record = {
        ...identity,
        arn: kind.arn(context, identity),
        status: "InService",
        creationTime: context.now,
        lastModifiedTime: context.now,
        seq: nextSeq(context.state),
        ...fields(),
    } as unknown as R;
    if (!options.inService) startPhase(context, record, kind.lifecycle.create);
    kind.records(context.state)[kind.key(identity)] = record;
    return record;
}

/** `change` applies the update; if the update ends in `Update_Failed`, what it changed is restored. */
export function updateRecord<R extends StudioRecord>(context: BackendContext, kind: UpdatableKind<R>, record: R, change: () => void): void {
    const phase = kind.lifecycle.update;
    requireStatus(record, kind, phase, "update");
    const snapshot = kind.updateUndo.snapshot(record);
    change();
    startPhase(context, record, phase, snapshot);
}

/** Deletes from the allowed statuses, once nothing that depends on the record is left. */
export function deleteRecord<R extends StudioRecord>(context: BackendContext, kind: ResourceKind<R, never>, record: R): void {
    const phase = kind.lifecycle.delete;
    // Only apps stay (as rows) once deleted; the service says so in a ValidationException.
    if (record.status === phase.success) throw validationError(`${kind.noun} [${record.arn}] has already been deleted.`);
    requireStatus(record, kind, phase, "delete");
    for (const blocker of kind.deleteBlockers) {
        if (blocker.blocks(context.state, record)) {
            throw resourceInUse(`Unable to delete ${kind.noun} [${record.arn}] because ${blocker.noun} are associated with it.`);
        }
    }
    startPhase(context, record, phase);
}
