/** ARN formats of the Studio resources; names in ARNs are lower-cased as the real service does. */

export interface Partition {
    region: string;
    accountId: string;
}

function arn(where: Partition, resource: string): string {
    return `arn:aws:sagemaker:${where.region}:${where.accountId}:${resource}`;
}

export function domainArn(where: Partition, domainId: string): string {
    return arn(where, `domain/${domainId}`);
}

export function userProfileArn(where: Partition, domainId: string, userProfileName: string): string {
    return arn(where, `user-profile/${domainId}/${userProfileName.toLowerCase()}`);
}

export function spaceArn(where: Partition, domainId: string, spaceName: string): string {
    return arn(where, `space/${domainId}/${spaceName.toLowerCase()}`);
}

export function appArn(where: Partition, domainId: string, ownerName: string, appType: string, appName: string): string {
    return arn(where, `app/${domainId}/${ownerName.toLowerCase()}/${appType.toLowerCase()}/${appName.toLowerCase()}`);
}
