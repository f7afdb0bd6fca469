// The inventory of one domain from what was read: rows, totals, and notes on what the rows cannot say.
import { runningAppsByOwner } from "./instance-types";
import { INVENTORY_SCHEMA_VERSION, type Inventory, type ProfileRow } from "./inventory-model";
import { assignmentsWithoutProfile, profileRows, spaceRows } from "./inventory-rows";
import { totalsOf } from "./inventory-totals";
import type { DomainRecords } from "./read-domain-records";

function notesOf(records: DomainRecords, profiles: readonly ProfileRow[]): string[] {
    if (!records.access) {
        return [`an IAM domain: IAM policies decide who may open a profile's Studio (sagemaker:CreatePresignedDomainUrl); "can open Studio" counts the profiles the service serves (InService, Updating, Update_Failed)`];
    }
    const notes: string[] = [];
    for (const p of profiles) {
        if (p.identityCenter?.user === undefined) notes.push(`${p.name}: has no Identity Center user (SingleSignOnUserValue), so nobody can open it through the domain's application`);
        else if (!p.identityCenter.userInStore) notes.push(`${p.name}: its Identity Center user ${p.identityCenter.user} is not in the domain's identity store`);
    }
    return notes;
}

export function buildInventory(records: DomainRecords, readAt: Date): Inventory {
    const running = runningAppsByOwner(records.apps);
    const profiles = profileRows(records, running);
    const spaces = spaceRows(records, running, profiles);
    const withoutProfile = records.access ? assignmentsWithoutProfile(records.access, profiles) : undefined;
    const { domain } = records;
    return {
        schemaVersion: INVENTORY_SCHEMA_VERSION,
        domain: {
            id: String(domain.DomainId ?? ""),
            ...(domain.DomainName !== undefined ? { name: domain.DomainName } : {}),
            authMode: String(domain.AuthMode ?? ""),
            ...(records.region !== undefined ? { region: records.region } : {}),
        },
        readAt: readAt.toISOString(),
        totals: totalsOf(profiles, spaces, withoutProfile?.length),
        profiles,
        spaces,
        ...(withoutProfile !== undefined ? { assignmentsWithoutProfile: withoutProfile } : {}),
        notes: notesOf(records, profiles),
    };
}
