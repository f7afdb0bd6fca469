// Safe access to the generated shapes: lookups never fall through to Object.prototype.
import { OPERATIONS, SHAPES, type ShapeName } from "../generated/service-model";
import { hasOwn } from "../plain-object";
import type { ServiceModel, ShapeDef } from "../shape-def";

export const SAGEMAKER_MODEL: ServiceModel = { shapes: SHAPES, operations: OPERATIONS };

export function getShape(name: string, model: ServiceModel = SAGEMAKER_MODEL): ShapeDef | undefined {
    return hasOwn(model.shapes, name) ? model.shapes[name] : undefined;
}

export function isShapeName(name: string): name is ShapeName {
    return hasOwn(SHAPES, name);
}

/** The shape of `member` in structure `shape`, if it has one. */
export function memberShape(shape: ShapeDef | undefined, member: string): string | undefined {
    return shape?.members && hasOwn(shape.members, member) ? shape.members[member] : undefined;
}
