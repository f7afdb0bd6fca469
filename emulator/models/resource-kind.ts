import type { Partition } from "./naming";
import type { JsonObject, RegionState, StudioRecord, TransitionTarget } from "./records";

/** One status transition: the status while it runs, and where it ends when it succeeds or fails. */
export interface Phase {
    during: string;
    success: TransitionTarget;
    failure: TransitionTarget;
}

/** A phase that starts only from some statuses; from any other the call is ResourceInUse. */
export interface GuardedPhase extends Phase {
    from: readonly string[];
}

export interface Lifecycle {
    create: Phase;
    update?: GuardedPhase;
    delete: GuardedPhase;
    /** Statuses of records kept only as rows (deleted or failed apps): they block nothing and free their name. */
    inactive: readonly string[];
}

/** Records of another kind that keep a record of this kind from being deleted. */
export interface DeleteBlocker<P> {
    /** As the service's message names them: `App(s)`. */
    noun: string;
    blocks(state: RegionState, parent: P): boolean;
}

/** How an update that ends in `Update_Failed` is undone: what it changes is kept before it starts. */
export interface UpdateUndo<R> {
    snapshot(record: R): JsonObject;
    restore(record: R, snapshot: JsonObject): void;
}

/**
 * A SageMaker resource kind as the store and the lifecycle see it: where its records are, how
 * a request's identity `I` (DomainId and names) finds one, its statuses, what keeps one from being
 * deleted, and, for kinds that can be updated, how a failed update is undone.
 */
export interface ResourceKind<R extends StudioRecord, I> {
    /** As the service names the kind in messages and operations: `UserProfile`. */
    noun: string;
    records(state: RegionState): Record<string, R>;
    /** The name that messages about a missing or taken identity give. */
    nameOf(identity: I): string;
    key(identity: I): string;
    arn(where: Partition, identity: I): string;
    alreadyExists(identity: I): string;
    lifecycle: Lifecycle;
    deleteBlockers: readonly DeleteBlocker<R>[];
    updateUndo?: UpdateUndo<R>;
}

/** Any kind, as the code that goes through all of them sees it. */
export type AnyResourceKind = ResourceKind<StudioRecord, never>;

export function isActive(kind: { lifecycle: Lifecycle }, record: StudioRecord): boolean {
    return !kind.lifecycle.inactive.includes(record.status);
}

/** The active records of `kind` that `belongsTo` ties to a record keep it from being deleted. */
export function blockedBy<P, C extends StudioRecord>(kind: ResourceKind<C, never>, belongsTo: (child: C, parent: P) => boolean): DeleteBlocker<P> {
    return {
        noun: `${kind.noun}(s)`,
        blocks: (state, parent) => Object.values(kind.records(state)).some((child) => isActive(kind, child) && belongsTo(child, parent)),
    };
}
