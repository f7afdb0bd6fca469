// What the summary says of a space: its id, sharing type, owner and storage size, read from the
// step (the new inputs, else the old ones; the size also from what the last deployment recorded),
// and the loud call-out when the change deletes it: the files on its storage volume are lost (and
// the running apps that stop the delete, when they were looked up).
import type { AppDetails } from "@aws-sdk/client-sagemaker";
import { isKnownString, type Inputs } from "../engine-events";
import { code, valueCell } from "../markdown-cells";
import { settingChanges } from "../setting-changes";
import { deleteAppsLine, runningAppsLine } from "./running-apps";
import { idOf, type Member } from "./members";

interface SpaceFacts {
    id?: string;
    sharing?: string;
    owner?: string;
    sizeGb?: number;
}

function at(inputs: Inputs | undefined, path: readonly string[]): unknown {
    let v: unknown = inputs;
    for (const key of path) v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined;
    return v;
}

const SIZE = ["spaceSettings", "spaceStorageSettings", "ebsStorageSettings", "ebsVolumeSizeInGb"];

/** Of the space the change deletes (`old`) or leaves (`new`). */
function factsOf(m: Member, side: "old" | "new"): SpaceFacts {
    const step = m.step;
    const inputs = side === "old" ? [step?.oldInputs, step?.oldOutputs] : [step?.newInputs, step?.oldInputs];
    const first = (path: readonly string[]) => inputs.map((i) => at(i, path)).find((v) => v !== undefined);
    const sharing = first(["spaceSharingSettings", "sharingType"]);
    const owner = first(["ownershipSettings", "ownerUserProfileName"]);
    const size = [step?.oldOutputs, step?.oldInputs].map((i) => at(i, SIZE)).find((v) => typeof v === "number");
    return {
        id: inputs.map((i) => idOf("space", i)).find((id) => id !== undefined),
        sharing: isKnownString(sharing) ? sharing.toLowerCase() : undefined,
        owner: isKnownString(owner) ? owner : undefined,
        sizeGb: side === "old" && typeof size === "number" ? size : undefined,
    };
}

/** `space `d-…/x` (private, owner `bob`)`. */
function described(facts: SpaceFacts, name: string): string {
    const traits = [facts.sharing, facts.owner !== undefined ? `owner ${code(facts.owner)}` : undefined].filter(Boolean);
    return `space ${code(facts.id ?? name)}${traits.length > 0 ? ` (${traits.join(", ")})` : ""}`;
}

/** The line that opens a space's section. */
export function spaceLine(m: Member): string {
    const text = described(factsOf(m, m.change === "delete" ? "old" : "new"), m.name);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** What stops the delete until the apps are gone, when the look-up found running apps in the space. */
function appsLines(apps: readonly AppDetails[]): string[] {
    return apps.length === 0 ? [] : [runningAppsLine(apps, false), deleteAppsLine("space")];
}

/** The loud call-out of a space the change deletes or replaces (with its running apps, when looked up). */
export function spaceLossWarning(m: Member, apps: readonly AppDetails[] = []): string[] {
    const facts = factsOf(m, "old");
    const volume = `the files on its storage volume${facts.sizeGb !== undefined ? ` (${facts.sizeGb} GB)` : ""} are lost`;
    if (m.change === "delete") {
        return ["> [!WARNING]", `> **The ${described(facts, m.name)} will be deleted: ${volume}.**`, ...appsLines(apps), ""];
    }
    const reasons = m.step?.replaceReasons ?? [];
    const changes = settingChanges(m.step?.oldInputs, m.step?.newInputs).filter((c) => reasons.some((r) => c.path === r || c.path.startsWith(`${r}.`)));
    const why = reasons.length > 0 ? ` because ${reasons.map(code).join(", ")} cannot change in place` : "";
    const lines = ["> [!WARNING]", `> **The ${described(facts, m.name)} will be replaced${why}: it is deleted and created again, and ${volume}.**`];
    for (const c of changes) lines.push(`> ${code(c.path)}: ${valueCell(c.from)} → ${valueCell(c.to)}.`);
    return [...lines, ...appsLines(apps), ""];
}
