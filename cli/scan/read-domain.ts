// Every profile of a live domain, as a team spec would name it: ListUserProfiles through the SDK's
// paginator, then DescribeUserProfile and ListTags for each (a few at a time, paced and retried by
// the provider's client). What a team spec should not or cannot repeat is left out and noted.
import type { DescribeDomainResponse, DescribeUserProfileResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import deepEqual from "fast-deep-equal";
import { isRecord } from "../../model/plain-object";
import { toPulumiPath, toPulumiValue } from "../../model/schema/names";
import { SERVER_FILLED_MEMBERS, withoutEmptyMembers } from "../../model/settings/setting-values";
import type { UserSettings } from "../../model/shapes";
import { validateShape } from "../../model/validation/shape-validator";
import { describeDomain } from "../../gateway/domains";
import { mapAtMost } from "../../gateway/bounded-parallel";
import { managerOf, STACK_NOT_RECORDED, withoutOwnerTag } from "../../gateway/ownership";
import { listUserProfileNames, USER_PROFILE_CALLS } from "../../gateway/profiles";
import { listTags } from "../../gateway/tags";
import type { ScannedProfile } from "./team-factoring";

/** How many profiles are read at once. */
const PARALLEL_READS = 8;

export interface DomainScan {
    profiles: ScannedProfile[];
    notes: string[];
}

export async function readDomain(client: SageMakerClient, domainId: string): Promise<DomainScan> {
    const domain = await describeDomain(client, domainId, `(scan of ${domainId})`);
    const names = await listUserProfileNames(client, domainId, `(scan of ${domainId})`);
    const notes: string[] = [];
    const read = await mapAtMost(names.sort(), PARALLEL_READS, (name) => readProfile(client, domain, domainId, name, notes));
    return { profiles: read.filter((p): p is ScannedProfile => p !== undefined), notes };
}

async function readProfile(client: SageMakerClient, domain: DescribeDomainResponse, domainId: string, name: string, notes: string[]): Promise<ScannedProfile | undefined> {
    const described = (await USER_PROFILE_CALLS.describe(client, domainId, name)) as DescribeUserProfileResponse | undefined;
    if (!described) {
        return undefined; // deleted while the scan ran
    }
    if (described.Status !== "InService" && described.Status !== "Updating" && described.Status !== "Update_Failed") {
        notes.push(`${name}: left out, its status is ${described.Status}`);
        return undefined;
    }
    const tags: Record<string, string> = {};
    const allTags = described.UserProfileArn ? await listTags(client, described.UserProfileArn, `${domainId}/${name}`) : {};
    const manager = managerOf(allTags);
    if (manager.managed) {
        const which = manager.stack !== undefined ? `managed by stack ${manager.stack}` : STACK_NOT_RECORDED;
        notes.push(`${name}: ${which}; adopt: true refuses it there, adopt: "takeover" moves it`);
    } else if (manager.forgottenBy !== undefined) {
        notes.push(`${name}: kept by stack ${manager.forgottenBy} when it stopped managing it (retainOnDelete); adopt: true takes it`);
    }
    for (const [key, value] of Object.entries(withoutOwnerTag(allTags))) {
        if (key.startsWith("aws:")) {
            notes.push(`${name}: tag ${key} is reserved by AWS and left out`);
        } else {
            tags[key] = value;
        }
    }
    return {
        name,
        ...(described.SingleSignOnUserIdentifier !== undefined ? { singleSignOnUserIdentifier: described.SingleSignOnUserIdentifier } : {}),
        ...(described.SingleSignOnUserValue !== undefined ? { singleSignOnUserValue: described.SingleSignOnUserValue } : {}),
        ...settingsOf(described.UserSettings as Record<string, unknown> | undefined, domain, name, notes),
        tags,
    };
}

/**
 * The settings as a program writes them: without empty members, without what the service fills
 * in by itself where it equals the domain's default, and without members the service model of
 * this release does not know (noted: a team file could not carry them).
 */
function settingsOf(settings: Record<string, unknown> | undefined, domain: DescribeDomainResponse, name: string, notes: string[]): { settings?: UserSettings } {
    const kept = withoutEmptyMembers(settings ?? {}) as Record<string, unknown>;
    const domainDefaults = (domain.DefaultUserSettings ?? {}) as Record<string, unknown>;
    for (const member of SERVER_FILLED_MEMBERS) {
        if (member in kept && deepEqual(kept[member], domainDefaults[member])) delete kept[member];
    }
    for (const violation of validateShape("UserSettings", kept)) {
        if (violation.kind !== "unknown") continue;
        notes.push(`${name}: ${toPulumiPath(["UserSettings", ...violation.path], { verbatimFrom: violation.path.length })} is not in the service model this release knows; left out`);
        removeAt(kept, violation.path.map(String));
    }
    if (Object.keys(kept).length === 0) {
        return {};
    }
    return { settings: toPulumiValue("UserSettings", kept) as UserSettings };
}

function removeAt(value: Record<string, unknown>, path: readonly string[]): void {
    const [head, ...rest] = path;
    if (rest.length === 0) {
        delete value[head];
    } else if (isRecord(value[head])) {
        removeAt(value[head] as Record<string, unknown>, rest);
    }
}
