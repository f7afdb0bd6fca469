// Message fragments shared by the rules: values and allowed sets, printed the same way everywhere
// (the model's quoting, bounded in length).
import { quoteValue } from "pulumi-sagemaker-studio/model";

export function quote(value: unknown): string {
    return value === undefined ? "not set" : quoteValue(value);
}

export function list(values: readonly string[], empty = "none"): string {
    return values.length === 0 ? empty : values.map((v) => quoteValue(v)).join(", ");
}
