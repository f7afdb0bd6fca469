// The inventory as CSV (RFC 4180): one row per profile, per space, and (SSO domains) per user
// assigned without a profile; the totals are the JSON and Markdown forms' to give.
import type { Inventory } from "./inventory-model";
import { assignmentText, defaultsText, managerText, roleText, runningAppsText } from "./row-text";

const COLUMNS = [
    "kind", "name", "status", "manager", "owner", "identity_center_user", "assignment", "can_open_studio",
    "execution_role", "default_instance_types", "gpu_default", "running_apps",
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

/** Quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
function field(value: string | undefined): string {
    const text = /^[=+\-@]/.test(value ?? "") ? `'${value}` : (value ?? "");
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const yesNo = (value: boolean) => (value ? "yes" : "no");

export function inventoryCsv(inventory: Inventory): string {
    const rows: Row[] = [
        ...inventory.profiles.map((p): Row => ({
            kind: "profile",
            name: p.name,
            status: p.status,
            manager: managerText(p.manager),
            identity_center_user: p.identityCenter?.user,
            assignment: p.identityCenter ? assignmentText(p.identityCenter) : undefined,
            can_open_studio: yesNo(p.canOpenStudio),
            execution_role: roleText(p.executionRole),
            default_instance_types: defaultsText(p.defaultInstanceTypes),
            gpu_default: yesNo(p.defaultInstanceTypes.some((d) => d.gpu)),
            running_apps: runningAppsText(p.runningApps),
        })),
        ...inventory.spaces.map((s): Row => ({
            kind: "space",
            name: s.name,
            status: s.status,
            manager: managerText(s.manager),
            owner: s.owner,
            execution_role: roleText(s.executionRole),
            default_instance_types: defaultsText(s.defaultInstanceTypes),
            gpu_default: yesNo(s.defaultInstanceTypes.some((d) => d.gpu)),
            running_apps: runningAppsText(s.runningApps),
        })),
        ...(inventory.assignmentsWithoutProfile ?? []).map((a): Row => ({ kind: "assignment", identity_center_user: a.user, assignment: assignmentText(a) })),
    ];
    return [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((column) => field(row[column])).join(","))].join("\r\n") + "\r\n";
}
