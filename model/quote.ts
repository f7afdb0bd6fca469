// User values quoted in messages: JSON-like, never longer than a screenful, never throwing
// (bigints, cycles, getters that throw), so that hostile input cannot make an error message
// the size of the input.
const MAX_QUOTED = 200;

/** `value` as JSON, cut to a bounded length with the original length noted. */
export function quoteValue(value: unknown, max = MAX_QUOTED): string {
    let text: string;
    try {
        text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value));
    } catch {
        text = Array.isArray(value) ? "[…]" : typeof value === "object" && value !== null ? "{…}" : String(value);
    }
    const chars = [...text.slice(0, max * 2 + 2)];
    if (chars.length <= max) return text;
    const length = typeof value === "string" ? ` (${[...value].length} characters)` : "";
    return `${chars.slice(0, max).join("")}…${length}`;
}
