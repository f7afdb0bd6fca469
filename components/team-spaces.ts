// A team's spaces: each member's private space (owned by their profile, named after them) and the
// team's shared spaces, from the few keys a team writes (appType, instanceType, ebsVolumeSizeInGb,
// lifecycleConfigArn) to the Space inputs they make, and back from a Space input's path to the
// key that was written.
import { createHash } from "crypto";
import type { PathSegment } from "../model/schema/names";
import type { SpaceSettings } from "../model/shapes";
import type { SpaceInputs } from "../model/space/space-properties";
import type { SharedSpaceSpec, SpaceSpec, TagMap, TeamSpec } from "./team-spec";

/** The longest SpaceName (the SpaceName shape's maximum). */
const MAX_SPACE_NAME = 63;
const PRIVATE_SUFFIX = "-private";

/**
 * The SpaceName of a member's private space: `<member>-private`. A member name fits the same
 * pattern as a SpaceName; one too long for the suffix keeps its first characters and a hash of the
 * whole name, so two members never share a space name.
 */
export function privateSpaceName(member: string): string {
    if (member.length + PRIVATE_SUFFIX.length <= MAX_SPACE_NAME) {
        return `${member}${PRIVATE_SUFFIX}`;
    }
    const hash = createHash("sha256").update(member.toLowerCase()).digest("hex").slice(0, 8);
    return `${member.slice(0, MAX_SPACE_NAME - PRIVATE_SUFFIX.length - hash.length - 1)}-${hash}${PRIVATE_SUFFIX}`;
}

export function privateSpaceResourceName(teamName: string, memberName: string): string {
    return `${teamName}-${memberName}-space`.toLowerCase();
}

export function sharedSpaceResourceName(teamName: string, spaceName: string): string {
    return `${teamName}-${spaceName}`.toLowerCase();
}

const APP_SETTINGS = { JupyterLab: "jupyterLabAppSettings", CodeEditor: "codeEditorAppSettings" } as const;

/** The SpaceSettings the keys make, in Pulumi names. */
function spaceSettingsOf(spec: SpaceSpec): SpaceSettings {
    const settings: Record<string, unknown> = {};
    if (spec.appType !== undefined) settings.appType = spec.appType;
    const resourceSpec = {
        ...(spec.instanceType !== undefined ? { instanceType: spec.instanceType } : {}),
        ...(spec.lifecycleConfigArn !== undefined ? { lifecycleConfigArn: spec.lifecycleConfigArn } : {}),
    };
    if (Object.keys(resourceSpec).length > 0) {
        settings[APP_SETTINGS[spec.appType ?? "JupyterLab"] ?? APP_SETTINGS.JupyterLab] = { defaultResourceSpec: resourceSpec };
    }
    if (spec.ebsVolumeSizeInGb !== undefined) settings.spaceStorageSettings = { ebsStorageSettings: { ebsVolumeSizeInGb: spec.ebsVolumeSizeInGb } };
    return settings as SpaceSettings;
}

/** The team options every space of the team receives alike. */
type SpaceOptions = Pick<TeamSpec, "adopt" | "deleteApps" | "retainOnDelete" | "timeouts">;

function spaceInputs<D>(team: SpaceOptions, domainId: D, spaceName: string, spec: SpaceSpec, tags: TagMap | undefined) {
    return {
        domainId,
        spaceName,
        spaceSettings: spaceSettingsOf(spec),
        ...(tags !== undefined ? { tags } : {}),
        ...(team.adopt !== undefined ? { adopt: team.adopt } : {}),
        ...(team.deleteApps !== undefined ? { deleteApps: team.deleteApps } : {}),
        ...(team.retainOnDelete !== undefined ? { retainOnDelete: team.retainOnDelete } : {}),
        ...(team.timeouts !== undefined ? { timeouts: team.timeouts } : {}),
    };
}

/** The Space inputs of a member's private space: owned by the member's profile, with the member's tags. */
export function privateSpaceInputs<D>(team: SpaceOptions, member: { name: string; tags?: TagMap }, spec: SpaceSpec, domainId: D) {
    return {
        ...spaceInputs(team, domainId, privateSpaceName(member.name), spec, member.tags),
        ownershipSettings: { ownerUserProfileName: member.name },
        spaceSharingSettings: { sharingType: "Private" as const },
    } satisfies Omit<SpaceInputs, "domainId"> & { domainId: D };
}

/** The Space inputs of a shared space: the team's, with the team's tags. */
export function sharedSpaceInputs<D>(team: SpaceOptions & Pick<TeamSpec, "tags">, shared: SharedSpaceSpec, domainId: D) {
    const { name, ...spec } = shared;
    return {
        ...spaceInputs(team, domainId, name, spec, team.tags),
        spaceSharingSettings: { sharingType: "Shared" as const },
    } satisfies Omit<SpaceInputs, "domainId"> & { domainId: D };
}

/** Where in a SpaceSpec a Space input's path was written: `spaceSettings.spaceStorageSettings…` → `ebsVolumeSizeInGb`. */
export function specKeyOf(path: readonly PathSegment[]): keyof SpaceSpec | "name" | undefined {
    const [root, member, ...rest] = path;
    if (root === "spaceName") return "name";
    if (root !== "spaceSettings") return undefined;
    if (member === "appType") return "appType";
    if (member === "spaceStorageSettings") return "ebsVolumeSizeInGb";
    const leaf = rest[rest.length - 1];
    return leaf === "instanceType" || leaf === "lifecycleConfigArn" ? leaf : undefined;
}
