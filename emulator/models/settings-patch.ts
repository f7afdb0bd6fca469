import { isRecord } from "../../model/plain-object";
import { compilePattern } from "../../model/schema/patterns";
import { getShape, memberShape } from "../../model/schema/shape-lookup";
import type { JsonObject } from "./records";

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
export function applySettingsPatch(shapeName: string, current: JsonObject | undefined, patch: JsonObject): JsonObject {
    const shape = getShape(shapeName);
    const merged: JsonObject = { ...(current ?? {}) };
    for (const [member, value] of Object.entries(patch)) {
        const valueShape = memberShape(shape, member);
        if (value === "None" && clearedByNone(valueShape)) {
            delete merged[member];
        } else if (isRecord(value) && valueShape !== undefined && getShape(valueShape)?.type === "structure") {
            const existing = merged[member];
            merged[member] = applySettingsPatch(valueShape, isRecord(existing) ? existing : undefined, value);
        } else {
            merged[member] = value;
        }
    }
    return merged;
}

/**
 * Turning notebook sharing off (NotebookOutputOption Disabled) drops where shared notebooks went,
 * S3OutputPath and S3KmsKeyId, unless the same request sets them.
 */
export function dropSharingDestination(merged: JsonObject, patch: JsonObject): JsonObject {
    const requested = patch.SharingSettings;
    const sharing = merged.SharingSettings;
    if (!isRecord(requested) || requested.NotebookOutputOption !== "Disabled" || !isRecord(sharing)) {
        return merged;
    }
    const kept: JsonObject = { ...(sharing as JsonObject) };
    for (const member of ["S3OutputPath", "S3KmsKeyId"]) {
        if (!(member in requested)) delete kept[member];
    }
    return { ...merged, SharingSettings: kept };
}
