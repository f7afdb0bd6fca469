/** Record keys: names are unique per domain, compared case-insensitively. */

export function userProfileKey(domainId: string, userProfileName: string): string {
    return `${domainId}/${userProfileName.toLowerCase()}`;
}

export function spaceKey(domainId: string, spaceName: string): string {
    return `${domainId}/${spaceName.toLowerCase()}`;
}

export type AppOwner = { userProfileName: string } | { spaceName: string };

export function appKey(domainId: string, owner: AppOwner, appType: string, appName: string): string {
    const ownerPart = "userProfileName" in owner ? `user/${owner.userProfileName}` : `space/${owner.spaceName}`;
    return `${domainId}/${ownerPart.toLowerCase()}/${appType}/${appName.toLowerCase()}`;
}
