// A team's members from an IAM Identity Center group, read in the program (at preview and up):
// the domain's application → the Identity Center instance and identity store → the group by its
// display name → its members' user names. Calls go where the provider's go (stack config
// sagemaker:*, aws:profile, the AWS environment), read-only.
import * as pulumi from "@pulumi/pulumi";
import { sagemakerClient } from "../gateway/clients";
import { describeDomain } from "../gateway/domains";
import { groupIdOf, groupMemberNames, instanceOfApplication } from "../gateway/identity-center";
import { configureFromStack } from "../gateway/settings";

export interface GroupMembership {
    groupId: string;
    identityStoreId: string;
    /** The members' Identity Center user names, sorted. */
    userNames: string[];
}

let configured = false;

/** The program's stack config, as the provider process gets it. */
function configureFromProgram(): void {
    if (!configured) {
        configured = true;
        configureFromStack({
            get(key) {
                const colon = key.indexOf(":");
                return new pulumi.Config(key.slice(0, colon)).get(key.slice(colon + 1));
            },
        });
    }
}

export async function groupMembers(domainId: string, group: string, team: string): Promise<GroupMembership> {
    configureFromProgram();
    const where = `team ${team} (group ${group})`;
    const domain = await describeDomain(sagemakerClient(), domainId, where);
    if (domain.AuthMode !== "SSO" || !domain.SingleSignOnApplicationArn) {
        throw new Error(`domain ${domainId} does not use IAM Identity Center (AuthMode ${domain.AuthMode}); identityCenterGroup needs an SSO domain`);
    }
    const { identityStoreId } = await instanceOfApplication(domain.SingleSignOnApplicationArn, where);
    const groupId = await groupIdOf(identityStoreId, group, where);
    if (groupId === undefined) {
        throw new Error(`no group named ${JSON.stringify(group)} exists in the domain's IAM Identity Center identity store`);
    }
    return { groupId, identityStoreId, userNames: await groupMemberNames(identityStoreId, groupId, where) };
}
