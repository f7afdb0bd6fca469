import { UPDATABLE_LIFECYCLE } from "../lifecycles";
import { namedInDomain } from "../naming";
import { sameName } from "../record-store";
import type { UserProfileRecord } from "../records";
import { blockedBy, type ResourceKind } from "../resource-kind";
import { APP } from "./app";
import { SPACE } from "./space";

export type UserProfileIdentity = Pick<UserProfileRecord, "domainId" | "userProfileName">;

/** A profile's apps block its deletion, and so does any space it owns, whatever the space's status. */
export const USER_PROFILE = {
    noun: "UserProfile",
    records: (state) => state.userProfiles,
    ...namedInDomain<UserProfileIdentity>("UserProfile", "user-profile", (profile) => profile.userProfileName),
    lifecycle: UPDATABLE_LIFECYCLE,
    deleteBlockers: [
        blockedBy(APP, (app, profile: UserProfileRecord) => app.domainId === profile.domainId && sameName(app.userProfileName, profile.userProfileName)),
        blockedBy(
            SPACE,
            (space, profile: UserProfileRecord) => space.domainId === profile.domainId && sameName(space.ownerUserProfileName, profile.userProfileName),
        ),
    ],
    updateUndo: {
        snapshot: (profile) => profile.userSettings ?? {},
        restore: (profile, userSettings) => {
            profile.userSettings = userSettings;
        },
    },
} satisfies ResourceKind<UserProfileRecord, UserProfileIdentity>;
