// What blocks deleting a record (gateway/blockers.ts lists it): its apps, and a profile's private
// spaces with theirs. They are deleted first when the resource's deleteApps, or else the stack's
// sagemaker:deleteApps, says so: apps until none is left (only InService ones can be deleted;
// Pending ones once they are up), then the spaces, each called out as lost storage and waited
// for. Otherwise the error lists them and says which config to set. A shared space that names a
// profile as its owner blocks its delete too, but is never deleted here: its files belong to
// everyone who shares it, so the error names it instead.
import type { AppDetails, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { deleteApp } from "../../../gateway/apps";
import type { Blockers } from "../../../gateway/blockers";
import { resourceId } from "../../../gateway/resource-id";
import { providerSettings } from "../../../gateway/settings";
import { SPACE_CALLS } from "../../../gateway/spaces";
import { waitUntilAbsent } from "../../../gateway/status-waits";
import { waitFor } from "../../../gateway/waiter";
import type { ResourceKind } from "../kind";
import { storageLossMessage } from "../storage-loss";

/** The record whose delete they block. */
export interface BlockedRecord {
    readonly domainId: string;
    readonly name: string;
    readonly subject: string;
    /** The resource's own deleteApps (the stack's sagemaker:deleteApps otherwise). */
    readonly deleteApps: boolean | undefined;
    readonly deadline: number;
}

const spaceSubject = (domainId: string, spaceName: string) => `space ${resourceId(domainId, spaceName)}`;

/** Deletes what blocks the record, or throws what the user can do about it. */
export async function clearBlockers(kind: ResourceKind, client: SageMakerClient, blocked: BlockedRecord, blockers: Blockers): Promise<void> {
    if (blockers.sharedSpaces.length > 0) {
        throw new Error(sharedSpacesMessage(blocked.subject, blockers));
    }
    if (blockers.apps.length + blockers.spaces.length === 0) {
        return;
    }
    if (!(blocked.deleteApps ?? providerSettings().deleteApps ?? false)) {
        throw new Error(blockedMessage(kind, blocked, blockers));
    }
    const remaining = () => Math.max(1, Math.round((blocked.deadline - Date.now()) / 1000));
    const spaces = blockers.spaces.map((s) => s.SpaceName ?? "");
    console.log(`${blocked.subject}: deleting ${blockers.apps.length} app(s)${spaces.length > 0 ? ` and ${spaces.length} private space(s)` : ""} first`);
    for (const space of spaces) {
        console.warn(`warning: ${storageLossMessage(spaceSubject(blocked.domainId, space), `a private space of ${blocked.subject}, which is deleted`)}`);
    }
    await deleteAppsUntilGone(client, blocked, async () => (await kind.record!.blockers(client, blocked.domainId, blocked.name, blocked.subject)).apps, remaining());
    for (const space of spaces) {
        await SPACE_CALLS.delete(client, blocked.domainId, space);
    }
    for (const space of spaces) {
        const gone = await waitUntilAbsent(client, { label: spaceSubject(blocked.domainId, space), noun: "the space", describe: () => SPACE_CALLS.describe(client, blocked.domainId, space) }, remaining());
        if (gone.state !== "done") {
            throw new Error(`${blocked.subject}: space ${space} was not deleted (${gone.reason ?? "timed out"})`);
        }
    }
}

async function deleteAppsUntilGone(client: SageMakerClient, blocked: BlockedRecord, blockingApps: () => Promise<AppDetails[]>, seconds: number): Promise<void> {
    const label = `apps of ${blocked.subject}`;
    const settled = await waitFor(
        client,
        {
            label,
            describe: async () => {
                const left = await blockingApps();
                for (const app of left.filter((a) => a.Status === "InService")) {
                    await deleteApp(client, blocked.domainId, app, blocked.name, blocked.subject);
                }
                return left;
            },
            judge: (left) => (left && left.length > 0 ? { state: "pending" } : { state: "done" }),
            status: (left) => `${left?.length ?? 0} app(s) left`,
        },
        seconds,
    );
    if (settled.state !== "done") {
        throw new Error(`${label} were not deleted in time (${settled.value?.length ?? 0} left); run again`);
    }
}

function blockedMessage(kind: ResourceKind, blocked: BlockedRecord, blockers: Blockers): string {
    const listed = [
        ...blockers.apps.map((a) => `app ${a.AppType}/${a.AppName}${a.SpaceName && a.SpaceName !== blocked.name ? ` in space ${a.SpaceName}` : ""} (${a.Status})`),
        ...blockers.spaces.map((s) => `private space ${s.SpaceName}`),
    ].join(", ");
    const lost = blockers.spaces.length > 0 ? " (a private space's storage is lost with it)" : "";
    const advice =
        blocked.deleteApps === false
            ? "The resource sets deleteApps: false: set it to true (or remove it, so the stack's sagemaker:deleteApps decides), run pulumi up, and delete again"
            : `To delete them with the ${kind.shortNoun}, run \`pulumi config set sagemaker:deleteApps true\` and run this command again`;
    return `${blocked.subject} cannot be deleted while it has ${listed}. ${advice}${lost}; or delete them yourself.`;
}

function sharedSpacesMessage(subject: string, blockers: Blockers): string {
    const names = blockers.sharedSpaces.map((s) => s.SpaceName).join(", ");
    return (
        `${subject} cannot be deleted while it owns shared space(s) ${names}: SageMaker refuses to delete a profile that owns a space, ` +
        `and deleteApps never deletes a shared space (its files belong to everyone who shares it). Delete the shared space(s) first ` +
        `(their storage is lost), or keep the profile.`
    );
}
