// The reduced botocore shape format used by model/generated/*-model.ts.
// For string, list and map shapes min/max bound the length; for numbers they bound the value.

/** A "document" holds any JSON value. */
export type ShapeType =
    | "structure" | "list" | "map" | "string" | "integer" | "long" | "float" | "double"
    | "boolean" | "timestamp" | "blob" | "document";

export interface ShapeDef {
    readonly type: ShapeType;
    /** Member name → shape name, in model order. */
    readonly members?: { readonly [member: string]: string };
    readonly required?: readonly string[];
    /** At most one member may be set (a smithy union). */
    readonly union?: boolean;
    /** A modeled error shape. */
    readonly error?: boolean;
    readonly member?: string;
    readonly key?: string;
    readonly value?: string;
    readonly min?: number;
    readonly max?: number;
    /** Java regular expression, as botocore has it (without anchors); matched against the whole value. */
    readonly pattern?: string;
    readonly enum?: readonly string[];
    /** Values of this shape are never printed (AWS's validation messages leave them out). */
    readonly sensitive?: boolean;
}

export interface OperationDef {
    readonly input: string | null;
    readonly output: string | null;
    readonly errors: readonly string[];
}

/** One service's generated shapes and operations, e.g. for validating its requests. */
export interface ServiceModel {
    readonly shapes: { readonly [shape: string]: ShapeDef };
    readonly operations: { readonly [operation: string]: OperationDef };
    /** How the service's validation messages print a pattern; default: anchored with ^…$. */
    readonly messagePattern?: (pattern: string) => string;
}
