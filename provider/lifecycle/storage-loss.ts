// The one callout for a record whose deletion deletes files (a space's storage volume), whoever
// deletes it: its own resource, a replacement, or the cascade of its owner's removal.

export function storageLossMessage(subject: string, why?: string): string {
    return `${subject}: deleting it${why ? ` (${why})` : ""}: the files on its storage volume are lost`;
}
