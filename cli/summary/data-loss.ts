// What deleting a profile takes with it, looked up read-only before the change is merged: the
// private spaces it owns (their storage volumes are lost with them) and its running apps, as the
// provider's delete finds them (ListSpaces and ListApps through the SDK's paginators); and the
// running apps of each space the program's own Space resources delete, which block that delete.
import type { AppDetails, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { listBlockers, type Blockers } from "../../gateway/blockers";
import { OWNER_TAG } from "../../gateway/ownership";
import { USER_PROFILE_CALLS } from "../../gateway/profiles";
import type { RecordCalls } from "../../gateway/records";
import { resourceId } from "../../gateway/resource-id";
import { SPACE_CALLS } from "../../gateway/spaces";
import { listTags } from "../../gateway/tags";

export interface ProfileToDelete {
    /** The member's key (its resource URN). */
    key: string;
    domainId: string;
    userProfileName: string;
    /** The owner token the last deployment recorded. */
    owner?: string;
}

export interface SpaceToDelete {
    /** The space's key (its resource URN). */
    key: string;
    domainId: string;
    spaceName: string;
    owner?: string;
}

export type DataLoss =
    | { looked: false }
    | {
          looked: true;
          found: Map<string, Blockers>;
          spaceApps?: Map<string, AppDetails[]>;
          /** Keys of resources another stack manages now (they carry its owner tag): the delete only forgets them. */
          movedAway?: Set<string>;
          failure?: string;
      };

/** Whether the record now carries another owner tag than the one the last deployment recorded. */
async function ownedElsewhere(client: SageMakerClient, calls: RecordCalls, domainId: string, name: string, owner: string | undefined, subject: string): Promise<boolean> {
    if (owner === undefined) return false;
    const described = await calls.describe(client, domainId, name);
    const arn = described?.UserProfileArn ?? described?.SpaceArn;
    if (typeof arn !== "string") return false;
    const tag = (await listTags(client, arn, subject))[OWNER_TAG];
    return tag !== undefined && tag !== owner;
}

/**
 * The blockers of each profile and the running apps of each space, by resource key; stops at the
 * first failure (the rest would fail alike).
 */
export async function lookUpDataLoss(client: SageMakerClient, profiles: readonly ProfileToDelete[], spaces: readonly SpaceToDelete[] = []): Promise<DataLoss> {
    const found = new Map<string, Blockers>();
    const spaceApps = new Map<string, AppDetails[]>();
    const movedAway = new Set<string>();
    try {
        for (const p of profiles) {
            const subject = `user profile ${resourceId(p.domainId, p.userProfileName)}`;
            if (await ownedElsewhere(client, USER_PROFILE_CALLS, p.domainId, p.userProfileName, p.owner, subject)) {
                movedAway.add(p.key);
                continue;
            }
            found.set(p.key, await listBlockers(client, { domainId: p.domainId, userProfileName: p.userProfileName }, subject));
        }
        for (const s of spaces) {
            const subject = `space ${resourceId(s.domainId, s.spaceName)}`;
            if (await ownedElsewhere(client, SPACE_CALLS, s.domainId, s.spaceName, s.owner, subject)) {
                movedAway.add(s.key);
                continue;
            }
            spaceApps.set(s.key, (await listBlockers(client, { domainId: s.domainId, spaceName: s.spaceName }, subject)).apps);
        }
    } catch (err) {
        return { looked: true, found, spaceApps, movedAway, failure: (err as Error).message };
    }
    return { looked: true, found, spaceApps, movedAway };
}
