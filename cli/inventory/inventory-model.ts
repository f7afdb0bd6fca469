// What `sagemaker-studio inventory` reports, as its JSON form carries it
// (schemas/inventory.schema.json describes the same shape; docs/inventory.md explains each field).
import type { Manager } from "../../gateway/ownership";

export const INVENTORY_SCHEMA_VERSION = 1;

/** Where a value comes from: the record's own settings, the domain's defaults, or (a private space) its owner's profile. */
export type SettingSource = "own" | "domain" | "owner";

export interface DefaultInstanceType {
    /** The app whose default it is, as its settings member names it without `AppSettings`: JupyterLab, KernelGateway, … */
    app: string;
    instanceType: string;
    gpu: boolean;
    from: SettingSource;
}

export interface RunningApp {
    appType: string;
    appName: string;
    /** InService or Pending. */
    status: string;
    instanceType?: string;
    gpu: boolean;
}

export interface ExecutionRole {
    arn: string;
    from: SettingSource;
}

/** How a user reaches the domain's Identity Center application. */
export type Assignment = "direct" | "group" | "direct and group" | "none";

export interface IdentityCenterAccess {
    /** The profile's Identity Center user name (SingleSignOnUserValue); absent when the profile has none. */
    user?: string;
    /** Whether the domain's identity store has that user. */
    userInStore: boolean;
    assignment: Assignment;
    /** The assigned groups that reach the user (identity store group ids). */
    groupIds: string[];
}

export interface ProfileRow {
    name: string;
    status: string;
    manager: Manager;
    executionRole?: ExecutionRole;
    defaultInstanceTypes: DefaultInstanceType[];
    runningApps: RunningApp[];
    /** In SSO domains only. */
    identityCenter?: IdentityCenterAccess;
    canOpenStudio: boolean;
}

export interface SpaceRow {
    name: string;
    status: string;
    manager: Manager;
    /** The profile that owns the space. */
    owner?: string;
    sharing?: string;
    appType?: string;
    executionRole?: ExecutionRole;
    defaultInstanceTypes: DefaultInstanceType[];
    runningApps: RunningApp[];
}

/** A user the assignments reach who has no profile in the domain. */
export interface AssignmentWithoutProfile {
    user: string;
    assignment: Exclude<Assignment, "none">;
    groupIds: string[];
}

export interface ManagerTotal {
    manager: Manager;
    profiles: number;
    spaces: number;
}

export interface InstanceTypeTotal {
    instanceType: string;
    gpu: boolean;
    apps: number;
}

export interface Totals {
    profiles: number;
    spaces: number;
    /** Each stack, then records managed by a stack that is not recorded, then unmanaged ones. */
    byManager: ManagerTotal[];
    /** Records with at least one GPU default instance type. */
    gpuDefaults: { profiles: number; spaces: number };
    runningApps: { total: number; gpu: number; byInstanceType: InstanceTypeTotal[] };
    canOpenStudio: number;
    /** In SSO domains only. */
    assignedWithoutProfile?: number;
}

export interface Inventory {
    schemaVersion: typeof INVENTORY_SCHEMA_VERSION;
    domain: { id: string; name?: string; authMode: string; region?: string };
    readAt: string;
    totals: Totals;
    profiles: ProfileRow[];
    spaces: SpaceRow[];
    /** In SSO domains only. */
    assignmentsWithoutProfile?: AssignmentWithoutProfile[];
    notes: string[];
}
