// A rule's settings: each the JSON schema the engine validates it with, whose default also gives
// the TypeScript type of the value the rule's check receives.
import type { PolicyConfigJSONSchema, PolicyConfigJSONSchemaType } from "@pulumi/policy/schema";

/** One setting of a rule. `default` and `description` are required: a setting works unconfigured and is documented. */
export interface Setting<T extends PolicyConfigJSONSchemaType> extends PolicyConfigJSONSchema {
    readonly default: T;
    readonly description: string;
}

/** A rule's settings by key: the keys its config may have (besides `enforcementLevel`). */
export type Settings = Readonly<Record<string, Setting<PolicyConfigJSONSchemaType>>>;

/** The config a rule's check receives: every setting, given or defaulted. */
export type ConfigOf<S extends Settings> = { readonly [K in keyof S]: S[K]["default"] };

type About<T> = { default: T; description: string };
type Range = Pick<PolicyConfigJSONSchema, "minimum" | "maximum">;
type StringConstraints<V extends string> = Pick<PolicyConfigJSONSchema, "minLength" | "pattern"> & { enum?: V[] };

export function booleanSetting(setting: About<boolean>): Setting<boolean> {
    return { type: "boolean", ...setting };
}

export function integerSetting(setting: About<number> & Range): Setting<number> {
    return { type: "integer", ...setting };
}

export function stringSetting(setting: About<string> & StringConstraints<string>): Setting<string> {
    return { type: "string", ...setting };
}

export function stringListSetting<V extends string = string>(setting: About<NoInfer<V[]>> & { items?: StringConstraints<V>; minItems?: number }): Setting<V[]> {
    const { items, ...rest } = setting;
    return { type: "array", items: { type: "string", ...items }, ...rest };
}

/** An object whose keys are free (domain ids, tag keys) and whose values are strings. */
export function stringMapSetting<V extends string = string>(setting: About<NoInfer<Record<string, V>>> & { values?: StringConstraints<V> }): Setting<Record<string, V>> {
    const { values, ...rest } = setting;
    return { type: "object", additionalProperties: { type: "string", ...values }, ...rest };
}

/** An object whose keys are free (team names) and whose values are integers. */
export function integerMapSetting(setting: About<Record<string, number>> & { values?: Range }): Setting<Record<string, number>> {
    const { values, ...rest } = setting;
    return { type: "object", additionalProperties: { type: "integer", ...values }, ...rest };
}
