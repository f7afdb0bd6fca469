// Who is assigned to a Studio domain's Identity Center application, and how: each user assigned
// directly, and each member of an assigned group. One paged ListApplicationAssignments pass, the
// store's users from its one ListUsers pass, and each assigned group's members read a few groups at
// a time.
import { paginateListApplicationAssignments } from "@aws-sdk/client-sso-admin";
import { mapAtMost } from "./bounded-parallel";
import { ssoAdminClient } from "./clients";
import { withFailureContext } from "./errors";
import { groupMemberIds, instanceOfApplication, storeUsers, userNameOf } from "./identity-center";

/** How many groups' members are read at once. */
const PARALLEL_GROUP_READS = 4;

interface UserAccess {
    userName: string;
    /** Assigned as a user. */
    direct: boolean;
    /** The assigned groups the user is a member of (group ids). */
    groupIds: string[];
}

export interface ApplicationAccess {
    /** Every user the assignments reach, by lower-cased user name. */
    users: Map<string, UserAccess>;
    /** The assigned groups' ids. */
    groupIds: string[];
    /** Whether the identity store has a user of that name (user names compare without regard to case). */
    hasUser(userName: string): boolean;
}

async function listAssignments(applicationArn: string, subject: string): Promise<{ users: string[]; groups: string[] }> {
    const assigned = { users: [] as string[], groups: [] as string[] };
    await withFailureContext("ListApplicationAssignments", subject, async () => {
        for await (const page of paginateListApplicationAssignments({ client: ssoAdminClient(), pageSize: 100 }, { ApplicationArn: applicationArn })) {
            for (const a of page.ApplicationAssignments ?? []) {
                if (a.PrincipalId === undefined) continue;
                (a.PrincipalType === "GROUP" ? assigned.groups : assigned.users).push(a.PrincipalId);
            }
        }
    }, "sso");
    return assigned;
}

export async function applicationAccess(applicationArn: string, subject: string): Promise<ApplicationAccess> {
    const { identityStoreId } = await instanceOfApplication(applicationArn, subject);
    const [assigned, store] = await Promise.all([listAssignments(applicationArn, subject), storeUsers(identityStoreId, subject)]);
    const users = new Map<string, UserAccess>();
    const reach = async (userId: string): Promise<UserAccess> => {
        const userName = await userNameOf(identityStoreId, userId, subject);
        const key = userName.toLowerCase();
        let access = users.get(key);
        if (!access) {
            access = { userName, direct: false, groupIds: [] };
            users.set(key, access);
        }
        return access;
    };
    for (const userId of assigned.users) {
        (await reach(userId)).direct = true;
    }
    const members = await mapAtMost(assigned.groups, PARALLEL_GROUP_READS, (groupId) => groupMemberIds(identityStoreId, groupId, subject));
    for (const [i, groupId] of assigned.groups.entries()) {
        for (const userId of members[i]) {
            (await reach(userId)).groupIds.push(groupId);
        }
    }
    return { users, groupIds: assigned.groups, hasUser: (userName) => store.idByName.has(userName.toLowerCase()) };
}
