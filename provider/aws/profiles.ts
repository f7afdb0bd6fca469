// The user profile calls: describe, create, update, delete, and waiting for a profile to
// settle or to be gone. Requests are in the API's names; errors say which call failed on which
// profile (errors.ts).
import {
    CreateUserProfileCommand,
    DeleteUserProfileCommand,
    DescribeUserProfileCommand,
    UpdateUserProfileCommand,
    type CreateUserProfileRequest,
    type DescribeUserProfileResponse,
    type SageMakerClient,
    type UserSettings,
} from "@aws-sdk/client-sagemaker";
import { resourceId } from "../common/resource-id";
import { describeFailure, isInUse, isNotFound, withFailureContext } from "./errors";
import { waitUntilAbsent, waitUntilInService } from "./status-waits";
import type { WaitOutcome } from "./waiter";

export type DescribedProfile = DescribeUserProfileResponse;

/** The profile as the service reports it, or undefined when there is none of that name. */
export async function describeProfile(client: SageMakerClient, domainId: string, name: string): Promise<DescribedProfile | undefined> {
    try {
        return await client.send(new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name }));
    } catch (err) {
        if (isNotFound(err)) {
            return undefined;
        }
        throw describeFailure("DescribeUserProfile", resourceId(domainId, name), err);
    }
}

/** Creates the profile; "exists" when a profile of that name (in any letter case) is already there. */
export async function createUserProfile(client: SageMakerClient, request: CreateUserProfileRequest): Promise<"created" | "exists"> {
    try {
        await client.send(new CreateUserProfileCommand(request));
        return "created";
    } catch (err) {
        if (isInUse(err)) {
            return "exists";
        }
        throw describeFailure("CreateUserProfile", resourceId(request.DomainId ?? "", request.UserProfileName ?? ""), err);
    }
}

export async function updateUserProfile(client: SageMakerClient, domainId: string, name: string, settings: UserSettings): Promise<void> {
    await withFailureContext("UpdateUserProfile", resourceId(domainId, name), () =>
        client.send(new UpdateUserProfileCommand({ DomainId: domainId, UserProfileName: name, UserSettings: settings })),
    );
}

/** Starts deleting the profile; "gone" when there was none to delete. */
export async function deleteUserProfile(client: SageMakerClient, domainId: string, name: string): Promise<"deleting" | "gone"> {
    try {
        await client.send(new DeleteUserProfileCommand({ DomainId: domainId, UserProfileName: name }));
        return "deleting";
    } catch (err) {
        if (isNotFound(err)) {
            return "gone";
        }
        throw describeFailure("DeleteUserProfile", resourceId(domainId, name), err);
    }
}

const watchedProfile = (client: SageMakerClient, domainId: string, name: string) => ({
    label: `user profile ${resourceId(domainId, name)}`,
    noun: "the profile",
    describe: () => describeProfile(client, domainId, name),
});

/** Waits until the profile leaves Pending/Updating: done when InService, failed when it failed or disappeared. */
export function waitUntilSettled(client: SageMakerClient, domainId: string, name: string, seconds: number): Promise<WaitOutcome<DescribedProfile>> {
    return waitUntilInService(client, watchedProfile(client, domainId, name), seconds);
}

/** Waits until the profile is gone; failed on Delete_Failed. */
export function waitUntilGone(client: SageMakerClient, domainId: string, name: string, seconds: number): Promise<WaitOutcome<DescribedProfile>> {
    return waitUntilAbsent(client, watchedProfile(client, domainId, name), seconds);
}
