import type { JsonObject, LifecycleFields } from "./records";
import type { Phase } from "./resource-kind";

/**
 * Status transitions are stored as absolute deadlines and applied lazily, before each call.
 * A restart therefore resumes them exactly, and a read never needs to be persisted.
 */

export interface TransitionPlan {
    now: number;
    latencyMs: number;
    /** Set by a fault rule: the transition ends in the phase's failure status with this reason. */
    failureReason?: string;
    /** What a failing update restores. */
    restoreSettings?: JsonObject;
}

/** Puts a record into the phase's `during` status, ending in `success` (or `failure` when the plan says so). */
export function startTransition(record: LifecycleFields, phase: Phase, plan: TransitionPlan): void {
    record.status = phase.during;
    delete record.failureReason;
    record.lastModifiedTime = plan.now;
    const failing = plan.failureReason !== undefined;
    record.transition = {
        at: plan.now + plan.latencyMs,
        to: failing ? phase.failure : phase.success,
        ...(failing ? { failureReason: plan.failureReason } : {}),
        ...(failing && plan.restoreSettings ? { restoreSettings: plan.restoreSettings } : {}),
    };
}

/** Applies a due transition; returns false when the record is to be removed. */
export function advance<R extends LifecycleFields>(record: R, now: number, restore: (record: R, settings: JsonObject) => void): boolean {
    const transition = record.transition;
    if (!transition || transition.at > now) return true;
    if (transition.to === "Removed") return false;
    record.status = transition.to;
    record.lastModifiedTime = transition.at;
    if (transition.failureReason !== undefined) record.failureReason = transition.failureReason;
    if (transition.restoreSettings) restore(record, transition.restoreSettings);
    delete record.transition;
    return true;
}
