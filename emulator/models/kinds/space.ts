import { UPDATABLE_LIFECYCLE } from "../lifecycles";
import { namedInDomain } from "../naming";
import { sameName } from "../record-store";
import type { JsonObject, SpaceRecord } from "../records";
import { blockedBy, type ResourceKind } from "../resource-kind";
import { APP } from "./app";

export type SpaceIdentity = Pick<SpaceRecord, "domainId" | "spaceName">;

/** What UpdateSpace changes, kept so that an update ending in Update_Failed can be undone. */
function spaceSnapshot(space: SpaceRecord): JsonObject {
    return {
        ...(space.spaceSettings !== undefined ? { SpaceSettings: space.spaceSettings } : {}),
        ...(space.spaceDisplayName !== undefined ? { SpaceDisplayName: space.spaceDisplayName } : {}),
    };
}

function restoreSpace(space: SpaceRecord, snapshot: JsonObject): void {
    const settings = snapshot.SpaceSettings;
    const displayName = snapshot.SpaceDisplayName;
    if (settings !== undefined) space.spaceSettings = settings as JsonObject;
    else delete space.spaceSettings;
    if (typeof displayName === "string") space.spaceDisplayName = displayName;
    else delete space.spaceDisplayName;
}

export const SPACE = {
    noun: "Space",
    records: (state) => state.spaces,
    ...namedInDomain<SpaceIdentity>("Space", "space", (space) => space.spaceName),
    lifecycle: UPDATABLE_LIFECYCLE,
    deleteBlockers: [blockedBy(APP, (app, space: SpaceRecord) => app.domainId === space.domainId && sameName(app.spaceName, space.spaceName))],
    updateUndo: { snapshot: spaceSnapshot, restore: restoreSpace },
} satisfies ResourceKind<SpaceRecord, SpaceIdentity>;
