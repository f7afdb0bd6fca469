// Which settings differ between two input sets: both flattened to property paths
// (`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType`), compared leaf by leaf.
// Lists are compared whole; an empty list or object sets nothing (SageMaker returns no member for
// it), so it compares as not set. Top-level `__` members (the serialized provider, provider
// bookkeeping) are not settings.
import { specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import { formatPath } from "../model/schema/names";
import type { Inputs } from "./engine-events";

export interface SettingChange {
    path: string;
    from?: unknown;
    to?: unknown;
}

/** A secret (or another of the SDK's special values) is one opaque leaf. */
export const isSpecial = (v: object): boolean => specialSigKey in v;

const isSettingsObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !isSpecial(v);
const isEmpty = (v: unknown): boolean => (Array.isArray(v) || isSettingsObject(v)) && Object.keys(v).length === 0;

function flatten(value: Inputs | undefined): Map<string, unknown> {
    const out = new Map<string, unknown>();
    const walk = (v: unknown, path: string[]) => {
        if (v === undefined || v === null || isEmpty(v)) return;
        if (!isSettingsObject(v)) {
            if (path.length > 0) out.set(formatPath(path), v);
            return;
        }
        for (const [key, child] of Object.entries(v)) {
            if (path.length > 0 || !key.startsWith("__")) walk(child, [...path, key]);
        }
    };
    walk(value ?? {}, []);
    return out;
}

export function settingChanges(oldInputs: Inputs | undefined, newInputs: Inputs | undefined): SettingChange[] {
    const before = flatten(oldInputs);
    const after = flatten(newInputs);
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    return paths
        .filter((p) => JSON.stringify(before.get(p)) !== JSON.stringify(after.get(p)))
        .map((p) => ({ path: p, from: before.get(p), to: after.get(p) }));
}
