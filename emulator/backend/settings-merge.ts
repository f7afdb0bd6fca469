import type { JsonObject } from "./records";

/** Members whose model pattern admits the literal `None`, which clears them. */
const CLEARED_BY_NONE = new Set(["SageMakerImageVersionArn", "LifecycleConfigArn", "BuiltInLifecycleConfigArn", "TrainingPlanArn"]);

function isObject(value: unknown): value is JsonObject {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Update semantics of settings structures: members absent from the patch stay as they are,
 * nested structures merge member by member, lists are replaced (so `[]` clears one),
 * and `"None"` removes the members that accept it.
 */
export function mergeSettings(current: JsonObject | undefined, patch: JsonObject): JsonObject {
    const merged: JsonObject = { ...(current ?? {}) };
    for (const [member, value] of Object.entries(patch)) {
        if (value === "None" && CLEARED_BY_NONE.has(member)) {
            delete merged[member];
        } else if (isObject(value)) {
            const existing = merged[member];
            merged[member] = mergeSettings(isObject(existing) ? existing : undefined, value);
        } else {
            merged[member] = value;
        }
    }
    return merged;
}
