import { validationError } from "../../protocol/errors";

/** "Administrator and AWSAdministrators are reserved names and can't be used for users or groups." */
const RESERVED_NAMES = ["administrator", "awsadministrators"];

export function rejectReservedName(kind: "user" | "group", name: string): void {
    if (RESERVED_NAMES.includes(name.toLowerCase())) {
        throw validationError(`${name} is a reserved name and can't be used for a ${kind}.`);
    }
}
