// Markdown pieces the commands' reports share: names and paths as inline code, values as table
// cells (bounded, with unknowns and secrets named), and the from → to table of settings.
import { quoteValue } from "../model/quote";
import { isUnknown } from "./engine-events";
import { isSpecial, type SettingChange } from "./setting-changes";

/** Longest value shown in a table cell. */
const MAX_CELL = 100;

/** Inline code; a backtick inside would end it, so it becomes a quote. */
export function code(text: string): string {
    return `\`${text.replace(/`/g, "'")}\``;
}

/** Text already quoted (as the provider prints values) for a table cell: `—` when not set. */
export function shownCell(text: string | undefined): string {
    return text === undefined ? "—" : code(text).replace(/\|/g, "\\|");
}

/** A value for a table cell: `—` when not set. */
export function valueCell(v: unknown): string {
    if (v === undefined) return "—";
    if (isUnknown(v)) return "_known after apply_";
    if (typeof v === "object" && v !== null && isSpecial(v)) return "_secret_";
    return shownCell(quoteValue(v, MAX_CELL));
}

/** `| Setting | From | To |` with one row per change, its cells already written. */
export function changesTable(rows: readonly { path: string; from: string; to: string }[]): string[] {
    return ["| Setting | From | To |", "| --- | --- | --- |", ...rows.map((r) => `| ${code(r.path)} | ${r.from} | ${r.to} |`)];
}

/** The table of changed settings, values as cells. */
export function settingsTable(changes: readonly SettingChange[]): string[] {
    return changesTable(changes.map((c) => ({ path: c.path, from: valueCell(c.from), to: valueCell(c.to) })));
}
