// Safe access to the generated shapes: lookups never fall through to Object.prototype.
import { SHAPES, type ShapeName } from "../generated/service-model";
import { hasOwn } from "../plain-object";
import type { ShapeDef } from "../shape-def";

export function getShape(name: string): ShapeDef | undefined {
    return hasOwn(SHAPES, name) ? (SHAPES as Record<string, ShapeDef>)[name] : undefined;
}

export function isShapeName(name: string): name is ShapeName {
    return hasOwn(SHAPES, name);
}

/** The shape of `member` in structure `shape`, if it has one. */
export function memberShape(shape: ShapeDef | undefined, member: string): string | undefined {
    return shape?.members && hasOwn(shape.members, member) ? shape.members[member] : undefined;
}
