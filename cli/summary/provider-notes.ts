// What the provider says about a member during preview, read back from the diagnostics the engine
// relays (one per line the provider prints, attached to the stack rather than the resource):
// adoption reviews, old → new, and settings SageMaker keeps although the program no longer sets
// them, for profiles and spaces. The texts are those of provider/lifecycle/record/adoption.ts and
// provider/lifecycle/kept-settings.ts; test/cli/summary-notes.test.ts makes them with the
// provider's own code.

interface AdoptionChange {
    path: string;
    /** The value as the provider quotes it; undefined for `(not set)`. */
    from?: string;
    /** The value as the provider quotes it; undefined for `(removed)`. */
    to?: string;
}

/** What a note is about: a user profile or a space, by its id `<domain id>/<name>`. */
export interface NoteSubject {
    resource: "profile" | "space";
    id: string;
}

export type ProviderNote =
    | ({ kind: "adoption"; takeover: boolean; changes: AdoptionChange[] } & NoteSubject)
    | ({ kind: "kept"; path: string; text: string } & NoteSubject);

/** One line of a diagnostic, with the stream (severity) it came on: a review's lines share one. */
export interface DiagnosticLine {
    stream: string;
    text: string;
}

const SUBJECT = String.raw`(?:warning: )?(user profile|space) ([^\s/]+/[^\s/:]+): `;
const ADOPTING = new RegExp(
    `^${SUBJECT}adopting the existing (?:profile|space)( from the stack that owned it)?; ` +
        `(up will change what the program does not say:|it already matches the program, so up only adds this stack's owner tag)$`,
);
const KEPT = new RegExp(`^${SUBJECT}(.+?) (is no longer set in the program, but SageMaker keeps .+)$`);

const subject = (match: RegExpExecArray): NoteSubject => ({ resource: match[1] === "space" ? "space" : "profile", id: match[2] });
const IDENTIFIER = String.raw`[A-Za-z_$][\w$]*`;
const INDEX = String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*")\]`;
const CHANGE = new RegExp(String.raw`^\s+((?:${IDENTIFIER}|${INDEX})(?:\.${IDENTIFIER}|${INDEX})*): (.+)$`);
const ARROW = " → ";
const NOT_SET = new Set(["(not set)", "(removed)"]);

/** Whether `text` is one value as the provider prints it: quoted (maybe cut short) or not set. */
function isShownValue(text: string): boolean {
    if (NOT_SET.has(text) || /…( \(\d+ characters\))?$/.test(text)) return true;
    try {
        JSON.parse(text);
        return true;
    } catch {
        return false;
    }
}

/** `old → new`, split at the arrow that leaves a value on both sides (a value may hold an arrow). */
function splitChange(path: string, text: string): AdoptionChange {
    const shown = (s: string) => (NOT_SET.has(s) ? undefined : s);
    for (let at = text.indexOf(ARROW); at !== -1; at = text.indexOf(ARROW, at + 1)) {
        const from = text.slice(0, at);
        const to = text.slice(at + ARROW.length);
        if (isShownValue(from) && isShownValue(to)) return { path, from: shown(from), to: shown(to) };
    }
    return { path, to: text };
}

export function providerNotes(lines: Iterable<DiagnosticLine>): ProviderNote[] {
    const notes: ProviderNote[] = [];
    /** The review whose change lines follow, per stream. */
    const reviewing = new Map<string, Extract<ProviderNote, { kind: "adoption" }>>();
    for (const { stream, text } of lines) {
        const change = reviewing.has(stream) ? CHANGE.exec(text) : null;
        if (change) {
            reviewing.get(stream)!.changes.push(splitChange(change[1], change[2]));
            continue;
        }
        reviewing.delete(stream);
        const adopting = ADOPTING.exec(text);
        if (adopting) {
            const note = { kind: "adoption" as const, ...subject(adopting), takeover: adopting[3] !== undefined, changes: [] };
            notes.push(note);
            if (adopting[4].startsWith("up will change")) reviewing.set(stream, note);
            continue;
        }
        const kept = KEPT.exec(text);
        if (kept) notes.push({ kind: "kept", ...subject(kept), path: kept[3], text: kept[4] });
    }
    return notes;
}
