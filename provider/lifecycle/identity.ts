// What cannot change once a resource exists: its domain, its name (compared without regard to
// letter case, as the service compares names) and the kind's immutable fields. A change in the
// program replaces the resource (diff.ts); an existing record that differs cannot be adopted
// (record/adoption.ts) or taken over after an interrupted create (record/recover.ts).
import { containsUnknown, UNKNOWN } from "./unknowns";
import type { ImmutableField, ResourceKind } from "./kind";

/** The domain, the name, then the kind's own immutable fields. */
function identityFields(kind: ResourceKind): ImmutableField[] {
    return [
        { property: "domainId", path: ["domainId"], describedPath: ["DomainId"] },
        { property: kind.nameProperty, path: [kind.nameProperty], describedPath: [kind.record?.members.name ?? kind.nameProperty], caseInsensitive: true },
        ...kind.immutable,
    ];
}

/** The value at `path`; the unknown sentinel when the walk meets an unknown value on the way. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
    let current = value;
    for (const segment of path) {
        if (current === UNKNOWN) return UNKNOWN;
        if (typeof current !== "object" || current === null) return undefined;
        current = (current as Record<string, unknown>)[segment];
    }
    return current;
}

function sameIdentity(field: ImmutableField, a: unknown, b: unknown): boolean {
    if (field.caseInsensitive && typeof a === "string" && typeof b === "string") {
        return a.toLowerCase() === b.toLowerCase();
    }
    return (a ?? "") === (b ?? "");
}

/** The fields the program changes (a value still unknown counts as a change). */
export function changedIdentity(kind: ResourceKind, olds: object, news: object): ImmutableField[] {
    return identityFields(kind).filter((field) => {
        const next = valueAt(news, field.path);
        if (field.onlyWhenSet && next === undefined) return false;
        return containsUnknown(next) || !sameIdentity(field, valueAt(olds, field.path), next);
    });
}

/** The kind's immutable fields where the record the service describes differs from the inputs. */
export function identityDifferences(kind: ResourceKind, described: object, inputs: object): { field: ImmutableField; has: unknown; wants: unknown }[] {
    return kind.immutable
        .map((field) => ({ field, has: valueAt(described, field.describedPath), wants: valueAt(inputs, field.path) }))
        .filter(({ field, has, wants }) => !(field.onlyWhenSet && wants === undefined) && !sameIdentity(field, has, wants));
}
