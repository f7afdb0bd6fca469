import type { JsonObject, SpaceRecord } from "./records";

/** What UpdateSpace changes, kept so that an update ending in Update_Failed can be undone. */
export function spaceSnapshot(space: SpaceRecord): JsonObject {
    return {
        ...(space.spaceSettings !== undefined ? { SpaceSettings: space.spaceSettings } : {}),
        ...(space.spaceDisplayName !== undefined ? { SpaceDisplayName: space.spaceDisplayName } : {}),
    };
}

export function restoreSpace(space: SpaceRecord, snapshot: JsonObject | undefined): void {
    const settings = snapshot?.SpaceSettings;
    const displayName = snapshot?.SpaceDisplayName;
    if (settings !== undefined) space.spaceSettings = settings as JsonObject;
    else delete space.spaceSettings;
    if (typeof displayName === "string") space.spaceDisplayName = displayName;
    else delete space.spaceDisplayName;
}
