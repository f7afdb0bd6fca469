// A violation as a Pulumi user reads it: the property's path in Pulumi names, and a reason that
// says what is allowed ("must be one of …; did you mean …?"), never the service's Java wording.
import { codePointLength } from "./shape-validator";
import type { Violation } from "./shape-validator";
import { hasOwn, isRecord, ownKeysOf } from "../plain-object";
import { quoteValue } from "../quote";
import { toPulumiName, toPulumiSegments, type PathSegment } from "../schema/names";
import { displayPattern } from "../schema/patterns";
import { getShape } from "../schema/shape-lookup";
import type { ShapeDef } from "../shape-def";

/** A problem with one property: where (Pulumi names, list indices, map keys as written) and why. */
export interface PropertyFailure {
    path: PathSegment[];
    reason: string;
}

/** Enums too long to list in a check failure: how to describe them instead. */
const LARGE_ENUMS: Record<string, { label: string; example: string }> = {
    AppInstanceType: { label: "SageMaker app instance types", example: "ml.t3.medium" },
    MlTools: { label: "SageMaker Studio ML tools", example: "DataWrangler" },
};
const LISTED_ENUM_MAX = 12;

function typeName(value: unknown): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return "list";
    return typeof value === "object" ? "structure" : typeof value;
}

function describeType(value: unknown): string {
    const t = typeName(value);
    return t === "number" && !Number.isInteger(value as number) ? "a fractional number" : t;
}

/** What a user reads about one violation. */
export function violationReason(v: Violation): string {
    return reasonFor(v, v.shape === undefined ? undefined : getShape(v.shape));
}

function reasonFor(v: Violation, def: ShapeDef | undefined): string {
    const unit = def?.type === "list" ? "items" : def?.type === "map" ? "entries" : "characters";
    const length = typeof v.value === "string" ? codePointLength(v.value)
        : Array.isArray(v.value) ? v.value.length
        : isRecord(v.value) ? (ownKeysOf(v.value)?.length ?? 0) : undefined;
    const got = length === undefined ? "" : ` (got ${length})`;
    switch (v.kind) {
        case "required":
            return "a value is required";
        case "type":
            if (def?.union && v.constraint.includes("exactly one")) {
                return `must set exactly one of ${Object.keys(def.members ?? {}).map(toPulumiName).join(", ")}`;
            }
            return v.constraint.startsWith("Member must be ")
                ? `must be ${v.constraint.slice("Member must be ".length)} (got ${describeType(v.value)})`
                : v.constraint.replace(/^Member /, "");
        case "length":
            if (def?.min !== undefined && def.max !== undefined && def.min > 0) {
                return `must have between ${def.min} and ${def.max} ${unit}${got}`;
            }
            return v.constraint.includes("less than")
                ? `must have at most ${def?.max} ${unit}${got}`
                : `must have at least ${def?.min} ${unit}${got}`;
        case "range":
            if (def?.min !== undefined && def.max !== undefined) return `must be between ${def.min} and ${def.max} (got ${String(v.value)})`;
            return v.constraint.includes("less than")
                ? `must be at most ${def?.max} (got ${String(v.value)})`
                : `must be at least ${def?.min} (got ${String(v.value)})`;
        case "pattern":
            return `${quoteValue(v.value)} does not match the regular expression ${displayPattern(def?.pattern ?? "")}`;
        case "enum": {
            const values = def?.enum ?? [];
            const hint = v.suggestion !== undefined ? `; did you mean ${v.suggestion}?` : "";
            const large = v.shape !== undefined && hasOwn(LARGE_ENUMS, v.shape) ? LARGE_ENUMS[v.shape] : undefined;
            if (large || values.length > LISTED_ENUM_MAX) {
                const label = large?.label ?? `${v.shape ?? "allowed"} values`;
                const example = large?.example ?? values[0];
                return `${quoteValue(v.value)} is not one of the ${values.length} ${label} (such as ${example})${hint}`;
            }
            return `${quoteValue(v.value)} is not one of ${values.join(", ")}${hint}`;
        }
        case "unknown": {
            const hint = v.suggestion !== undefined ? `; did you mean ${toPulumiName(v.suggestion)}?` : "";
            return `is not a known property${hint}`;
        }
        case "rule":
            return v.constraint;
    }
}

/** The violation's property path in Pulumi names (an unknown member as the user wrote it) and its reason. */
export function describeViolation(v: Violation): PropertyFailure {
    const path = toPulumiSegments(v.path, {
        mapKeys: v.mapKeys,
        verbatimFrom: v.kind === "unknown" ? v.path.length - 1 : undefined,
    });
    return { path, reason: reasonFor(v, v.shape === undefined ? undefined : getShape(v.shape)) };
}
