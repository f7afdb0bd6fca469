// What a refresh preview's events say changed out of band: for each member (UserProfile) and each
// Space the settings and tags whose recorded value differs from the live one, or that it is gone;
// for a team built from an Identity Center group, who joined and who left it since the last
// deployment; other resources only by name. The provider's refresh returns inputs as a program
// would write them, so a profile or space nobody touched compares equal leaf by leaf.
import { nameOf, parseDocuments, profileOf, SPACE_TYPE, spaceOf, stackOf, TEAM_ROSTER_TYPE, typeOf, USER_PROFILE_TYPE, type Inputs } from "../engine-events";
import { isResetValue } from "../../model/settings/removal-behaviour";
import type { SettingsRoot } from "../../model/settings/setting-values";
import { settingChanges, type SettingChange } from "../setting-changes";

export interface ResourceDrift {
    urn: string;
    name: string;
    type: string;
    /** `d-…/name`, for a member. */
    profile?: string;
    /** `d-…/name`, for a space. */
    space?: string;
    deleted: boolean;
    /** For a team's roster: the Identity Center group's members then (recorded) and now. */
    group?: GroupDrift;
    /** For a member or space that is still there: each setting or tag, recorded → live. */
    changes: SettingChange[];
}

interface GroupDrift {
    team: string;
    group: string;
    joined: string[];
    left: string[];
    removeDepartedMembers: boolean;
}

export interface Drift {
    /** The stack the events are of, when any resource names it. */
    stack?: string;
    resources: ResourceDrift[];
    /** The engine's error messages. */
    errors: string[];
}

interface StepMetadata {
    op: string;
    urn: string;
    type?: string;
    old?: { inputs?: Inputs; outputs?: Inputs } | null;
    new?: { inputs?: Inputs; outputs?: Inputs } | null;
}

interface Event {
    resourcePreEvent?: { metadata: StepMetadata };
    resOutputsEvent?: { metadata: StepMetadata };
    diagnosticEvent?: { message?: string; severity?: string };
}

/** The types whose drift is read setting by setting; any other resource counts when the engine updates it. */
const COMPARED_TYPES: ReadonlySet<string> = new Set([USER_PROFILE_TYPE, SPACE_TYPE]);

/** `profile` or `space`: the `d-…/name` the recorded inputs name. */
function identityOf(type: string, inputs: Inputs | undefined): Pick<ResourceDrift, "profile" | "space"> {
    if (type === USER_PROFILE_TYPE) {
        const profile = profileOf(inputs);
        return profile ? { profile: `${profile.domainId}/${profile.userProfileName}` } : {};
    }
    const space = type === SPACE_TYPE ? spaceOf(inputs) : undefined;
    return space ? { space: `${space.domainId}/${space.spaceName}` } : {};
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** Who joined and left the roster's group: the refresh's look-up against the recorded members. */
function groupDrift(step: StepMetadata): GroupDrift | undefined {
    const recorded = step.old?.outputs;
    const now = step.new?.outputs?.membersAtRefresh;
    if (!recorded || !Array.isArray(now)) return undefined;
    const before = new Set(strings(recorded.members));
    const after = new Set(strings(now));
    const joined = [...after].filter((m) => !before.has(m));
    const left = [...before].filter((m) => !after.has(m));
    if (joined.length + left.length === 0) return undefined;
    return { team: String(recorded.team ?? ""), group: String(recorded.group ?? ""), joined, left, removeDepartedMembers: recorded.removeDepartedMembers === true };
}

/** The output that records a resource's Identity Center access ("made", "found", "missing"), per type. */
const ACCESS_OUTPUT: Record<string, string> = { [USER_PROFILE_TYPE]: "identityCenterAssignment", [TEAM_ROSTER_TYPE]: "groupAssignment" };

/** Access the refresh found changed (an assignment deleted out of band reads "missing"), recorded → live. */
function accessChanges(type: string, step: StepMetadata): SettingChange[] {
    const property = ACCESS_OUTPUT[type];
    const from = property === undefined ? undefined : step.old?.outputs?.[property];
    const to = property === undefined ? undefined : step.new?.outputs?.[property];
    return property !== undefined && step.old && step.new && from !== to && to !== undefined ? [{ path: property, from, to }] : [];
}

/** The settings property and its API root, per compared type. */
const SETTINGS_OF: Record<string, { property: string; root: SettingsRoot }> = {
    [USER_PROFILE_TYPE]: { property: "userSettings", root: "UserSettings" },
    [SPACE_TYPE]: { property: "spaceSettings", root: "SpaceSettings" },
};

/**
 * A change that is none: a member the program leaves out, live at the value removing it resets
 * to (`notebookOutputOption: Disabled` once sharing settings are removed), or the other way round.
 */
function meansTheSame(type: string, change: SettingChange): boolean {
    const settings = SETTINGS_OF[type];
    const [first, ...rest] = change.path.split(".");
    if (!settings || first !== settings.property || rest.length === 0 || rest.some((s) => s === "" || s.includes("["))) return false;
    if (change.from === undefined) return isResetValue(settings.root, rest, change.to);
    if (change.to === undefined) return isResetValue(settings.root, rest, change.from);
    return false;
}

export function readDrift(events: string): Drift {
    const drift: Drift = { resources: [], errors: [] };
    const byUrn = new Map<string, ResourceDrift>();
    for (const event of parseDocuments(events) as Event[]) {
        if (event?.diagnosticEvent?.severity === "error") drift.errors.push(String(event.diagnosticEvent.message ?? "").trim());
        const step = event?.resOutputsEvent?.metadata ?? event?.resourcePreEvent?.metadata;
        if (!step) continue;
        drift.stack ??= stackOf(step.urn);
        const type = step.type ?? typeOf(step.urn);
        const deleted = step.op === "delete";
        const compared = COMPARED_TYPES.has(type);
        // Pre-events of a refresh repeat the old state as the new one; the outputs event has the live one.
        const changes = compared && !deleted && step.old && step.new ? settingChanges(step.old.inputs, step.new.inputs).filter((c) => !meansTheSame(type, c)) : [];
        // Only the outputs event carries what the refresh found; a pre-event repeats the recorded state.
        if (!deleted && event.resOutputsEvent) changes.push(...accessChanges(type, step));
        // Only the outputs event carries the refresh's look-up; a pre-event's may be an older one.
        const group = type === TEAM_ROSTER_TYPE && event.resOutputsEvent ? groupDrift(step) : undefined;
        // A roster's outputs change at every refresh (the look-up is recorded); only its group's members count.
        const changed = deleted || changes.length > 0 || group !== undefined || (!compared && type !== TEAM_ROSTER_TYPE && step.op === "update");
        const earlier = byUrn.get(step.urn);
        if (earlier !== undefined && changed) {
            // A pre-event came first: the outputs event adds what only it knows.
            earlier.changes.push(...changes.filter((c) => !earlier.changes.some((e) => e.path === c.path)));
            if (group && !earlier.group) earlier.group = group;
        }
        if (!changed || earlier !== undefined) continue;
        const resource = { urn: step.urn, name: nameOf(step.urn), type, deleted, changes, ...identityOf(type, step.old?.inputs), ...(group ? { group } : {}) };
        byUrn.set(step.urn, resource);
        drift.resources.push(resource);
    }
    return drift;
}
