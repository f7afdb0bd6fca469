// The one callout for a space that goes away, whoever deletes it (its own resource, a replacement,
// or the cascade of its owner's removal): its storage volume goes with it.

export function spaceLossMessage(domainId: string, spaceName: string, why?: string): string {
    return `space ${domainId}/${spaceName}: deleting it${why ? ` (${why})` : ""}: the files on its storage volume are lost`;
}
