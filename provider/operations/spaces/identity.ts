// What a space cannot change once created (UpdateSpace has no member for it): its owner, its
// sharing type and its app type. Owner names compare without regard to case, as profile names do.
import type { DescribedSpace } from "../../aws/spaces";
import type { DesiredSpace } from "./desired-space";

export function identityDiffers(existing: DescribedSpace, desired: DesiredSpace): boolean {
    const lower = (name: string | undefined) => name?.toLowerCase();
    return (
        lower(existing.OwnershipSettings?.OwnerUserProfileName) !== lower(desired.ownerUserProfileName) ||
        existing.SpaceSharingSettings?.SharingType !== desired.sharingType ||
        (desired.settings?.AppType !== undefined && existing.SpaceSettings?.AppType !== desired.settings.AppType)
    );
}
