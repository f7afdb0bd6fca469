// How the summary names the running apps a delete has to remove first, and what sagemaker:deleteApps
// does about them: shared by a deleted member's call-out and a deleted space's.
import type { AppDetails } from "@aws-sdk/client-sagemaker";
import { code } from "../markdown-cells";

/** `JupyterLab/default in space x (InService)`; without the space where the call-out names it already. */
function appName(app: AppDetails, withSpace: boolean): string {
    return `${app.AppType}/${app.AppName}${withSpace && app.SpaceName ? ` in space ${app.SpaceName}` : ""} (${app.Status})`;
}

export function runningAppsLine(apps: readonly AppDetails[], withSpace: boolean): string {
    return `> Running apps: ${apps.map((a) => code(appName(a, withSpace))).join(", ")}.`;
}

/** What the delete does with the apps (and private spaces) of a `member` or a `space`. */
export function deleteAppsLine(of: "member" | "space"): string {
    return `> With \`sagemaker:deleteApps\` on (or \`deleteApps: true\` on the ${of}) the delete removes them first; otherwise the delete fails on them until they are deleted.`;
}
