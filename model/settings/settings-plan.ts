// Desired settings (from the program) against actual settings (as the
// service reports them), both in API casing, walked along the generated shapes:
//  - members the program sets are compared, lists the API treats as sets
//    without regard to order;
//  - members the program does not set but the service has are cleared
//    explicitly where the API can clear them ([] for lists, "None" where the
//    member's pattern accepts it), so a removal from the program really applies;
//  - members the service fills in by itself are left alone when the program
//    does not set them, and members the API cannot unset are reported.
import deepEqual from "fast-deep-equal";
import { defineMember, hasOwn, isRecord } from "../plain-object";
import type { PathSegment } from "../schema/names";
import { compilePattern } from "../schema/patterns";
import { getShape, memberShape } from "../schema/shape-lookup";
import type { ShapeDef } from "../shape-def";
import { isEmptySetting, isSetLikeList, SERVER_FILLED_MEMBERS } from "./setting-values";

export interface SettingChange {
    path: PathSegment[];
    from: unknown;
    to: unknown;
}

export interface SettingsPlan {
    /** Each changed setting, by its full API path. */
    changes: SettingChange[];
    /** The UserSettings to send to UpdateUserProfile: everything desired, plus explicit clears. */
    update: Record<string, unknown>;
    /** Members the program no longer sets that the API has no way to unset. */
    unclearable: PathSegment[][];
}

export function planSettings(desired: unknown, actual: unknown): SettingsPlan {
    const plan: SettingsPlan = { changes: [], update: {}, unclearable: [] };
    const update = walkStructure("UserSettings", desired, actual, [], plan);
    plan.update = (update as Record<string, unknown>) ?? {};
    return plan;
}

function walk(shapeName: string | undefined, desired: unknown, actual: unknown, path: PathSegment[], plan: SettingsPlan): unknown {
    const shape = shapeName ? getShape(shapeName) : undefined;
    if (shape?.type === "structure" && (isRecord(desired) || (desired === undefined && isRecord(actual)))) {
        return walkStructure(shapeName!, desired, actual, path, plan);
    }
    if (desired === undefined) {
        return clear(shapeName, shape, actual, path, plan);
    }
    if (!sameValue(shapeName, shape, desired, actual)) {
        plan.changes.push({ path, from: isEmptySetting(actual) ? undefined : actual, to: desired });
    }
    return desired;
}

function walkStructure(shapeName: string, desired: unknown, actual: unknown, path: PathSegment[], plan: SettingsPlan): unknown {
    const shape = getShape(shapeName);
    const want = isRecord(desired) ? desired : undefined;
    const have = isRecord(actual) ? actual : {};
    const out: Record<string, unknown> = {};
    const members = new Set([...Object.keys(want ?? {}), ...Object.keys(have)]);
    for (const member of members) {
        const wanted = want && hasOwn(want, member) ? want[member] : undefined;
        const had = hasOwn(have, member) ? have[member] : undefined;
        if (wanted === undefined && path.length === 0 && SERVER_FILLED_MEMBERS.has(member)) {
            continue;
        }
        const value = walk(memberShape(shape, member), wanted, had, [...path, member], plan);
        if (value !== undefined) {
            defineMember(out, member, value);
        }
    }
    return want === undefined && Object.keys(out).length === 0 ? undefined : out;
}

/** The value that clears a member the program no longer sets, or undefined when none is needed or possible. */
function clear(shapeName: string | undefined, shape: ShapeDef | undefined, actual: unknown, path: PathSegment[], plan: SettingsPlan): unknown {
    if (isEmptySetting(actual)) {
        return undefined;
    }
    const clearValue = clearValueOf(shapeName, shape);
    if (clearValue === undefined) {
        plan.unclearable.push(path);
        return undefined;
    }
    plan.changes.push({ path, from: actual, to: undefined });
    return clearValue;
}

const clearValues = new Map<string, unknown>();

function clearValueOf(shapeName: string | undefined, shape: ShapeDef | undefined): unknown {
    if (!shapeName || !shape) {
        return undefined;
    }
    if (!clearValues.has(shapeName)) {
        let value: unknown;
        if (shape.type === "list") {
            value = [];
        } else if (shape.type === "string" && shape.pattern && compilePattern(shape.pattern)?.test("None")) {
            value = "None";
        }
        clearValues.set(shapeName, value);
    }
    return clearValues.get(shapeName);
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

/** A copy without members that mean "not set" (see isEmptySetting), so equal settings compare equal. */
function withoutEmptyMembers(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(withoutEmptyMembers);
    }
    if (!isRecord(value)) {
        return value;
    }
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
        if (!isEmptySetting(member)) {
            defineMember(out, key, withoutEmptyMembers(member));
        }
    }
    return out;
}
