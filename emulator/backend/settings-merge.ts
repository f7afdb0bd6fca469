import { getShape, memberShape } from "../../model/model";
import { compilePattern } from "../../model/patterns";
import type { JsonObject } from "./records";

function isObject(value: unknown): value is JsonObject {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `"None"` clears a member when its shape's pattern admits that literal (image version, lifecycle config, training plan ARNs). */
function clearedByNone(shapeName: string | undefined): boolean {
    const pattern = shapeName === undefined ? undefined : getShape(shapeName)?.pattern;
    return pattern !== undefined && compilePattern(pattern)?.test("None") === true;
}

/**
 * The service's update semantics for a settings structure of shape `shapeName`: members absent
 * from the patch stay as they are, nested structures merge member by member, lists are replaced
 * (so `[]` clears one), and `"None"` removes the members that accept it.
 */
export function mergeSettings(shapeName: string, current: JsonObject | undefined, patch: JsonObject): JsonObject {
    const shape = getShape(shapeName);
    const merged: JsonObject = { ...(current ?? {}) };
    for (const [member, value] of Object.entries(patch)) {
        const valueShape = memberShape(shape, member);
        if (value === "None" && clearedByNone(valueShape)) {
            delete merged[member];
        } else if (isObject(value) && valueShape !== undefined && getShape(valueShape)?.type === "structure") {
            const existing = merged[member];
            merged[member] = mergeSettings(valueShape, isObject(existing) ? existing : undefined, value);
        } else {
            merged[member] = value;
        }
    }
    return merged;
}
