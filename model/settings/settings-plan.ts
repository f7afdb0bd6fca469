// Desired settings (from the program) against actual settings (as the service reports them),
// both in API casing, walked along the generated shapes:
//  - members the program sets are compared, lists the API treats as sets without regard to order;
//  - a member the program does not set but the service has is a removal, applied as its removal
//    behaviour says (removal-behaviour.ts): cleared, reset to its documented default, or kept by
//    the service and reported with what to write instead;
//  - members the service fills in by itself are left alone unless the program set them before.
import deepEqual from "fast-deep-equal";
import { defineMember, hasOwn, isRecord } from "../plain-object";
import type { PathSegment } from "../schema/names";
import { getShape, memberShape } from "../schema/shape-lookup";
import type { ShapeDef } from "../shape-def";
import { removalOf } from "./removal-behaviour";
import { isEmptySetting, isSetLikeList, serverFilledMembers, withoutEmptyMembers, type SettingsRoot } from "./setting-values";

export interface SettingChange {
    path: PathSegment[];
    from: unknown;
    to: unknown;
}

/** A member the program no longer sets that the service keeps, because the API cannot unset it. */
export interface KeptSetting {
    path: PathSegment[];
    value: unknown;
    why: string;
    instead: string;
}

export interface SettingsPlan {
    /** Each changed setting, by its full API path: what the program sets, and each applied removal. */
    changes: SettingChange[];
    /** The settings to send to the update (UpdateUserProfile, UpdateSpace): everything desired, plus explicit clears and resets. */
    update: Record<string, unknown>;
    /** Removals the API cannot apply. */
    kept: KeptSetting[];
}

export interface PlanOptions {
    /** The shape the settings are: a profile's UserSettings (the default) or a space's SpaceSettings. */
    root?: SettingsRoot;
    /** Top-level members the service fills in that the program set before: their removal counts. */
    programSets?: readonly string[];
}

export function planSettings(desired: unknown, actual: unknown, options: PlanOptions = {}): SettingsPlan {
    const plan: SettingsPlan = { changes: [], update: {}, kept: [] };
    const root = options.root ?? "UserSettings";
    const walk = new PlanWalk(plan, serverFilledMembers(root), new Set(options.programSets ?? []));
    plan.update = (walk.structure(root, desired, actual, []) as Record<string, unknown>) ?? {};
    return plan;
}

/** Whether two values of a shape mean the same setting (empties alike, sets in any order). */
export function sameSetting(shapeName: string | undefined, desired: unknown, actual: unknown): boolean {
    return sameValue(shapeName, shapeName ? getShape(shapeName) : undefined, desired, actual);
}

class PlanWalk {
    constructor(
        private readonly plan: SettingsPlan,
        private readonly serverFilled: ReadonlySet<string>,
        private readonly programSets: ReadonlySet<string>,
    ) {}

    member(shapeName: string | undefined, desired: unknown, actual: unknown, path: PathSegment[]): unknown {
        const shape = shapeName ? getShape(shapeName) : undefined;
        if (shape?.type === "structure" && (isRecord(desired) || (desired === undefined && isRecord(actual)))) {
            return this.structure(shapeName!, desired, actual, path);
        }
        if (desired === undefined) {
            return this.removal(shapeName, actual, path, {});
        }
        if (!sameValue(shapeName, shape, desired, actual)) {
            this.plan.changes.push({ path, from: isEmptySetting(actual) ? undefined : actual, to: desired });
        }
        return desired;
    }

    structure(shapeName: string, desired: unknown, actual: unknown, path: PathSegment[]): unknown {
        const shape = getShape(shapeName);
        const want = isRecord(desired) ? desired : undefined;
        const have = isRecord(actual) ? actual : {};
        const out: Record<string, unknown> = {};
        const members = new Set([...Object.keys(want ?? {}), ...Object.keys(have)]);
        const removed: string[] = [];
        for (const member of members) {
            const wanted = want && hasOwn(want, member) ? want[member] : undefined;
            const had = hasOwn(have, member) ? have[member] : undefined;
            if (wanted === undefined && path.length === 0 && this.serverFilled.has(member) && !this.programSets.has(member)) {
                continue;
            }
            const childShape = memberShape(shape, member);
            const isLeaf = getShape(childShape ?? "")?.type !== "structure";
            if (wanted === undefined && isLeaf) {
                removed.push(member);
                continue;
            }
            const value = this.member(childShape, wanted, had, [...path, member]);
            if (value !== undefined) {
                defineMember(out, member, value);
            }
        }
        // Removals last, those the service keeps after the rest: whether one applies can depend on
        // what its siblings become.
        const after = (member: string) => (hasOwn(out, member) ? out[member] : hasOwn(have, member) ? have[member] : undefined);
        const keptLast = (member: string) => (removalOf([...path, member].map(String), memberShape(shape, member)).kind === "keep" ? 1 : 0);
        removed.sort((a, b) => keptLast(a) - keptLast(b));
        for (const member of removed) {
            const value = this.removal(memberShape(shape, member), have[member], [...path, member], { after, out });
            if (value !== undefined) {
                defineMember(out, member, value);
            }
        }
        return want === undefined && Object.keys(out).length === 0 ? undefined : out;
    }

    /** The value that applies the removal of a member the program no longer sets; undefined when none is sent. */
    private removal(
        shapeName: string | undefined,
        actual: unknown,
        path: PathSegment[],
        siblings: { after?: (member: string) => unknown; out?: Record<string, unknown> },
    ): unknown {
        if (isEmptySetting(actual)) {
            return undefined;
        }
        const removal = removalOf(path.map(String), shapeName);
        const sibling = (member: string) => siblings.after?.(member);
        switch (removal.kind) {
            case "clear":
                this.plan.changes.push({ path, from: actual, to: undefined });
                return removal.value;
            case "reset":
                if (removal.requires && sibling(removal.requires.member) !== removal.requires.equals) {
                    return undefined; // without its condition the member has no effect
                }
                if (deepEqual(actual, removal.value)) {
                    return undefined;
                }
                this.plan.changes.push({ path, from: actual, to: removal.value });
                return removal.value;
            case "keep":
                if (removal.droppedWhen && sibling(removal.droppedWhen.member) === removal.droppedWhen.equals && siblings.out) {
                    // The service drops it when the sibling is sent with that value.
                    defineMember(siblings.out, removal.droppedWhen.member, removal.droppedWhen.equals);
                    this.plan.changes.push({ path, from: actual, to: undefined });
                    return undefined;
                }
                this.plan.kept.push({ path, value: actual, why: removal.why, instead: removal.instead });
                return undefined;
        }
    }
}

function sameValue(shapeName: string | undefined, shape: ShapeDef | undefined, desired: unknown, actual: unknown): boolean {
    if (isEmptySetting(desired) && isEmptySetting(actual)) {
        return true;
    }
    if (shape?.type === "list" && Array.isArray(desired) && Array.isArray(actual)) {
        if (desired.length !== actual.length) {
            return false;
        }
        const want = desired.map(withoutEmptyMembers);
        const have = actual.map(withoutEmptyMembers);
        if (shapeName && isSetLikeList(shapeName)) {
            // The same items in any order: each wanted item takes one equal item the service has.
            const unmatched = [...have];
            return want.every((item) => {
                const at = unmatched.findIndex((candidate) => deepEqual(item, candidate));
                return at >= 0 && unmatched.splice(at, 1).length === 1;
            });
        }
        return want.every((item, i) => deepEqual(item, have[i]));
    }
    return deepEqual(withoutEmptyMembers(desired), withoutEmptyMembers(actual));
}
