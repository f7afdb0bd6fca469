// Reads what `pulumi preview` writes: the `--json` digest (one object with `steps`), or engine
// events as JSON lines, which also carry the policy events the digest drops. Any number of them
// become one list of steps, one of policy violations and one of what the provider said; what two
// outputs of the same preview both hold is kept once.
import { parseDocuments, typeOf, type Inputs } from "../engine-events";
import { providerNotes, type DiagnosticLine, type ProviderNote } from "./provider-notes";

export interface Step {
    op: string;
    urn: string;
    type: string;
    oldInputs?: Inputs;
    /** What the last deployment recorded (a space's storage size, for one). */
    oldOutputs?: Inputs;
    /** The last deployment kept the resource on delete (Pulumi's retainOnDelete option): a delete only forgets it. */
    oldRetained?: boolean;
    newInputs?: Inputs;
    replaceReasons: string[];
}

export interface PolicyViolation {
    urn: string;
    policyName: string;
    policyPackName: string;
    enforcementLevel: string;
    severity?: string;
    message: string;
}

export interface Preview {
    steps: Step[];
    violations: PolicyViolation[];
    notes: ProviderNote[];
    failed: boolean;
}

// The CLI's JSON, typed only as far as it is read.
interface StateLike {
    type?: string;
    retainOnDelete?: boolean;
    inputs?: Inputs;
    outputs?: Inputs;
}

interface DigestStep {
    op: string;
    urn: string;
    oldState?: StateLike;
    newState?: StateLike;
    replaceReasons?: string[];
}

interface Diagnostic {
    message?: string;
    severity?: string;
}

interface Document {
    steps?: DigestStep[];
    diagnostics?: Diagnostic[];
    resourcePreEvent?: { metadata: { op: string; urn: string; type?: string; old?: StateLike; new?: StateLike; keys?: string[] } };
    policyEvent?: Omit<PolicyViolation, "urn"> & { resourceUrn?: string };
    diagnosticEvent?: Diagnostic;
    summaryEvent?: { result?: string };
}

function fromDigestStep(step: DigestStep): Step {
    return {
        op: step.op,
        urn: step.urn,
        type: (step.newState ?? step.oldState)?.type ?? typeOf(step.urn),
        oldInputs: step.oldState?.inputs,
        oldOutputs: step.oldState?.outputs,
        ...(step.oldState?.retainOnDelete === true ? { oldRetained: true } : {}),
        newInputs: step.newState?.inputs,
        replaceReasons: step.replaceReasons ?? [],
    };
}

function fromEventStep(metadata: NonNullable<Document["resourcePreEvent"]>["metadata"]): Step {
    return {
        op: metadata.op,
        urn: metadata.urn,
        type: metadata.type ?? typeOf(metadata.urn),
        oldInputs: metadata.old?.inputs,
        oldOutputs: metadata.old?.outputs,
        ...(metadata.old?.retainOnDelete === true ? { oldRetained: true } : {}),
        newInputs: metadata.new?.inputs,
        replaceReasons: metadata.keys ?? [],
    };
}

/** Each line of a diagnostic the provider may have written (debug output is the engine's own). */
function diagnosticLines(diagnostic: Diagnostic): DiagnosticLine[] {
    if (diagnostic.severity === "debug") return [];
    return String(diagnostic.message ?? "")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((text) => ({ stream: diagnostic.severity ?? "", text: text.trimEnd() }));
}

/** Adds each item whose key was not seen before. */
function addOnce<T>(list: T[], seen: Set<string>, key: string, item: T): void {
    if (!seen.has(key)) {
        seen.add(key);
        list.push(item);
    }
}

export function readPreview(texts: readonly string[]): Preview {
    const preview: Preview = { steps: [], violations: [], notes: [], failed: false };
    const seen = { steps: new Set<string>(), violations: new Set<string>(), notes: new Set<string>() };
    for (const text of texts) {
        const lines: DiagnosticLine[] = [];
        for (const doc of parseDocuments(text) as Document[]) {
            if (Array.isArray(doc?.steps)) {
                for (const step of doc.steps.map(fromDigestStep)) addOnce(preview.steps, seen.steps, `${step.op} ${step.urn}`, step);
                for (const diagnostic of doc.diagnostics ?? []) lines.push(...diagnosticLines(diagnostic));
                if ((doc.diagnostics ?? []).some((x) => x.severity === "error")) preview.failed = true;
            } else if (doc?.resourcePreEvent) {
                const step = fromEventStep(doc.resourcePreEvent.metadata);
                addOnce(preview.steps, seen.steps, `${step.op} ${step.urn}`, step);
            } else if (doc?.policyEvent) {
                const p = doc.policyEvent;
                const violation: PolicyViolation = {
                    urn: p.resourceUrn ?? "",
                    policyName: p.policyName,
                    policyPackName: p.policyPackName,
                    enforcementLevel: p.enforcementLevel,
                    severity: p.severity || undefined,
                    message: String(p.message ?? "").trim(),
                };
                addOnce(preview.violations, seen.violations, JSON.stringify(violation), violation);
            } else if (doc?.diagnosticEvent) {
                lines.push(...diagnosticLines(doc.diagnosticEvent));
                if (doc.diagnosticEvent.severity === "error") preview.failed = true;
            } else if (doc?.summaryEvent?.result === "failed") {
                preview.failed = true;
            }
        }
        for (const note of providerNotes(lines)) addOnce(preview.notes, seen.notes, JSON.stringify(note), note);
    }
    return preview;
}
