// The inventory's rows from what was read: one per profile and per space, with its manager (from
// the ownership tags), execution role and default instance types (its own, else the domain's),
// running apps, and in an SSO domain the profile user's assignment to the domain's application.
import type { ApplicationAccess } from "../../gateway/application-access";
import { managerOf } from "../../gateway/ownership";
import { isRecord } from "../../model/plain-object";
import { appOwnerKey, defaultInstanceTypes, runningAppsByOwner } from "./instance-types";
import type { Assignment, AssignmentWithoutProfile, ExecutionRole, IdentityCenterAccess, ProfileRow, SpaceRow } from "./inventory-model";
import type { DomainRecords, ReadRecord } from "./read-domain-records";

type Settings = Record<string, unknown> | undefined;

const settingsAt = (record: Record<string, unknown> | undefined, member: string): Settings => {
    const value = record?.[member];
    return isRecord(value) ? value : undefined;
};

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** Profiles whose users can open Studio: the service serves these statuses. */
const OPENABLE = new Set(["InService", "Updating", "Update_Failed"]);

function assignmentOf(direct: boolean, groupIds: readonly string[]): Assignment {
    if (direct) return groupIds.length > 0 ? "direct and group" : "direct";
    return groupIds.length > 0 ? "group" : "none";
}

function identityCenterAccess(access: ApplicationAccess, user: string | undefined): IdentityCenterAccess {
    const reached = user === undefined ? undefined : access.users.get(user.toLowerCase());
    return {
        ...(user !== undefined ? { user } : {}),
        userInStore: user !== undefined && access.hasUser(user),
        assignment: assignmentOf(reached?.direct ?? false, reached?.groupIds ?? []),
        groupIds: [...(reached?.groupIds ?? [])],
    };
}

function executionRole(own: unknown, domainDefault: unknown): ExecutionRole | undefined {
    const arn = text(own);
    if (arn !== undefined) return { arn, from: "own" };
    const inherited = text(domainDefault);
    return inherited !== undefined ? { arn: inherited, from: "domain" } : undefined;
}

/** Running apps by owner (instance-types.ts runningAppsByOwner). */
type RunningApps = ReturnType<typeof runningAppsByOwner>;

export function profileRows(records: DomainRecords, running: RunningApps): ProfileRow[] {
    const domainSettings = settingsAt(records.domain as Record<string, unknown>, "DefaultUserSettings");
    return records.profiles.map(({ described, tags }) => {
        const name = String(described.UserProfileName ?? "");
        const status = String(described.Status ?? "");
        const settings = settingsAt(described, "UserSettings");
        const identityCenter = records.access ? identityCenterAccess(records.access, text(described.SingleSignOnUserValue)) : undefined;
        const role = executionRole(settings?.ExecutionRole, domainSettings?.ExecutionRole);
        return {
            name,
            status,
            manager: managerOf(tags),
            ...(role !== undefined ? { executionRole: role } : {}),
            defaultInstanceTypes: defaultInstanceTypes(settings, "UserSettings", domainSettings, "UserSettings"),
            runningApps: running.get(appOwnerKey("profile", name)) ?? [],
            ...(identityCenter !== undefined ? { identityCenter } : {}),
            canOpenStudio: OPENABLE.has(status) && (identityCenter === undefined || (identityCenter.userInStore && identityCenter.assignment !== "none")),
        };
    });
}

export function spaceRows(records: DomainRecords, running: RunningApps, profiles: readonly ProfileRow[]): SpaceRow[] {
    const domainSpaceSettings = settingsAt(records.domain as Record<string, unknown>, "DefaultSpaceSettings");
    const roleOfProfile = new Map(profiles.map((p) => [p.name.toLowerCase(), p.executionRole]));
    return records.spaces.map(({ described, tags }: ReadRecord) => {
        const name = String(described.SpaceName ?? "");
        const owner = text(settingsAt(described, "OwnershipSettings")?.OwnerUserProfileName);
        const sharing = text(settingsAt(described, "SpaceSharingSettings")?.SharingType);
        const settings = settingsAt(described, "SpaceSettings");
        const appType = text(settings?.AppType);
        // A private space runs as its owner; a shared one with the domain's space role.
        const ownerRole = sharing === "Private" && owner !== undefined ? roleOfProfile.get(owner.toLowerCase()) : undefined;
        const role: ExecutionRole | undefined = ownerRole !== undefined ? { arn: ownerRole.arn, from: "owner" } : executionRole(undefined, domainSpaceSettings?.ExecutionRole);
        return {
            name,
            status: String(described.Status ?? ""),
            manager: managerOf(tags),
            ...(owner !== undefined ? { owner } : {}),
            ...(sharing !== undefined ? { sharing } : {}),
            ...(appType !== undefined ? { appType } : {}),
            ...(role !== undefined ? { executionRole: role } : {}),
            defaultInstanceTypes: defaultInstanceTypes(settings, "SpaceSettings", domainSpaceSettings, "DefaultSpaceSettings"),
            runningApps: running.get(appOwnerKey("space", name)) ?? [],
        };
    });
}

/** Users the application's assignments reach who have no profile in the domain, by user name. */
export function assignmentsWithoutProfile(access: ApplicationAccess, profiles: readonly ProfileRow[]): AssignmentWithoutProfile[] {
    const withProfile = new Set(profiles.flatMap((p) => (p.identityCenter?.user !== undefined ? [p.identityCenter.user.toLowerCase()] : [])));
    return [...access.users.entries()]
        .filter(([key]) => !withProfile.has(key))
        .map(([, reached]) => ({ user: reached.userName, assignment: assignmentOf(reached.direct, reached.groupIds) as AssignmentWithoutProfile["assignment"], groupIds: [...reached.groupIds] }))
        .sort((a, b) => a.user.localeCompare(b.user));
}
