// The pull-request comment: a headline with the counts, loud warnings for blocking violations,
// replacements and the storage a delete loses (a deleted profile's private spaces, a deleted or
// replaced space), then one section per member and per space with the settings that change (for an
// adoption, the live resource's old → new), who gains or loses access to Studio, what SageMaker
// keeps, and the policy results that concern them.
import { isKnownString, nameOf } from "../engine-events";
import { changesTable, code, settingsTable, shownCell } from "../markdown-cells";
import { settingChanges, type SettingChange } from "../setting-changes";
import type { Blockers } from "../../gateway/blockers";
import type { DataLoss } from "./data-loss";
import { deletes, spacesDeletedByTheProgram, stackViolations, summaryMembers, type Member } from "./members";
import { accessOfMembers, type AccessChange } from "./access-change";
import { deleteAppsLine, runningAppsLine } from "./running-apps";
import { spaceLine, spaceLossWarning } from "./space-facts";
import type { PolicyViolation, Preview } from "./preview-reading";

export const DEFAULT_TITLE = "SageMaker Studio user profiles: preview";

/** Headline counts, in this order. */
const VERB: Partial<Record<Member["change"], string>> = {
    create: "to create",
    adopt: "to adopt",
    update: "to update",
    replace: "to replace",
    delete: "to delete",
    forget: "to forget (kept in SageMaker)",
};

function violationLine(v: PolicyViolation): string {
    const [description, ...rest] = v.message.split("\n");
    const detail = rest.join(" ").trim() || description;
    if (/^can't run policy /.test(description)) {
        return `- ⏳ **not checked in preview** ${code(v.policyName)}: ${detail.replace(/^.* during preview: /, "")}; it is enforced at deploy`;
    }
    const level = v.enforcementLevel === "mandatory" ? "❌ **mandatory**" : v.enforcementLevel === "advisory" ? "⚠️ **advisory**" : `**${v.enforcementLevel}**`;
    const severity = v.severity ? ` (${v.severity})` : "";
    return `- ${level}${severity} ${code(v.policyName)}: ${detail}`;
}

function sortViolations(vs: readonly PolicyViolation[]): PolicyViolation[] {
    const rank = (v: PolicyViolation) => (v.enforcementLevel === "mandatory" ? 0 : 1);
    return [...vs].sort((a, b) => rank(a) - rank(b) || a.policyName.localeCompare(b.policyName) || a.message.localeCompare(b.message));
}

const isMandatory = (v: PolicyViolation) => v.enforcementLevel === "mandatory";
const isProfile = (m: Member) => m.resource === "profile";
const isSpace = (m: Member) => m.resource === "space";

/** `2 to create, 1 to delete`; `lost` is appended to the counts that delete. */
function countsOf(list: readonly Member[], lost = ""): string[] {
    return Object.entries(VERB)
        .map(([change, verb]) => [change, list.filter((m) => m.change === change).length, verb] as const)
        .filter(([, n]) => n > 0)
        .map(([change, n, verb]) => `${n} ${verb}${lost && (change === "delete" || change === "replace") ? ` ${lost}` : ""}`);
}

/** The settings a member's change sets, from → to (none when the provider found nothing to change). */
function changedSettings(m: Member): SettingChange[] {
    return m.step && m.change !== "unchanged" && m.change !== "delete" ? settingChanges(m.step.oldInputs, m.step.newInputs) : [];
}

/** What deleting a profile takes with it beyond what the program's own Space resources delete (called out apart). */
function cascade(blockers: Blockers, deletedSpaces: ReadonlySet<string>, domainId: string): Blockers {
    const elsewhere = (name: string | undefined) => !deletedSpaces.has(`${domainId}/${name ?? ""}`.toLowerCase());
    return {
        spaces: blockers.spaces.filter((s) => elsewhere(s.SpaceName)),
        apps: blockers.apps.filter((a) => a.SpaceName === undefined || elsewhere(a.SpaceName)),
        sharedSpaces: blockers.sharedSpaces ?? [],
    };
}

const losesAnything = (b: Blockers) => b.apps.length + b.spaces.length + b.sharedSpaces.length > 0;

/** The loud call-out of what deleting a member's profile takes with it, or what stops the delete. */
function dataLossWarning(m: Member, blockers: Blockers): string[] {
    const { spaces, apps, sharedSpaces } = blockers;
    const verb = m.change === "replace" ? "Replacing" : "Deleting";
    const spaceList = spaces.map((s) => code(s.SpaceName ?? "")).join(", ");
    const lines = [sharedSpaces.length > 0 && spaces.length + apps.length === 0 ? "> [!CAUTION]" : "> [!WARNING]"];
    if (spaces.length > 0) {
        lines.push(
            `> **${verb} ${code(m.name)} loses ${spaces.length === 1 ? "the private space" : `${spaces.length} private spaces:`} ${spaceList} ` +
                `and the files on ${spaces.length === 1 ? "its storage volume" : "their storage volumes"}.**`,
        );
    } else if (apps.length > 0) {
        lines.push(`> **${verb} ${code(m.name)} stops its running apps.**`);
    }
    if (apps.length > 0) lines.push(runningAppsLine(apps, true));
    if (spaces.length + apps.length > 0) lines.push(deleteAppsLine("member"));
    if (sharedSpaces.length > 0) {
        const names = sharedSpaces.map((s) => code(s.SpaceName ?? "")).join(", ");
        lines.push(
            `> **${verb} ${code(m.name)} fails: ${sharedSpaces.length === 1 ? "the shared space" : "the shared spaces"} ${names} ${sharedSpaces.length === 1 ? "names" : "name"} it as owner**, ` +
                "and `deleteApps` never deletes a shared space: delete it, or manage it in the program, before this change deploys.",
        );
    }
    return [...lines, ""];
}

/** One line on the look-up itself: not done, failed, or done with nothing to lose. */
function dataLossStatus(dataLoss: DataLoss, losing: readonly Member[], spacesCalledOut: boolean): string | undefined {
    if (losing.length === 0) return undefined;
    if (!dataLoss.looked) {
        return "_The apps and private spaces of deleted and replaced members were not looked up: run `sagemaker-studio summary` with `--region`, `--endpoint-url` or `--profile` to call out the storage a delete loses._";
    }
    if (dataLoss.failure !== undefined) {
        return `⚠️ **Could not look up the apps and private spaces of deleted and replaced members:** ${dataLoss.failure.replace(/\s+/g, " ")}`;
    }
    const found = losing.some((m) => {
        const b = dataLoss.found.get(m.key);
        return b !== undefined && losesAnything(b);
    });
    if (found) return undefined;
    return spacesCalledOut
        ? "Beyond the spaces above, no deleted or replaced member has a private space or a running app."
        : "No deleted or replaced member has a private space or a running app.";
}

function memberSection(m: Member, access: readonly AccessChange[]): string[] {
    const out = [`### ${code(m.name)}: ${m.change}`, ""];
    if (isSpace(m)) {
        out.push(spaceLine(m), "");
    } else {
        const profileName = [m.step?.newInputs?.userProfileName, m.step?.oldInputs?.userProfileName].find(isKnownString);
        if (profileName !== undefined && profileName !== m.name) out.push(`Profile ${code(profileName)}.`, "");
    }
    if (m.adoption) {
        const from = m.adoption.takeover ? " from the stack that owned it" : "";
        const what = `${m.adoption.resource} ${code(m.adoption.id)}`;
        if (m.adoption.changes.length === 0) {
            out.push(`Adopts the existing ${what}${from}; it already matches the program, so \`up\` only adds this stack's owner tag.`, "");
        } else {
            out.push(`Adopts the existing ${what}${from}; \`up\` changes what the program does not say:`, "");
            out.push(...changesTable(m.adoption.changes.map((c) => ({ path: c.path, from: shownCell(c.from), to: shownCell(c.to) }))), "");
        }
    } else {
        const changes = changedSettings(m);
        if (changes.length > 0) out.push(...settingsTable(changes), "");
    }
    if (access.length > 0) out.push(...access.map((a) => a.line), "");
    if (m.kept.length > 0) out.push(...m.kept.map((k) => `- ⚠️ **kept by SageMaker** ${code(k.path)} ${k.text}`), "");
    if (m.violations.length > 0) out.push(...sortViolations(m.violations).map(violationLine), "");
    return out;
}

/** ` **Access:** 1 granted, 1 removed.` for the Identity Center assignments the change makes or removes. */
function accessCounts(all: readonly AccessChange[]): string {
    const granted = all.filter((a) => a.direction === "grant").length;
    const removed = all.filter((a) => a.direction === "revoke").length;
    const parts = [granted > 0 ? `${granted} granted` : "", removed > 0 ? `${removed} removed` : ""].filter(Boolean);
    return parts.length > 0 ? ` **Access:** ${parts.join(", ")}.` : "";
}

/** `| Member | Change | Settings changed | Policy |` (or `Space`), one row each. */
function overviewTable(heading: string, list: readonly Member[]): string[] {
    if (list.length === 0) return [];
    const out = [`| ${heading} | Change | Settings changed | Policy |`, "| --- | --- | --- | --- |"];
    for (const m of list) {
        const mand = m.violations.filter(isMandatory).length;
        const others = m.violations.length - mand;
        const policy = m.violations.length === 0 ? "✅" : [mand > 0 ? `❌ ${mand}` : "", others > 0 ? `⚠️ ${others}` : ""].filter(Boolean).join(" ");
        const change = m.change === "forget" ? "forget — kept" : m.change;
        out.push(`| ${code(m.name)} | ${change} | ${m.change === "delete" || m.change === "forget" ? "—" : (m.adoption?.changes ?? changedSettings(m)).length} | ${policy} |`);
    }
    return [...out, ""];
}

export function renderSummary(preview: Preview, options: { title?: string; dataLoss?: DataLoss } = {}): string {
    const all = summaryMembers(preview);
    const movedAway = options.dataLoss?.looked ? options.dataLoss.movedAway : undefined;
    for (const m of all) {
        if (m.change === "delete" && movedAway?.has(m.key)) {
            m.change = "forget";
            m.movedAway = true;
        }
    }
    const list = all.filter(isProfile);
    const spaces = all.filter(isSpace);
    const dataLoss = options.dataLoss ?? { looked: false };
    const counts = countsOf(list);
    const spaceCounts = countsOf(spaces, "(storage lost)");
    const mandatory = preview.violations.filter(isMandatory).length;
    const advisory = preview.violations.length - mandatory;

    const out = [`## ${options.title ?? DEFAULT_TITLE}`, ""];
    const spacesPart = spaceCounts.length > 0 ? ` **Spaces:** ${spaceCounts.join(", ")}.` : "";
    const access = accessOfMembers(list);
    const accessPart = accessCounts([...access.values()].flat());
    out.push(`**Members:** ${counts.length > 0 ? counts.join(", ") : "no changes"}.${spacesPart}${accessPart} **Policy:** ${mandatory} mandatory, ${advisory} advisory.`);
    out.push("");
    if (mandatory > 0 || preview.failed) {
        out.push("> [!CAUTION]");
        out.push(
            mandatory > 0
                ? `> **${mandatory} mandatory policy violation${mandatory === 1 ? "" : "s"}: this change cannot be deployed until ${mandatory === 1 ? "it is" : "they are"} fixed.**`
                : "> **The preview failed; see the job log.**",
        );
        out.push("");
    }
    for (const m of list.filter((x) => x.change === "replace")) {
        const why = m.step?.replaceReasons.length ? ` because ${m.step.replaceReasons.map(code).join(", ")} changes` : "";
        out.push("> [!WARNING]");
        out.push(
            `> **${code(m.name)} will be replaced**${why}: the profile is deleted and created again, ` +
                "and the member loses access to the files in their EFS home directory (the new profile gets a new home).",
        );
        out.push("");
    }
    for (const m of spaces.filter(deletes)) out.push(...spaceLossWarning(m, dataLoss.looked ? (dataLoss.spaceApps?.get(m.key) ?? []) : []));
    const kept = list.filter((m) => m.change === "forget" && !m.movedAway);
    if (kept.length > 0) {
        out.push("> [!NOTE]");
        const losesAccess = kept.some((m) => access.get(m.key)?.some((a) => a.direction === "revoke"));
        out.push(
            `> **Forgotten, not deleted:** ${kept.map((m) => code(m.name)).join(", ")}. ${kept.length === 1 ? "The profile stays" : "The profiles stay"} in SageMaker ` +
                `with their files and spaces, no longer managed by this stack${losesAccess ? "; the access to the domain's Studio application this stack gave them is removed" : ""}.`,
        );
        out.push("");
    }
    const moved = [...list, ...spaces].filter((m) => m.movedAway);
    if (moved.length > 0) {
        out.push("> [!NOTE]");
        out.push(
            `> **Managed by another stack now:** ${moved.map((m) => code(m.name)).join(", ")} ${moved.length === 1 ? "carries" : "carry"} another stack's owner tag ` +
                "(it took them over): this stack forgets them without deleting anything.",
        );
        out.push("");
    }
    const losing = list.filter(deletes);
    const deletedSpaces = spacesDeletedByTheProgram(spaces);
    const cascades = new Map<string, Blockers>();
    for (const m of losing) {
        const found = dataLoss.looked ? dataLoss.found.get(m.key) : undefined;
        const domainId = m.step?.oldInputs?.domainId;
        const blockers = found && cascade(found, deletedSpaces, isKnownString(domainId) ? domainId : "");
        if (blockers) cascades.set(m.key, blockers);
        if (blockers && losesAnything(blockers)) out.push(...dataLossWarning(m, blockers));
    }
    const status = dataLossStatus(dataLoss.looked && dataLoss.failure === undefined ? { looked: true, found: cascades } : dataLoss, losing, deletedSpaces.size > 0);
    if (status !== undefined) out.push(status, "");
    out.push(...overviewTable("Member", list), ...overviewTable("Space", spaces));
    for (const m of [...list, ...spaces]) out.push(...memberSection(m, access.get(m.key) ?? []));
    const elsewhere = stackViolations(preview);
    if (elsewhere.length > 0) {
        out.push("### Stack and teams", "");
        out.push(...sortViolations(elsewhere).map((v) => `${violationLine(v)} (${code(nameOf(v.urn))})`), "");
    }
    return `${out.join("\n").trimEnd()}\n`;
}
