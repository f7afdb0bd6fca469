import { restoreSpace } from "./space-snapshot";
import type { LifecycleFields, RegionState, ResourceStatus, Transition, TransitionTarget } from "./records";

/**
 * Status transitions are stored as absolute deadlines and applied lazily, before each call.
 * A restart therefore resumes them exactly, and a read never needs to be persisted.
 */

export interface TransitionPlan {
    now: number;
    latencyMs: number;
    /** Set by a fault rule: the transition ends in the failure status with this reason. */
    failureReason?: string;
}

/** Puts a record into `during`, ending in `success` (or `failure` when the plan says so). */
export function startTransition(
    record: LifecycleFields,
    during: string,
    success: TransitionTarget,
    failure: ResourceStatus,
    plan: TransitionPlan,
    restoreSettings?: Transition["restoreSettings"],
): void {
    record.status = during;
    delete record.failureReason;
    record.lastModifiedTime = plan.now;
    const failing = plan.failureReason !== undefined;
    record.transition = {
        at: plan.now + plan.latencyMs,
        to: failing ? failure : success,
        ...(failing ? { failureReason: plan.failureReason } : {}),
        ...(failing && restoreSettings ? { restoreSettings } : {}),
    };
}

/** Applies a due transition; returns false when the record is to be removed. */
function advance(record: LifecycleFields, now: number, restore: (settings: Transition["restoreSettings"]) => void): boolean {
    const transition = record.transition;
    if (!transition || transition.at > now) return true;
    if (transition.to === "Removed") return false;
    record.status = transition.to;
    record.lastModifiedTime = transition.at;
    if (transition.failureReason !== undefined) record.failureReason = transition.failureReason;
    if (transition.restoreSettings) restore(transition.restoreSettings);
    delete record.transition;
    return true;
}

function settleCollection<T extends LifecycleFields>(
    collection: Record<string, T>,
    now: number,
    restore: (record: T, settings: Transition["restoreSettings"]) => void = () => undefined,
): void {
    for (const [key, record] of Object.entries(collection)) {
        if (!advance(record, now, (settings) => restore(record, settings))) delete collection[key];
    }
}

export function settle(state: RegionState, now: number): void {
    settleCollection(state.domains, now);
    settleCollection(state.userProfiles, now, (profile, settings) => {
        profile.userSettings = settings;
    });
    settleCollection(state.spaces, now, restoreSpace);
    settleCollection(state.apps, now);
    // Rows of deleted apps outlive their apps, but not their domain.
    for (const [key, app] of Object.entries(state.apps)) {
        if (!state.domains[app.domainId]) delete state.apps[key];
    }
}
