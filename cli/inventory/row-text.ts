// How the Markdown and CSV forms word a row's values (the JSON form keeps them structured).
import { STACK_NOT_RECORDED, type Manager } from "../../gateway/ownership";
import type { DefaultInstanceType, ExecutionRole, IdentityCenterAccess, RunningApp } from "./inventory-model";

export function managerText(manager: Manager): string {
    if (manager.managed) return manager.stack ?? STACK_NOT_RECORDED;
    return manager.forgottenBy === undefined ? "unmanaged" : `unmanaged (forgotten by ${manager.forgottenBy})`;
}

const gpu = (isGpu: boolean) => (isGpu ? " (GPU)" : "");

export function defaultsText(defaults: readonly DefaultInstanceType[]): string {
    return defaults.map((d) => `${d.app}: ${d.instanceType}${gpu(d.gpu)}${d.from === "domain" ? " (domain default)" : ""}`).join("; ");
}

export function runningAppsText(apps: readonly RunningApp[]): string {
    return apps.map((a) => `${a.appType}/${a.appName}: ${a.instanceType ?? "instance type not reported"}${gpu(a.gpu)}${a.status === "InService" ? "" : ` (${a.status})`}`).join("; ");
}

/** Where an execution role comes from, when not the record's own: ` (domain default)`, ` (owner's)`. */
export function roleSource(role: ExecutionRole): string {
    return role.from === "domain" ? " (domain default)" : role.from === "owner" ? " (owner's)" : "";
}

export function roleText(role: ExecutionRole | undefined): string {
    return role === undefined ? "" : `${role.arn}${roleSource(role)}`;
}

/** `direct`, `group 1a2b…`, `direct and group …, …`, or `none`. */
export function assignmentText(access: Pick<IdentityCenterAccess, "assignment" | "groupIds">): string {
    if (access.assignment === "none" || access.groupIds.length === 0) return access.assignment;
    return `${access.assignment} ${access.groupIds.join(", ")}`;
}
