// Everything the inventory reports, read from a live domain (read-only): the domain, every profile
// and every space (listed through the SDK's paginators, then described and their tags read, a few
// at a time), the domain's apps in one paged pass, and in an SSO domain who is assigned to its
// Identity Center application.
import type { AppDetails, DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { listApps } from "../../gateway/apps";
import { applicationAccess, type ApplicationAccess } from "../../gateway/application-access";
import { listSpaces } from "../../gateway/blockers";
import { mapAtMost } from "../../gateway/bounded-parallel";
import { describeDomain } from "../../gateway/domains";
import { listUserProfileNames, USER_PROFILE_CALLS } from "../../gateway/profiles";
import type { Described, RecordCalls } from "../../gateway/records";
import { SPACE_CALLS } from "../../gateway/spaces";
import { listTags, type Tags } from "../../gateway/tags";

/** How many profiles (or spaces) are read at once; each read is a Describe and a ListTags. */
const PARALLEL_READS = 8;

export interface ReadRecord {
    described: Described;
    tags: Tags;
}

export interface DomainRecords {
    domain: DescribeDomainResponse;
    region?: string;
    profiles: ReadRecord[];
    spaces: ReadRecord[];
    apps: AppDetails[];
    /** In an SSO domain: who the domain's Identity Center application is assigned to. */
    access?: ApplicationAccess;
}

async function readRecords(client: SageMakerClient, calls: RecordCalls, domainId: string, names: readonly string[], arnMember: string): Promise<ReadRecord[]> {
    const read = await mapAtMost([...names].sort(), PARALLEL_READS, async (name): Promise<ReadRecord | undefined> => {
        const described = await calls.describe(client, domainId, name);
        if (!described) {
            return undefined; // deleted while the inventory ran
        }
        const arn = described[arnMember];
        return { described, tags: typeof arn === "string" && arn !== "" ? await listTags(client, arn, `(inventory of ${domainId}: ${name})`) : {} };
    });
    return read.filter((r): r is ReadRecord => r !== undefined);
}

export async function readDomainRecords(client: SageMakerClient, domainId: string): Promise<DomainRecords> {
    const subject = `(inventory of ${domainId})`;
    const domain = await describeDomain(client, domainId, subject);
    const region = await client.config.region().catch(() => undefined);
    const applicationArn = domain.AuthMode === "SSO" ? domain.SingleSignOnApplicationArn : undefined;
    // Profiles, then spaces, at most PARALLEL_READS records at once; the domain's apps and its
    // Identity Center assignments (one paged pass each) meanwhile.
    const readProfilesThenSpaces = async () => {
        const profiles = await readRecords(client, USER_PROFILE_CALLS, domainId, await listUserProfileNames(client, domainId, subject), "UserProfileArn");
        const spaceNames = (await listSpaces(client, domainId, subject)).map((s) => s.SpaceName ?? "").filter((n) => n !== "");
        return { profiles, spaces: await readRecords(client, SPACE_CALLS, domainId, spaceNames, "SpaceArn") };
    };
    const [apps, access, { profiles, spaces }] = await Promise.all([
        listApps(client, domainId, {}, subject),
        applicationArn ? applicationAccess(applicationArn, subject) : Promise.resolve(undefined),
        readProfilesThenSpaces(),
    ]);
    return { domain, ...(region !== undefined ? { region } : {}), profiles, spaces, apps, ...(access !== undefined ? { access } : {}) };
}
