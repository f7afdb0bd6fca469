"use strict";
// Which settings a step changes: both input sets flattened to property paths
// (`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType`), compared leaf by leaf.
// Lists are compared whole. Top-level `__` members (the serialized provider, provider
// bookkeeping) are not settings.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** @param {unknown} v */
const isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(SECRET_SIG in v);

/**
 * @param {Record<string, unknown> | undefined} value
 * @returns {Map<string, unknown>}
 */
function flatten(value) {
    /** @type {Map<string, unknown>} */
    const out = new Map();
    const walk = (/** @type {unknown} */ v, /** @type {string} */ path) => {
        if (isPlainObject(v) && Object.keys(/** @type {object} */ (v)).length > 0) {
            for (const [k, child] of Object.entries(/** @type {Record<string, unknown>} */ (v))) {
                if (path === "" && k.startsWith("__")) continue;
                const segment = IDENTIFIER.test(k) ? k : `[${JSON.stringify(k)}]`;
                walk(child, path === "" ? segment : segment.startsWith("[") ? `${path}${segment}` : `${path}.${segment}`);
            }
        } else if (path !== "" && v !== undefined && v !== null) {
            out.set(path, v);
        }
    };
    walk(value ?? {}, "");
    return out;
}

/**
 * @typedef {{ path: string, from?: unknown, to?: unknown }} SettingChange
 * @param {Record<string, unknown> | undefined} oldInputs
 * @param {Record<string, unknown> | undefined} newInputs
 * @returns {SettingChange[]}
 */
function settingChanges(oldInputs, newInputs) {
    const before = flatten(oldInputs);
    const after = flatten(newInputs);
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    return paths
        .filter((p) => JSON.stringify(before.get(p)) !== JSON.stringify(after.get(p)))
        .map((p) => ({ path: p, from: before.get(p), to: after.get(p) }));
}

/** A value for a Markdown table cell. @param {unknown} v */
function formatValue(v) {
    if (v === undefined) return "—";
    if (v === UNKNOWN) return "_known after apply_";
    if (typeof v === "object" && v !== null && SECRET_SIG in v) return "_secret_";
    let text = JSON.stringify(v);
    if (text.length > 100) text = `${text.slice(0, 97)}...`;
    return `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

module.exports = { settingChanges, formatValue };
