// The team's spaces in the one judgement of a spec: each member's private space and each shared
// space through the model's space check, a private space's EBS size against its member's own
// maximum (the member's effective spaceStorageSettings, known here, before any call), space names
// that collide, and a private space without an app type. A problem is placed where it was
// written: a member's own key at `members[i].privateSpace…`, an inherited one at `privateSpace…`
// naming the members it reaches, a shared space's at `sharedSpaces[i]…`.
import { hasOwn, isRecord } from "../model/plain-object";
import { quoteValue } from "../model/quote";
import { toApiValue } from "../model/schema/names";
import { checkSpace, createSpaceRequest } from "../model/space/space-check";
import { checkSpaceRules } from "../model/validation/cross-field-rules";
import { describeViolation, type PropertyFailure } from "../model/validation/failure-reasons";
import type { EffectiveMember } from "./member-merge";
import type { SpecPath, TeamProblem } from "./team-problems";
import { privateSpaceInputs, privateSpaceName, privateSpaceResourceName, sharedSpaceInputs, sharedSpaceResourceName, specKeyOf } from "./team-spaces";
import type { TeamSpec } from "./team-spec";

/** Where problems go: the member's or shared space's own, and those the team's privateSpace shares. */
export interface SpaceProblemSink {
    own(problem: TeamProblem): void;
    shared(path: SpecPath, reason: string, member: string): void;
}

const UNKNOWN_DOMAIN = Symbol("domainId from another resource");
const isUnknown = (v: unknown) => v === UNKNOWN_DOMAIN;

export function judgeSpaces(spec: TeamSpec, members: readonly { effective: EffectiveMember; index: number }[], sink: SpaceProblemSink): void {
    const domainId = typeof spec.domainId === "string" ? spec.domainId : UNKNOWN_DOMAIN;
    const names = new Map<string, string>();
    const resources = new Map<string, string>();
    const claim = (name: string, resource: string, where: string, at: SpecPath) => {
        for (const [taken, key] of [[names, name.toLowerCase()], [resources, resource]] as const) {
            const first = taken.get(key);
            if (first !== undefined) {
                sink.own({ path: at, reason: `${quoteValue(name)} makes a space ${taken === names ? "named" : "resource named"} like ${first}'s (${quoteValue(key)}); choose another name` });
                return;
            }
            taken.set(key, where);
        }
    };
    for (const { effective, index } of members) {
        const space = effective.privateSpace;
        if (space === undefined) continue;
        const memberSpace = spec.members?.[index]?.privateSpace;
        const ownKeys = isRecord(memberSpace) ? memberSpace : {};
        const place = (key: string | undefined, reason: string) => {
            if (key !== undefined && !hasOwn(ownKeys, key) && isRecord(spec.privateSpace) && hasOwn(spec.privateSpace, key)) {
                sink.shared(["privateSpace", key], reason, effective.name);
            } else {
                sink.own({ path: ["members", index, ...(key === "name" ? ["name"] : ["privateSpace", ...(key !== undefined ? [key] : [])])], reason: `${reason} (member ${effective.name})` });
            }
        };
        if (space.appType === undefined) {
            place("appType", "is required: the app the private space runs (JupyterLab or CodeEditor)");
        }
        claim(privateSpaceName(effective.name), privateSpaceResourceName("team", effective.name), `member ${effective.name}`, ["members", index, "name"]);
        const inputs = privateSpaceInputs(spec, effective, space, domainId);
        for (const failure of [...spaceFailures(inputs), ...ownerMaximum(inputs, effective)]) {
            place(specKeyOf(failure.path), failure.reason);
        }
    }
    (spec.sharedSpaces ?? []).forEach((shared, index) => {
        if (!isRecord(shared) || typeof shared.name !== "string") return; // the schema says what is missing
        const at: SpecPath = ["sharedSpaces", index];
        claim(shared.name, sharedSpaceResourceName("team", shared.name), `sharedSpaces[${index}]`, [...at, "name"]);
        for (const failure of spaceFailures(sharedSpaceInputs(spec, shared, domainId))) {
            const key = specKeyOf(failure.path);
            sink.own({ path: key !== undefined ? [...at, key] : at, reason: failure.reason });
        }
    });
}

/** The model's space check, without the tags and team options, which the members' profiles are judged on already. */
function spaceFailures(inputs: Record<string, unknown>): PropertyFailure[] {
    return checkSpace(inputs, { isUnknown }).filter((f) => !["tags", "adopt", "deleteApps", "timeouts", "domainId"].includes(String(f.path[0])));
}

/**
 * The EBS size against the member's own maximum (the domain's, which applies when the member has
 * none, is judged at preview), worded for the team: members with the same maximum share a problem.
 */
function ownerMaximum(inputs: Record<string, unknown>, member: EffectiveMember): PropertyFailure[] {
    const userSettings = (toApiValue("UserSettings", member.userSettings ?? {}) as Record<string, unknown>) ?? {};
    return checkSpaceRules(createSpaceRequest(inputs), { owner: { exists: true, userSettings } }, { warnings: false })
        .filter((v) => v.rule === "space-ebs-size-within-maximum")
        .map((v) => ({
            path: describeViolation(v).path,
            reason:
                `EbsVolumeSizeInGb (${String(v.value)}) must be less than or equal to the MaximumEbsVolumeSizeInGb ` +
                `(${String(member.userSettings?.spaceStorageSettings?.defaultEbsStorageSettings?.maximumEbsVolumeSizeInGb)}) in the member's ` +
                "userSettings.spaceStorageSettings.defaultEbsStorageSettings",
        }));
}
