// A space's calls.
import { CreateSpaceCommand, DeleteSpaceCommand, DescribeSpaceCommand, UpdateSpaceCommand } from "@aws-sdk/client-sagemaker";
import { recordCalls } from "./records";

export const SPACE_CALLS = recordCalls({
    resource: "Space",
    noun: "space",
    nameMember: "SpaceName",
    commands: { describe: DescribeSpaceCommand, create: CreateSpaceCommand, update: UpdateSpaceCommand, delete: DeleteSpaceCommand },
});
