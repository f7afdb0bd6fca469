// A user profile's calls, and the names of a domain's profiles.
import { CreateUserProfileCommand, DeleteUserProfileCommand, DescribeUserProfileCommand, paginateListUserProfiles, UpdateUserProfileCommand, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { withFailureContext } from "./errors";
import { recordCalls } from "./records";

export const USER_PROFILE_CALLS = recordCalls({
    resource: "UserProfile",
    noun: "user profile",
    nameMember: "UserProfileName",
    commands: { describe: DescribeUserProfileCommand, create: CreateUserProfileCommand, update: UpdateUserProfileCommand, delete: DeleteUserProfileCommand },
});

/** The names of every profile of the domain, through the SDK's paginator. */
export async function listUserProfileNames(client: SageMakerClient, domainId: string, subject: string): Promise<string[]> {
    const names: string[] = [];
    await withFailureContext("ListUserProfiles", subject, async () => {
        for await (const page of paginateListUserProfiles({ client, pageSize: 100 }, { DomainIdEquals: domainId })) {
            names.push(...(page.UserProfiles ?? []).map((p) => p.UserProfileName ?? "").filter((n) => n !== ""));
        }
    });
    return names;
}
