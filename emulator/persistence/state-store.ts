import * as fs from "node:fs";
import * as path from "node:path";
import { emptyRegionState, STATE_SCHEMA_VERSION, type RegionState } from "../backend/records";
import { writeFileAtomically } from "./atomic-file";

/** Where each account's per-region state lives. */
export interface StateStore {
    load(accountId: string, region: string): RegionState;
    save(accountId: string, region: string, state: RegionState): void;
}

const SAFE_SEGMENT = /^[a-z0-9-]+$/;

/** `<stateDir>/<account>/<region>/state.json`, replaced atomically on every acknowledged write. */
export class FileStateStore implements StateStore {
    constructor(private readonly stateDir: string) {}

    private fileFor(accountId: string, region: string): string {
        if (!SAFE_SEGMENT.test(accountId) || !SAFE_SEGMENT.test(region)) {
            throw new Error(`Refusing unsafe state path segment: ${accountId}/${region}`);
        }
        return path.join(this.stateDir, accountId, region, "state.json");
    }

    /** Reads every stored region of an account, so that a damaged file stops the start-up instead of a later call. */
    verify(accountId: string): void {
        const accountDir = path.join(this.stateDir, accountId);
        if (!fs.existsSync(accountDir)) return;
        for (const region of fs.readdirSync(accountDir)) {
            if (SAFE_SEGMENT.test(region) && fs.existsSync(this.fileFor(accountId, region))) this.load(accountId, region);
        }
    }

    load(accountId: string, region: string): RegionState {
        const file = this.fileFor(accountId, region);
        let text: string;
        try {
            text = fs.readFileSync(file, "utf8");
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyRegionState();
            throw error;
        }
        // An unreadable file is never silently replaced by an empty state.
        let state: RegionState;
        try {
            state = JSON.parse(text) as RegionState;
        } catch (error) {
            throw new Error(`${file} is not valid JSON (${(error as Error).message}); fix or remove it`);
        }
        if (state.schemaVersion !== STATE_SCHEMA_VERSION) {
            throw new Error(`${file}: unsupported schemaVersion ${String(state.schemaVersion)}`);
        }
        return state;
    }

    save(accountId: string, region: string, state: RegionState): void {
        writeFileAtomically(this.fileFor(accountId, region), JSON.stringify(state));
    }
}

/** No state directory: state lives as long as the process. */
export class MemoryStateStore implements StateStore {
    private readonly saved = new Map<string, string>();

    load(accountId: string, region: string): RegionState {
        const text = this.saved.get(`${accountId}/${region}`);
        return text ? (JSON.parse(text) as RegionState) : emptyRegionState();
    }

    save(accountId: string, region: string, state: RegionState): void {
        this.saved.set(`${accountId}/${region}`, JSON.stringify(state));
    }
}
