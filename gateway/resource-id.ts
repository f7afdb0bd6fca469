// The resource id of a profile or a space: `<domain id>/<name>`, unique per region and account,
// readable in errors.

export function resourceId(domainId: string, name: string): string {
    return `${domainId}/${name}`;
}

export function parseResourceId(id: string): { domainId: string; name: string } {
    const slash = id.indexOf("/");
    return { domainId: id.slice(0, slash), name: id.slice(slash + 1) };
}
