import * as fs from "node:fs";
import { writeFileAtomically } from "./atomic-file";

export interface Versioned {
    schemaVersion: number;
}

/**
 * Reads a state file of the given schema version; undefined when there is none. A file that is
 * unreadable or of another version stops the caller: it is never silently replaced by an empty state.
 */
export function readStateFile<T extends Versioned>(file: string, schemaVersion: number): T | undefined {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
    }
    let state: T;
    try {
        state = JSON.parse(text) as T;
    } catch (error) {
        throw new Error(`${file} is not valid JSON (${(error as Error).message}); fix or remove it`);
    }
    if (state.schemaVersion !== schemaVersion) {
        throw new Error(`${file}: unsupported schemaVersion ${String(state.schemaVersion)}`);
    }
    return state;
}

export function writeStateFile(file: string, state: Versioned): void {
    writeFileAtomically(file, JSON.stringify(state));
}
