import { randomBytes } from "node:crypto";

const LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

function randomFrom(alphabet: string, length: number): string {
    const bytes = randomBytes(length);
    let out = "";
    for (const byte of bytes) out += alphabet[byte % alphabet.length];
    return out;
}

/** Real domain ids are `d-` followed by 12 lower-case alphanumerics. */
export function newDomainId(): string {
    return `d-${randomFrom(LOWER_ALPHANUMERIC, 12)}`;
}

export function newEfsFileSystemId(): string {
    return `fs-${randomFrom("0123456789abcdef", 17)}`;
}

/** Home directory UIDs are handed out per domain, counting up from 200001. */
export const FIRST_HOME_EFS_UID = 200001;
