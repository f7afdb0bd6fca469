// IAM Identity Center, as far as a Studio domain in SSO mode needs it: the instance and identity
// store behind the domain's application, users (read once per store per provider process with a
// ListUsers pass, so thousands of profiles cost a few pages, not a call each), groups and their
// members, and the application assignments that let a user open Studio.
import {
    DescribeUserCommand,
    GetGroupIdCommand,
    GetUserIdCommand,
    paginateListGroupMemberships,
    paginateListUsers,
} from "@aws-sdk/client-identitystore";
import {
    CreateApplicationAssignmentCommand,
    DeleteApplicationAssignmentCommand,
    DescribeApplicationAssignmentCommand,
    paginateListInstances,
    type PrincipalType,
} from "@aws-sdk/client-sso-admin";
import { identityStoreClient, ssoAdminClient } from "./clients";
import { createOrExists, deleteOrGone, describeOrAbsent } from "./calls";
import { withFailureContext } from "./errors";

export interface IdentityCenterInstance {
    instanceArn: string;
    identityStoreId: string;
}

const PAGE_SIZE = 100;
const instances = new Map<string, Promise<IdentityCenterInstance>>();

/** Memoized per key; a failure is not remembered, so the next caller asks again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    let value = cache.get(key);
    if (!value) {
        value = load().catch((err: unknown) => {
            cache.delete(key);
            throw err;
        });
        cache.set(key, value);
    }
    return value;
}

/** The instance whose application the ARN names (`arn:aws:sso::<account>:application/ssoins-…/apl-…`). */
export function instanceOfApplication(applicationArn: string, profile: string): Promise<IdentityCenterInstance> {
    const instanceId = /application\/(ssoins-[A-Za-z0-9]+)\//.exec(applicationArn)?.[1];
    return once(instances, instanceId ?? applicationArn, () =>
        withFailureContext("ListInstances", profile, async () => {
            const found: IdentityCenterInstance[] = [];
            for await (const page of paginateListInstances({ client: ssoAdminClient(), pageSize: PAGE_SIZE }, {})) {
                for (const i of page.Instances ?? []) {
                    if (i.InstanceArn && i.IdentityStoreId) found.push({ instanceArn: i.InstanceArn, identityStoreId: i.IdentityStoreId });
                }
            }
            const match = found.find((i) => instanceId !== undefined && i.instanceArn.endsWith(`/${instanceId}`)) ?? (found.length === 1 ? found[0] : undefined);
            if (!match) {
                throw new Error(`no IAM Identity Center instance visible to these credentials holds the domain's application ${applicationArn} (found ${found.length})`);
            }
            return match;
        }, "sso"),
    );
}

export interface StoreUsers {
    /** Lower-cased user name → user id. */
    idByName: Map<string, string>;
    /** User id → user name. */
    nameById: Map<string, string>;
}

const usersByStore = new Map<string, Promise<StoreUsers>>();

/** Every user of the store, read once per store per provider process. */
export function storeUsers(identityStoreId: string, profile: string): Promise<StoreUsers> {
    return once(usersByStore, identityStoreId, () =>
        withFailureContext("ListUsers", profile, async () => {
            const users: StoreUsers = { idByName: new Map(), nameById: new Map() };
            for await (const page of paginateListUsers({ client: identityStoreClient(), pageSize: PAGE_SIZE }, { IdentityStoreId: identityStoreId })) {
                for (const u of page.Users ?? []) {
                    if (u.UserName && u.UserId) {
                        users.idByName.set(u.UserName.toLowerCase(), u.UserId);
                        users.nameById.set(u.UserId, u.UserName);
                    }
                }
            }
            return users;
        }, "identitystore"),
    );
}

/** The identity store's user id for a user name (user names compare without regard to case), or undefined. */
async function userIdOf(identityStoreId: string, userName: string, profile: string): Promise<string | undefined> {
    const users = await storeUsers(identityStoreId, profile);
    const known = users.idByName.get(userName.toLowerCase());
    if (known !== undefined) {
        return known;
    }
    // Created since the pass: one lookup, remembered.
    const found = (await describeOrAbsent("GetUserId", profile, () =>
        identityStoreClient().send(new GetUserIdCommand({ IdentityStoreId: identityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: userName } } })),
    "identitystore"))?.UserId;
    if (found !== undefined) {
        users.idByName.set(userName.toLowerCase(), found);
        users.nameById.set(found, userName);
    }
    return found;
}

/** The user name of a user id. */
export async function userNameOf(identityStoreId: string, userId: string, profile: string): Promise<string> {
    const known = (await storeUsers(identityStoreId, profile)).nameById.get(userId);
    if (known !== undefined) {
        return known;
    }
    return withFailureContext("DescribeUser", profile, async () => {
        const user = await identityStoreClient().send(new DescribeUserCommand({ IdentityStoreId: identityStoreId, UserId: userId }));
        return user.UserName ?? userId;
    }, "identitystore");
}

/** The group's id by its display name, or undefined. */
export async function groupIdOf(identityStoreId: string, displayName: string, profile: string): Promise<string | undefined> {
    const found = await describeOrAbsent("GetGroupId", profile, () =>
        identityStoreClient().send(new GetGroupIdCommand({ IdentityStoreId: identityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "displayName", AttributeValue: displayName } } })),
    "identitystore");
    return found?.GroupId;
}

/** The user ids of the group's members. */
export async function groupMemberIds(identityStoreId: string, groupId: string, profile: string): Promise<string[]> {
    return withFailureContext("ListGroupMemberships", profile, async () => {
        const ids: string[] = [];
        for await (const page of paginateListGroupMemberships({ client: identityStoreClient(), pageSize: PAGE_SIZE }, { IdentityStoreId: identityStoreId, GroupId: groupId })) {
            for (const m of page.GroupMemberships ?? []) if (m.MemberId && "UserId" in m.MemberId && m.MemberId.UserId) ids.push(m.MemberId.UserId);
        }
        return ids;
    }, "identitystore");
}

/** The user names of the group's members, sorted. */
export async function groupMemberNames(identityStoreId: string, groupId: string, profile: string): Promise<string[]> {
    const ids = await groupMemberIds(identityStoreId, groupId, profile);
    const names = await Promise.all(ids.map((id) => userNameOf(identityStoreId, id, profile)));
    return names.sort((a, b) => a.localeCompare(b));
}

export interface Assignment {
    applicationArn: string;
    principalType: PrincipalType;
    principalId: string;
}

const assignmentKey = (a: Assignment) => ({ ApplicationArn: a.applicationArn, PrincipalType: a.principalType, PrincipalId: a.principalId });

export async function assignmentExists(assignment: Assignment, profile: string): Promise<boolean> {
    const found = await describeOrAbsent("DescribeApplicationAssignment", profile, () => ssoAdminClient().send(new DescribeApplicationAssignmentCommand(assignmentKey(assignment))), "sso");
    return found !== undefined;
}

/** Assigns the principal; the assignment being there already is what was asked for. */
export async function createAssignment(assignment: Assignment, profile: string): Promise<void> {
    await createOrExists("CreateApplicationAssignment", profile, () => ssoAdminClient().send(new CreateApplicationAssignmentCommand(assignmentKey(assignment))), "sso");
}

export async function deleteAssignment(assignment: Assignment, profile: string): Promise<void> {
    await deleteOrGone("DeleteApplicationAssignment", profile, () => ssoAdminClient().send(new DeleteApplicationAssignmentCommand(assignmentKey(assignment))), "sso");
}

/** The id of the user named `userName` in the identity store behind the application, or undefined. */
export async function applicationUserId(applicationArn: string, userName: string, subject: string): Promise<string | undefined> {
    const instance = await instanceOfApplication(applicationArn, subject);
    return userIdOf(instance.identityStoreId, userName, subject);
}
