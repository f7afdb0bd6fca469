"use strict";
// The pull-request comment: a headline with the counts, loud warnings for replacements and
// blocking violations, then one section per member with the settings that change and the
// policy results that concern them.
const { settingChanges, formatValue } = require("./changes");

const USER_PROFILE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";
const OPS = { create: "create", update: "update", replace: "replace", "create-replacement": "replace", "delete-replaced": "replace", delete: "delete", same: "unchanged" };
const ORDER = ["replace", "delete", "create", "update", "unchanged"];
const VERB = { create: "to create", update: "to update", replace: "to replace", delete: "to delete" };

/** @param {string} urn */
const nameOf = (urn) => urn.split("::").pop() ?? urn;
const code = (/** @type {string} */ s) => `\`${s.replace(/`/g, "'")}\``;

/**
 * @param {import("./read").PolicyViolation} v
 * @returns {string}
 */
function violationLine(v) {
    const [description, ...rest] = v.message.split("\n");
    const detail = rest.join(" ").trim() || description;
    if (/^can't run policy /.test(description)) {
        return `- ⏳ **not checked in preview** ${code(v.policyName)}: ${detail.replace(/^.* during preview: /, "")}; it is enforced at deploy`;
    }
    const level = v.enforcementLevel === "mandatory" ? "❌ **mandatory**" : v.enforcementLevel === "advisory" ? "⚠️ **advisory**" : `**${v.enforcementLevel}**`;
    const severity = v.severity ? ` (${v.severity})` : "";
    return `- ${level}${severity} ${code(v.policyName)}: ${detail}`;
}

/** @param {import("./read").PolicyViolation[]} vs */
function sortViolations(vs) {
    const rank = (/** @type {import("./read").PolicyViolation} */ v) => (v.enforcementLevel === "mandatory" ? 0 : 1);
    return [...vs].sort((a, b) => rank(a) - rank(b) || a.policyName.localeCompare(b.policyName) || a.message.localeCompare(b.message));
}

/**
 * @param {import("./read").Preview} preview
 * @param {{ title?: string }} [options]
 * @returns {string}
 */
function renderSummary(preview, options = {}) {
    /** @type {Map<string, { urn: string, op: string, step?: import("./read").Step, violations: import("./read").PolicyViolation[] }>} */
    const members = new Map();
    for (const step of preview.steps) {
        if (step.type !== USER_PROFILE) continue;
        const op = /** @type {Record<string, string>} */ (OPS)[step.op] ?? step.op;
        const existing = members.get(step.urn);
        if (!existing || op === "replace") members.set(step.urn, { urn: step.urn, op, step: existing?.step && op === "replace" && step.op !== "replace" ? existing.step : step, violations: [] });
    }
    const elsewhere = [];
    for (const v of preview.violations) {
        const member = members.get(v.urn);
        if (member) member.violations.push(v);
        else if (v.urn.includes(`::${USER_PROFILE}::`)) members.set(v.urn, { urn: v.urn, op: "unchanged", violations: [v] });
        else elsewhere.push(v);
    }
    const list = [...members.values()]
        .filter((m) => m.op !== "unchanged" || m.violations.length > 0)
        .sort((a, b) => ORDER.indexOf(a.op) - ORDER.indexOf(b.op) || nameOf(a.urn).localeCompare(nameOf(b.urn)));

    const counts = Object.entries(VERB)
        .map(([op, verb]) => [list.filter((m) => m.op === op).length, verb])
        .filter(([n]) => n > 0)
        .map(([n, verb]) => `${n} ${verb}`);
    const mandatory = preview.violations.filter((v) => v.enforcementLevel === "mandatory").length;
    const advisory = preview.violations.length - mandatory;

    const out = [`## ${options.title ?? "SageMaker Studio user profiles: preview"}`, ""];
    out.push(`**Members:** ${counts.length > 0 ? counts.join(", ") : "no changes"}. ` +
        `**Policy:** ${mandatory} mandatory, ${advisory} advisory.`);
    out.push("");
    if (mandatory > 0 || preview.failed) {
        out.push("> [!CAUTION]");
        out.push(mandatory > 0
            ? `> **${mandatory} mandatory policy violation${mandatory === 1 ? "" : "s"}: this change cannot be deployed until ${mandatory === 1 ? "it is" : "they are"} fixed.**`
            : "> **The preview failed; see the job log.**");
        out.push("");
    }
    for (const m of list.filter((x) => x.op === "replace")) {
        const why = m.step?.replaceReasons.length ? ` because ${m.step.replaceReasons.map(code).join(", ")} changes` : "";
        out.push("> [!WARNING]");
        out.push(`> **${code(nameOf(m.urn))} will be replaced**${why}: the profile is deleted and created again, ` +
            "and the member loses access to the files in their EFS home directory (the new profile gets a new home).");
        out.push("");
    }
    if (list.length > 0) {
        out.push("| Member | Change | Settings changed | Policy |", "| --- | --- | --- | --- |");
        for (const m of list) {
            const n = m.step && m.op !== "delete" ? settingChanges(m.step.oldInputs, m.step.newInputs).length : 0;
            const mand = m.violations.filter((v) => v.enforcementLevel === "mandatory").length;
            const policy = m.violations.length === 0 ? "✅" : [mand > 0 ? `❌ ${mand}` : "", m.violations.length - mand > 0 ? `⚠️ ${m.violations.length - mand}` : ""].filter(Boolean).join(" ");
            out.push(`| ${code(nameOf(m.urn))} | ${m.op} | ${m.op === "delete" ? "—" : n} | ${policy} |`);
        }
        out.push("");
    }
    for (const m of list) {
        out.push(`### ${code(nameOf(m.urn))}: ${m.op}`, "");
        const profileName = m.step?.newInputs?.userProfileName ?? m.step?.oldInputs?.userProfileName;
        if (typeof profileName === "string" && profileName !== nameOf(m.urn)) out.push(`Profile ${code(profileName)}.`, "");
        if (m.step && m.op !== "delete") {
            const changes = settingChanges(m.step.oldInputs, m.step.newInputs);
            if (changes.length > 0) {
                out.push("| Setting | From | To |", "| --- | --- | --- |");
                for (const c of changes) out.push(`| ${code(c.path)} | ${formatValue(c.from)} | ${formatValue(c.to)} |`);
                out.push("");
            }
        }
        if (m.violations.length > 0) out.push(...sortViolations(m.violations).map(violationLine), "");
    }
    if (elsewhere.length > 0) {
        out.push("### Stack and teams", "");
        out.push(...sortViolations(elsewhere).map((v) => `${violationLine(v)} (${code(nameOf(v.urn))})`), "");
    }
    return `${out.join("\n").trimEnd()}\n`;
}

module.exports = { renderSummary };
