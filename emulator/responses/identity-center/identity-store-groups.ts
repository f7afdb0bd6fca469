import { createGroup, GROUP } from "../../models/identity-center/groups";
import type { GroupRecord } from "../../models/identity-center/records";
import { requiredString } from "../operation";
import type { PrincipalApi } from "./principal-operations";

export const GROUP_API: PrincipalApi<GroupRecord> = {
    kind: GROUP,
    requiredMembers: [["DisplayName"]],
    create: (input, context) => createGroup(context, { name: requiredString(input, "DisplayName") }),
};
