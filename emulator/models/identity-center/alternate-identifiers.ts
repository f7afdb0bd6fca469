import { identityStoreResourceNotFound, type IdentityStoreResourceType } from "../../protocol/identity-center-errors";
import { validationError } from "../../protocol/errors";
import type { ExternalId } from "./records";

/** GetUserId's and GetGroupId's `AlternateIdentifier`, a union: exactly one member is set (checked by validation). */
export interface AlternateIdentifier {
    ExternalId?: ExternalId;
    UniqueAttribute?: { AttributePath: string; AttributeValue: unknown };
}

/** The values a record holds at each attribute path that is unique to it, by the path as documented. */
export type UniqueAttributes<T> = Record<string, (record: T) => string[]>;

/**
 * The one record (in creation order, the first) that an alternate identifier names. Attribute
 * paths compare case-insensitively, as the docs spell them in camelCase but their examples vary;
 * values compare case-insensitively, as the names they hold are unique regardless of case.
 */
export function resolveAlternateIdentifier<T extends { externalIds: ExternalId[] }>(
    candidates: T[],
    identifier: AlternateIdentifier,
    uniqueAttributes: UniqueAttributes<T>,
    resourceType: IdentityStoreResourceType,
): T {
    const external = identifier.ExternalId;
    const unique = identifier.UniqueAttribute;
    let matches: (record: T) => boolean;
    if (external) {
        matches = (record) => record.externalIds.some((id) => id.Issuer === external.Issuer && id.Id === external.Id);
    } else {
        const path = unique!.AttributePath;
        const valuesAt = Object.entries(uniqueAttributes).find(([name]) => name.toLowerCase() === path.toLowerCase())?.[1];
        if (!valuesAt) {
            throw validationError(`${path} is not a unique attribute; use one of: ${Object.keys(uniqueAttributes).join(", ")}.`);
        }
        const wanted = unique!.AttributeValue;
        matches = (record) =>
            typeof wanted === "string" && valuesAt(record).some((value) => value.toLowerCase() === wanted.toLowerCase());
    }
    const found = candidates.find(matches);
    if (!found) throw identityStoreResourceNotFound(resourceType);
    return found;
}
