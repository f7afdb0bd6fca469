// The drift report: a headline, then per member and per space the settings and tags changed out of
// band, from what the stack's state records to what SageMaker has now, and those that are gone;
// then who joined or left the Identity Center group of a team built from one.
import { SPACE_TYPE, USER_PROFILE_TYPE } from "../engine-events";
import { code, settingsTable } from "../markdown-cells";
import type { Drift, ResourceDrift } from "./drift-events";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Deleted first, then by name. */
const byDeletedThenName = (a: ResourceDrift, b: ResourceDrift) => Number(b.deleted) - Number(a.deleted) || a.name.localeCompare(b.name);

function memberSection(m: ResourceDrift): string[] {
    const out = [`### ${code(m.name)}: ${m.deleted ? "deleted" : "changed"}`, ""];
    if (m.deleted) {
        out.push(`Profile ${code(m.profile ?? m.name)} no longer exists; \`pulumi up --refresh\` creates it again.`, "");
    } else {
        if (m.profile !== undefined && !m.profile.endsWith(`/${m.name}`)) out.push(`Profile ${code(m.profile)}.`, "");
        if (m.changes.some((c) => c.path === "identityCenterAssignment" && c.to === "missing")) {
            out.push("Its user's assignment to the domain's Studio application is gone: they cannot open Studio. The next `pulumi up` assigns them again.", "");
        }
        out.push(...settingsTable(m.changes), "");
    }
    return out;
}

function spaceSection(s: ResourceDrift): string[] {
    const out = [`### ${code(s.name)}: ${s.deleted ? "deleted" : "changed"}`, ""];
    if (s.deleted) {
        out.push(`Space ${code(s.space ?? s.name)} no longer exists; \`pulumi up --refresh\` creates it again, empty: the files of its storage volume are not restored.`, "");
    } else {
        out.push(`Space ${code(s.space ?? s.name)}.`, "", ...settingsTable(s.changes), "");
    }
    return out;
}

function groupSection(r: ResourceDrift): string[] {
    const g = r.group!;
    const out = [`### Team ${code(g.team)}: Identity Center group ${code(g.group)}`, ""];
    for (const user of g.joined) out.push(`- ${code(user)} joined the group: the next \`pulumi up\` creates their profile.`);
    for (const user of g.left) {
        out.push(
            g.removeDepartedMembers
                ? `- ${code(user)} left the group: the next \`pulumi up\` deletes their profile (\`removeDepartedMembers\`).`
                : `- ${code(user)} left the group: the next \`pulumi up\` keeps their profile and stops managing it (\`removeDepartedMembers: true\` deletes it).`,
        );
    }
    return [...out, ""];
}

/** `2 members (1 changed, 1 deleted)`, or nothing for none. */
function counted(items: ResourceDrift[], word: string): string {
    if (items.length === 0) return "";
    const deleted = items.filter((m) => m.deleted).length;
    const counts = [items.length > deleted ? `${items.length - deleted} changed` : "", deleted > 0 ? `${deleted} deleted` : ""].filter(Boolean).join(", ");
    return `${plural(items.length, word)} (${counts})`;
}

function table(items: ResourceDrift[], heading: string): string[] {
    if (items.length === 0) return [];
    const rows = items.map((m) => `| ${code(m.name)} | ${m.deleted ? "deleted" : "changed"} | ${m.deleted ? "—" : m.changes.length} |`);
    return [`| ${heading} | Drift | Settings changed |`, "| --- | --- | --- |", ...rows, ""];
}

export function renderDriftReport(drift: Drift, options: { stack?: string } = {}): string {
    const stack = options.stack ?? drift.stack;
    const out = [`## SageMaker Studio user profiles: drift${stack ? ` of ${code(stack)}` : ""}`, ""];
    const members = drift.resources.filter((r) => r.type === USER_PROFILE_TYPE).sort(byDeletedThenName);
    const spaces = drift.resources.filter((r) => r.type === SPACE_TYPE).sort(byDeletedThenName);
    const groups = drift.resources.filter((r) => r.group !== undefined);
    // A roster is listed with the others for what else changed (its group's assignment), beside its group's section.
    const others = drift.resources.filter((r) => r.type !== USER_PROFILE_TYPE && r.type !== SPACE_TYPE && (r.group === undefined || r.changes.length > 0));
    if (drift.resources.length === 0) {
        out.push("**No drift:** every member is as the stack's state records it.");
        return `${out.join("\n")}\n`;
    }
    const joined = groups.reduce((n, r) => n + r.group!.joined.length, 0);
    const left = groups.reduce((n, r) => n + r.group!.left.length, 0);
    const groupCounts = [joined > 0 ? `${joined} joined` : "", left > 0 ? `${left} left` : ""].filter(Boolean).join(", ");
    const what = [
        counted(members, "member"),
        counted(spaces, "space"),
        groups.length > 0 ? `${plural(groups.length, "Identity Center group")} (${groupCounts})` : "",
        others.length > 0 ? plural(others.length, "other resource") : "",
    ].filter(Boolean);
    const listed = what.length > 1 ? `${what.slice(0, -1).join(", ")} and ${what[what.length - 1]}` : what[0];
    out.push(`**Drift** in ${listed}.`, "");
    out.push(
        "From is what the stack's state records, To what is live now. `pulumi up --refresh` brings them back to what the program says " +
            "(a value SageMaker cannot unset stays, and its preview says so).",
        "",
    );
    out.push(...table(members, "Member"), ...table(spaces, "Space"));
    for (const m of members) out.push(...memberSection(m));
    for (const s of spaces) out.push(...spaceSection(s));
    for (const g of groups) out.push(...groupSection(g));
    if (others.length > 0) {
        out.push("### Other resources", "");
        const what = (r: ResourceDrift) => (r.changes.length > 0 ? `: ${r.changes.map((c) => `${code(c.path)} ${JSON.stringify(c.from ?? null)} → ${JSON.stringify(c.to ?? null)}`).join(", ")}` : "");
        out.push(...others.map((r) => `- ${code(r.name)} (${code(r.type)}): ${r.deleted ? "deleted" : "changed"}${what(r)}`), "");
    }
    return `${out.join("\n").trimEnd()}\n`;
}
