// What a refresh preview's events say changed out of band: for each member (UserProfile) and each
// Space the settings and tags whose recorded value differs from the live one, or that it is gone;
// other resources only by name. The provider's refresh returns inputs as a program would write
// them, so a profile or space nobody touched compares equal leaf by leaf.
import { nameOf, parseDocuments, profileOf, SPACE_TYPE, spaceOf, stackOf, typeOf, USER_PROFILE_TYPE, type Inputs } from "../engine-events";
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
    /** For a member or space that is still there: each setting or tag, recorded → live. */
    changes: SettingChange[];
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
    old?: { inputs?: Inputs } | null;
    new?: { inputs?: Inputs } | null;
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
        const changes = compared && !deleted && step.old && step.new ? settingChanges(step.old.inputs, step.new.inputs) : [];
        const changed = deleted || changes.length > 0 || (!compared && step.op === "update");
        if (!changed || byUrn.has(step.urn)) continue;
        const resource = { urn: step.urn, name: nameOf(step.urn), type, deleted, changes, ...identityOf(type, step.old?.inputs) };
        byUrn.set(step.urn, resource);
        drift.resources.push(resource);
    }
    return drift;
}
