// The resource id of a profile: unique per region and account, readable in errors.

export function profileId(domainId: string, userProfileName: string): string {
    return `${domainId}/${userProfileName}`;
}

export function parseProfileId(id: string): { domainId: string; userProfileName: string } {
    const slash = id.indexOf("/");
    return { domainId: id.slice(0, slash), userProfileName: id.slice(slash + 1) };
}
