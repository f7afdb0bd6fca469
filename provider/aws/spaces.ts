// The space calls: describe, create, update, delete, list, and waiting for a space to settle or
// to be gone. Requests are in the API's names; errors say which call failed on which space.
import {
    CreateSpaceCommand,
    DeleteSpaceCommand,
    DescribeSpaceCommand,
    paginateListSpaces,
    UpdateSpaceCommand,
    type CreateSpaceRequest,
    type DescribeSpaceResponse,
    type SageMakerClient,
    type SpaceDetails,
    type UpdateSpaceRequest,
} from "@aws-sdk/client-sagemaker";
import { describeFailure, isInUse, isNotFound, withFailureContext } from "./errors";
import { waitUntilAbsent, waitUntilInService } from "./status-waits";
import type { WaitOutcome } from "./waiter";

export type DescribedSpace = DescribeSpaceResponse;

const PAGE_SIZE = 100;

/** "space d-…/alice-private": how messages name a space. */
export function spaceSubject(domainId: string, spaceName: string): string {
    return `space ${domainId}/${spaceName}`;
}

/** The space, or undefined when the domain has none of that name. */
export async function describeSpace(client: SageMakerClient, domainId: string, spaceName: string, subject = spaceSubject(domainId, spaceName)): Promise<DescribedSpace | undefined> {
    try {
        return await client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: spaceName }));
    } catch (err) {
        if (isNotFound(err)) {
            return undefined;
        }
        throw describeFailure("DescribeSpace", subject, err);
    }
}

/** Creates the space; "exists" when a space of that name (in any letter case) is already there. */
export async function createSpace(client: SageMakerClient, request: CreateSpaceRequest): Promise<"created" | "exists"> {
    try {
        await client.send(new CreateSpaceCommand(request));
        return "created";
    } catch (err) {
        if (isInUse(err)) {
            return "exists";
        }
        throw describeFailure("CreateSpace", spaceSubject(request.DomainId ?? "", request.SpaceName ?? ""), err);
    }
}

export async function updateSpace(client: SageMakerClient, request: UpdateSpaceRequest): Promise<void> {
    await withFailureContext("UpdateSpace", spaceSubject(request.DomainId ?? "", request.SpaceName ?? ""), () => client.send(new UpdateSpaceCommand(request)));
}

/** Starts deleting the space; "gone" when there was none to delete. */
export async function deleteSpace(client: SageMakerClient, domainId: string, spaceName: string, subject = spaceSubject(domainId, spaceName)): Promise<"deleting" | "gone"> {
    try {
        await client.send(new DeleteSpaceCommand({ DomainId: domainId, SpaceName: spaceName }));
        return "deleting";
    } catch (err) {
        if (isNotFound(err)) {
            return "gone";
        }
        throw describeFailure("DeleteSpace", subject, err);
    }
}

export async function listSpaces(client: SageMakerClient, domainId: string, subject: string): Promise<SpaceDetails[]> {
    const spaces: SpaceDetails[] = [];
    await withFailureContext("ListSpaces", subject, async () => {
        for await (const page of paginateListSpaces({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId })) {
            spaces.push(...(page.Spaces ?? []));
        }
    });
    return spaces;
}

const watchedSpace = (client: SageMakerClient, domainId: string, spaceName: string) => ({
    label: spaceSubject(domainId, spaceName),
    noun: "the space",
    describe: () => describeSpace(client, domainId, spaceName),
});

/** Waits until the space leaves Pending/Updating: done when InService, failed when it failed or disappeared. */
export function waitUntilSpaceSettled(client: SageMakerClient, domainId: string, spaceName: string, seconds: number): Promise<WaitOutcome<DescribedSpace>> {
    return waitUntilInService(client, watchedSpace(client, domainId, spaceName), seconds);
}

/** Waits until the space is gone; failed on Delete_Failed. */
export function waitUntilSpaceGone(client: SageMakerClient, domainId: string, spaceName: string, seconds: number): Promise<WaitOutcome<DescribedSpace>> {
    return waitUntilAbsent(client, watchedSpace(client, domainId, spaceName), seconds);
}
