// What deleting a profile takes with it, looked up read-only before the change is merged: the
// private spaces it owns (their storage volumes are lost with them) and its running apps, as the
// provider's delete finds them (ListSpaces and ListApps through the SDK's paginators); and the
// running apps of each space the program's own Space resources delete, which block that delete.
import type { AppDetails, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { listBlockers, type Blockers } from "../../gateway/blockers";
import { resourceId } from "../../gateway/resource-id";

export interface ProfileToDelete {
    /** The member's key (its resource URN). */
    key: string;
    domainId: string;
    userProfileName: string;
}

export interface SpaceToDelete {
    /** The space's key (its resource URN). */
    key: string;
    domainId: string;
    spaceName: string;
}

export type DataLoss =
    | { looked: false }
    | { looked: true; found: Map<string, Blockers>; spaceApps?: Map<string, AppDetails[]>; failure?: string };

/**
 * The blockers of each profile and the running apps of each space, by resource key; stops at the
 * first failure (the rest would fail alike).
 */
export async function lookUpDataLoss(client: SageMakerClient, profiles: readonly ProfileToDelete[], spaces: readonly SpaceToDelete[] = []): Promise<DataLoss> {
    const found = new Map<string, Blockers>();
    const spaceApps = new Map<string, AppDetails[]>();
    try {
        for (const p of profiles) {
            found.set(p.key, await listBlockers(client, { domainId: p.domainId, userProfileName: p.userProfileName }, `user profile ${resourceId(p.domainId, p.userProfileName)}`));
        }
        for (const s of spaces) {
            spaceApps.set(s.key, (await listBlockers(client, { domainId: s.domainId, spaceName: s.spaceName }, `space ${resourceId(s.domainId, s.spaceName)}`)).apps);
        }
    } catch (err) {
        return { looked: true, found, spaceApps, failure: (err as Error).message };
    }
    return { looked: true, found, spaceApps };
}
