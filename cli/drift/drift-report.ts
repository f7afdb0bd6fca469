// The drift report: a headline, then per member the settings and tags changed out of band, from
// what the stack's state records to what SageMaker has now, and the members whose profile is gone.
import { USER_PROFILE_TYPE } from "../engine-events";
import { code, settingsTable } from "../markdown-cells";
import type { Drift, ResourceDrift } from "./drift-events";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function memberSection(m: ResourceDrift): string[] {
    const out = [`### ${code(m.name)}: ${m.deleted ? "deleted" : "changed"}`, ""];
    if (m.deleted) {
        out.push(`Profile ${code(m.profile ?? m.name)} no longer exists; \`pulumi up --refresh\` creates it again.`, "");
    } else {
        if (m.profile !== undefined && !m.profile.endsWith(`/${m.name}`)) out.push(`Profile ${code(m.profile)}.`, "");
        out.push(...settingsTable(m.changes), "");
    }
    return out;
}

export function renderDriftReport(drift: Drift, options: { stack?: string } = {}): string {
    const stack = options.stack ?? drift.stack;
    const out = [`## SageMaker Studio user profiles: drift${stack ? ` of ${code(stack)}` : ""}`, ""];
    const members = drift.resources
        .filter((r) => r.type === USER_PROFILE_TYPE)
        .sort((a, b) => Number(b.deleted) - Number(a.deleted) || a.name.localeCompare(b.name));
    const others = drift.resources.filter((r) => r.type !== USER_PROFILE_TYPE);
    if (drift.resources.length === 0) {
        out.push("**No drift:** every member is as the stack's state records it.");
        return `${out.join("\n")}\n`;
    }
    const deleted = members.filter((m) => m.deleted).length;
    const counts = [members.length > deleted ? `${members.length - deleted} changed` : "", deleted > 0 ? `${deleted} deleted` : ""].filter(Boolean).join(", ");
    const what = [members.length > 0 ? `${plural(members.length, "member")} (${counts})` : "", others.length > 0 ? plural(others.length, "other resource") : ""].filter(Boolean);
    out.push(`**Drift** in ${what.join(" and ")}.`, "");
    out.push(
        "From is what the stack's state records, To what is live now. `pulumi up --refresh` brings them back to what the program says " +
            "(a value SageMaker cannot unset stays, and its preview says so).",
        "",
    );
    if (members.length > 0) {
        out.push("| Member | Drift | Settings changed |", "| --- | --- | --- |");
        for (const m of members) out.push(`| ${code(m.name)} | ${m.deleted ? "deleted" : "changed"} | ${m.deleted ? "—" : m.changes.length} |`);
        out.push("");
    }
    for (const m of members) out.push(...memberSection(m));
    if (others.length > 0) {
        out.push("### Other resources", "");
        out.push(...others.map((r) => `- ${code(r.name)} (${code(r.type)}): ${r.deleted ? "deleted" : "changed"}`), "");
    }
    return `${out.join("\n").trimEnd()}\n`;
}
