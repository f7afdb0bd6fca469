// Message fragments shared by the rules: values and allowed sets, printed the same way everywhere.

export function quote(value: unknown): string {
    return value === undefined ? "not set" : JSON.stringify(value);
}

export function list(values: readonly string[], empty = "none"): string {
    return values.length === 0 ? empty : values.map((v) => JSON.stringify(v)).join(", ");
}
