import type { GuardedPhase, Lifecycle, Phase } from "./resource-kind";

/** The statuses each kind goes through; every phase lasts the emulator's latency. */

const CREATE: Phase = { during: "Pending", success: "InService", failure: "Failed" };

/** A failed update may be retried; an update or a delete in flight blocks another change. */
const UPDATE: GuardedPhase = { from: ["InService", "Update_Failed"], during: "Updating", success: "InService", failure: "Update_Failed" };

/** A deleted domain, profile or space is gone. */
const DELETE: GuardedPhase = {
    from: ["InService", "Failed", "Update_Failed", "Delete_Failed"],
    during: "Deleting",
    success: "Removed",
    failure: "Delete_Failed",
};

export const DOMAIN_LIFECYCLE = { create: CREATE, delete: DELETE, inactive: [] } satisfies Lifecycle;

export const UPDATABLE_LIFECYCLE = { ...DOMAIN_LIFECYCLE, update: UPDATE } satisfies Lifecycle;

/** Only an InService app can be deleted; a deleted or failed app stays listed, and its name may be taken again. */
export const APP_LIFECYCLE = {
    create: CREATE,
    delete: { from: ["InService"], during: "Deleting", success: "Deleted", failure: "Failed" },
    inactive: ["Deleted", "Failed"],
} satisfies Lifecycle;
