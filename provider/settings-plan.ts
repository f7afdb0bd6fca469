// Desired settings (from the program) against actual settings (as the
// service reports them), both in API casing, walked along the generated shapes:
//  - members the program sets are compared, lists the API treats as sets
//    without regard to order;
//  - members the program does not set but the service has are cleared
//    explicitly where the API can clear them ([] for lists, "None" where the
//    member's pattern accepts it), so a removal from the program really applies;
//  - members the service fills in by itself are left alone when the program
//    does not set them, and members the API cannot unset are reported.
import { getShape, hasOwn, isRecord, memberShape } from "../model/model";
import { isEmptySetting, isSetLikeList, SERVER_FILLED_MEMBERS } from "../model/normalize";
import { compilePattern } from "../model/patterns";
import type { PathSegment } from "../model/names";
import type { ShapeDef } from "../model/shape-def";

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
            Object.defineProperty(out, member, { value, enumerable: true, writable: true, configurable: true });
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
        if (shapeName && isSetLikeList(shapeName)) {
            const key = (v: unknown) => stableJson(v);
            const a = desired.map(key).sort();
            const b = actual.map(key).sort();
            return a.every((v, i) => v === b[i]);
        }
        return desired.every((v, i) => stableJson(v) === stableJson(actual[i]));
    }
    return stableJson(desired) === stableJson(actual);
}

/** JSON with sorted keys and without empty members, so equal settings compare equal. */
function stableJson(value: unknown): string {
    return JSON.stringify(value, (_key, v) => {
        if (isRecord(v)) {
            const sorted: Record<string, unknown> = {};
            for (const k of Object.keys(v).sort()) {
                if (!isEmptySetting(v[k])) {
                    sorted[k] = v[k];
                }
            }
            return sorted;
        }
        return v;
    });
}
