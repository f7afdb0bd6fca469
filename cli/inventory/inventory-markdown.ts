// The inventory as Markdown: the totals first, then a table of profiles, one of spaces, the users
// assigned without a profile (SSO domains), and notes.
import type { Manager } from "../../gateway/ownership";
import { code } from "../markdown-cells";
import type { Inventory, ProfileRow, SpaceRow, Totals } from "./inventory-model";
import { assignmentText, defaultsText, managerText, roleSource, runningAppsText } from "./row-text";

const cell = (text: string) => (text === "" ? "—" : text.replace(/\|/g, "\\|"));
const codeCell = (text: string | undefined) => (text === undefined || text === "" ? "—" : cell(code(text)));
/** A stack as code; "unmanaged" and "managed (stack not recorded …)" as words. */
const managerCell = (manager: Manager) => (manager.managed && manager.stack !== undefined ? cell(code(manager.stack)) : managerText(manager));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The cells every row has after its own: execution role, default instance types, running apps. */
function recordCells(row: ProfileRow | SpaceRow): string {
    const role = row.executionRole;
    return `${codeCell(role?.arn)}${role ? roleSource(role) : ""} | ${cell(defaultsText(row.defaultInstanceTypes))} | ${cell(runningAppsText(row.runningApps))} |`;
}

function totalsLines(totals: Totals, sso: boolean): string[] {
    const { runningApps } = totals;
    const byType = runningApps.byInstanceType.map((t) => `${code(t.instanceType)}${t.gpu ? " (GPU)" : ""} ${t.apps}`).join(", ");
    return [
        "## Totals",
        "",
        "| manager | profiles | spaces |",
        "| --- | ---: | ---: |",
        ...totals.byManager.map((m) => `| ${managerCell(m.manager)} | ${m.profiles} | ${m.spaces} |`),
        `| **all** | ${totals.profiles} | ${totals.spaces} |`,
        "",
        sso
            ? `- **Can open Studio**: ${plural(totals.canOpenStudio, "user")} (a profile, and an assignment to the domain's Identity Center application, directly or through a group)`
            : `- **Can open Studio**: ${plural(totals.canOpenStudio, "profile")} (an IAM domain: IAM policies decide who may open each)`,
        ...(totals.assignedWithoutProfile !== undefined ? [`- **Assigned without a profile**: ${plural(totals.assignedWithoutProfile, "user")}`] : []),
        `- **GPU default instance types**: ${plural(totals.gpuDefaults.profiles, "profile")}, ${plural(totals.gpuDefaults.spaces, "space")}`,
        `- **Running apps**: ${runningApps.total}${runningApps.total > 0 ? ` (${runningApps.gpu} on a GPU): ${byType}` : ""}`,
    ];
}

export function inventoryMarkdown(inventory: Inventory): string {
    const { domain } = inventory;
    const sso = inventory.assignmentsWithoutProfile !== undefined;
    const about = [domain.name !== undefined && domain.name !== domain.id ? code(domain.name) : undefined, domain.authMode, domain.region].filter((x) => x !== undefined && x !== "").join(", ");
    const lines = [
        `# Studio inventory: domain ${code(domain.id)}${about !== "" ? ` (${about})` : ""}`,
        "",
        `Read at ${inventory.readAt}: ${plural(inventory.totals.profiles, "user profile")}, ${plural(inventory.totals.spaces, "space")}.`,
        "",
        ...totalsLines(inventory.totals, sso),
        "",
        "## User profiles",
        "",
        `| profile | status | manager |${sso ? " Identity Center user | assignment |" : ""} can open Studio | execution role | default instance types | running apps |`,
        `| --- | --- | --- |${sso ? " --- | --- |" : ""} --- | --- | --- | --- |`,
        ...inventory.profiles.map((p) => {
            const access = p.identityCenter ? ` ${codeCell(p.identityCenter.user)}${p.identityCenter.user !== undefined && !p.identityCenter.userInStore ? " (not in the identity store)" : ""} | ${cell(assignmentText(p.identityCenter))} |` : sso ? " — | — |" : "";
            return `| ${code(p.name)} | ${p.status} | ${managerCell(p.manager)} |${access} ${p.canOpenStudio ? "yes" : "no"} | ${recordCells(p)}`;
        }),
        "",
        "## Spaces",
        "",
        ...(inventory.spaces.length === 0
            ? ["The domain has no spaces."]
            : [
                  "| space | status | manager | owner | sharing | execution role | default instance types | running apps |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |",
                  ...inventory.spaces.map(
                      (s) =>
                          `| ${code(s.name)} | ${s.status} | ${managerCell(s.manager)} | ${codeCell(s.owner)} | ${cell(s.sharing ?? "")} | ${recordCells(s)}`,
                  ),
              ]),
    ];
    if (inventory.assignmentsWithoutProfile !== undefined) {
        lines.push("", "## Assigned without a profile", "");
        lines.push(
            ...(inventory.assignmentsWithoutProfile.length === 0
                ? ["Every user assigned to the domain's application has a profile."]
                : ["| Identity Center user | assignment |", "| --- | --- |", ...inventory.assignmentsWithoutProfile.map((a) => `| ${code(a.user)} | ${cell(assignmentText(a))} |`)]),
        );
    }
    if (inventory.notes.length > 0) {
        lines.push("", "## Notes", "", ...inventory.notes.map((n) => `- ${n}`));
    }
    return `${lines.join("\n")}\n`;
}
