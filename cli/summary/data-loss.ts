// What deleting a profile takes with it, looked up read-only before the change is merged: the
// private spaces it owns (their storage volumes are lost with them) and its running apps, as the
// provider's delete finds them (ListSpaces and ListApps through the SDK's paginators).
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { resourceId } from "../../provider/common/resource-id";
import { listBlockers, type Blockers } from "../../provider/operations/clear-blockers";

export interface ProfileToDelete {
    /** The member's key (its resource URN). */
    key: string;
    domainId: string;
    userProfileName: string;
}

export type DataLoss =
    | { looked: false }
    | { looked: true; found: Map<string, Blockers>; failure?: string };

/** The blockers of each profile, by member key; stops at the first failure (the rest would fail alike). */
export async function lookUpDataLoss(client: SageMakerClient, profiles: readonly ProfileToDelete[]): Promise<DataLoss> {
    const found = new Map<string, Blockers>();
    for (const p of profiles) {
        try {
            found.set(p.key, await listBlockers(client, p.domainId, p.userProfileName, resourceId(p.domainId, p.userProfileName)));
        } catch (err) {
            return { looked: true, found, failure: (err as Error).message };
        }
    }
    return { looked: true, found };
}
