"use strict";
// Reads what `pulumi preview` writes: the `--json` digest (one object with `steps`), or engine
// events as JSON lines (`--json` with PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true, or `--event-log`),
// which also carry the policy events the digest drops. Both become one list of steps and one list
// of policy violations.

/**
 * @typedef {{ op: string, urn: string, type: string, oldInputs?: Record<string, unknown>,
 *             newInputs?: Record<string, unknown>, replaceReasons: string[] }} Step
 * @typedef {{ urn: string, policyName: string, policyPackName: string, enforcementLevel: string,
 *             severity?: string, message: string }} PolicyViolation
 * @typedef {{ steps: Step[], violations: PolicyViolation[], failed: boolean }} Preview
 */

/** @returns {Preview} */
function emptyPreview() {
    return { steps: [], violations: [], failed: false };
}

/** @param {string} text @returns {unknown[]} */
function parseDocuments(text) {
    const trimmed = text.trim();
    if (trimmed === "") return [];
    try {
        return [JSON.parse(trimmed)];
    } catch {
        return trimmed.split("\n").filter((line) => line.trim() !== "").map((line, i) => {
            try {
                return JSON.parse(line);
            } catch (e) {
                throw new Error(`line ${i + 1} is not JSON: ${/** @type {Error} */ (e).message}`);
            }
        });
    }
}

/** @param {any} step @returns {Step} */
function fromDigestStep(step) {
    return {
        op: step.op,
        urn: step.urn,
        type: (step.newState ?? step.oldState)?.type ?? typeOf(step.urn),
        oldInputs: step.oldState?.inputs,
        newInputs: step.newState?.inputs,
        replaceReasons: step.replaceReasons ?? [],
    };
}

/** @param {any} metadata @returns {Step} */
function fromEventStep(metadata) {
    return {
        op: metadata.op,
        urn: metadata.urn,
        type: metadata.type ?? typeOf(metadata.urn),
        oldInputs: metadata.old?.inputs,
        newInputs: metadata.new?.inputs,
        replaceReasons: metadata.keys ?? [],
    };
}

/** The type token in `urn:pulumi:stack::project::[parent$]type::name`. */
function typeOf(urn) {
    const parts = urn.split("::");
    const qualified = parts[2] ?? "";
    return qualified.split("$").pop() ?? qualified;
}

/**
 * Merges any number of preview outputs; a step seen twice (digest and events) is kept once.
 * @param {string[]} texts
 * @returns {Preview}
 */
function readPreview(texts) {
    const preview = emptyPreview();
    const seen = new Set();
    const addStep = (/** @type {Step} */ step) => {
        const key = `${step.op} ${step.urn}`;
        if (!seen.has(key)) {
            seen.add(key);
            preview.steps.push(step);
        }
    };
    const violationKeys = new Set();
    for (const text of texts) {
        for (const doc of parseDocuments(text)) {
            const d = /** @type {any} */ (doc);
            if (Array.isArray(d?.steps)) {
                d.steps.forEach((/** @type {any} */ s) => addStep(fromDigestStep(s)));
                if ((d.diagnostics ?? []).some((/** @type {any} */ x) => x.severity === "error")) preview.failed = true;
            } else if (d?.resourcePreEvent) {
                addStep(fromEventStep(d.resourcePreEvent.metadata));
            } else if (d?.policyEvent) {
                const p = d.policyEvent;
                const violation = {
                    urn: p.resourceUrn ?? "",
                    policyName: p.policyName,
                    policyPackName: p.policyPackName,
                    enforcementLevel: p.enforcementLevel,
                    severity: p.severity || undefined,
                    message: String(p.message ?? "").trim(),
                };
                const key = JSON.stringify(violation);
                if (!violationKeys.has(key)) {
                    violationKeys.add(key);
                    preview.violations.push(violation);
                }
            } else if (d?.summaryEvent?.result === "failed" || d?.diagnosticEvent?.severity === "error") {
                preview.failed = true;
            }
        }
    }
    return preview;
}

module.exports = { readPreview };
