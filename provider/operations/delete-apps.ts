// Deleting the apps that block a delete (of a profile, of a space) and waiting until none is
// left. Only InService apps can be deleted; Pending ones are deleted once they are up.
import type { AppDetails, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { deleteApp } from "../aws/apps";
import { waitFor } from "../aws/waiter";

/** Apps that are gone or failed do not block deletion (and cannot be deleted). */
const BLOCKING_APP_STATUS = new Set(["InService", "Pending", "Deleting"]);

export function blocking(apps: AppDetails[]): AppDetails[] {
    return apps.filter((a) => BLOCKING_APP_STATUS.has(a.Status ?? ""));
}

/** How the deletion proceeds: which apps block now, and what they belong to. */
export interface AppsToDelete {
    /** "apps of user profile d-…/alice", for progress lines. */
    label: string;
    /** The subject of errors: a profile id, or "space d-…/x". */
    subject: string;
    domainId: string;
    /** The profile whose own apps these are (Studio Classic apps have no space). */
    userProfileName?: string;
    blockingApps(): Promise<AppDetails[]>;
}

export async function deleteAppsUntilGone(client: SageMakerClient, apps: AppsToDelete, seconds: number): Promise<void> {
    const settled = await waitFor(
        client,
        {
            label: apps.label,
            describe: async () => {
                const left = await apps.blockingApps();
                for (const app of left.filter((a) => a.Status === "InService")) {
                    await deleteApp(client, apps.domainId, app, apps.userProfileName, apps.subject);
                }
                return left;
            },
            judge: (left) => (left && left.length > 0 ? { state: "pending" } : { state: "done" }),
            status: (left) => `${left?.length ?? 0} app(s) left`,
        },
        seconds,
    );
    if (settled.state !== "done") {
        throw new Error(`${apps.label} were not deleted in time (${settled.value?.length ?? 0} left); run again`);
    }
}

/** What to do when deleteApps does not allow deleting what blocks a delete. */
export function deleteAppsAdvice(resourceSaysNo: boolean, deleted: "the profile" | "the space"): string {
    return resourceSaysNo
        ? "The resource sets deleteApps: false: set it to true (or remove it, so the stack's sagemaker:deleteApps decides), run pulumi up, and delete again"
        : `To delete them with ${deleted}, run \`pulumi config set sagemaker:deleteApps true\` and run this command again`;
}
