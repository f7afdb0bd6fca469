// A user profile's calls.
import { CreateUserProfileCommand, DeleteUserProfileCommand, DescribeUserProfileCommand, UpdateUserProfileCommand } from "@aws-sdk/client-sagemaker";
import { recordCalls } from "./records";

export const USER_PROFILE_CALLS = recordCalls({
    resource: "UserProfile",
    noun: "user profile",
    nameMember: "UserProfileName",
    commands: { describe: DescribeUserProfileCommand, create: CreateUserProfileCommand, update: UpdateUserProfileCommand, delete: DeleteUserProfileCommand },
});
