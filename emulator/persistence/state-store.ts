import * as fs from "node:fs";
import * as path from "node:path";
import { IDENTITY_CENTER_SCHEMA_VERSION, type IdentityCenterState } from "../models/identity-center/records";
import { emptyRegionState, STATE_SCHEMA_VERSION, type RegionState } from "../models/records";
import { readStateFile, writeStateFile } from "./state-file";

/**
 * Where each account's state lives: SageMaker state per region, Identity Center state once per
 * account (the real service belongs to the organization, not to a region).
 */
export interface StateStore {
    load(accountId: string, region: string): RegionState;
    save(accountId: string, region: string, state: RegionState): void;
    /** The regions of the account that have stored SageMaker state. */
    regions(accountId: string): string[];
    /** Undefined until the account's Identity Center state is first saved. */
    loadIdentityCenter(accountId: string): IdentityCenterState | undefined;
    saveIdentityCenter(accountId: string, state: IdentityCenterState): void;
}

const SAFE_SEGMENT = /^[a-z0-9-]+$/;

/**
 * `<stateDir>/<account>/<region>/state.json` and `<stateDir>/<account>/identity-center.json`,
 * each replaced atomically on every acknowledged write.
 */
export class FileStateStore implements StateStore {
    constructor(private readonly stateDir: string) {}

    private accountDir(accountId: string): string {
        if (!SAFE_SEGMENT.test(accountId)) throw new Error(`Refusing unsafe state path segment: ${accountId}`);
        return path.join(this.stateDir, accountId);
    }

    private fileFor(accountId: string, region: string): string {
        if (!SAFE_SEGMENT.test(region)) throw new Error(`Refusing unsafe state path segment: ${accountId}/${region}`);
        return path.join(this.accountDir(accountId), region, "state.json");
    }

    private identityCenterFile(accountId: string): string {
        return path.join(this.accountDir(accountId), "identity-center.json");
    }

    /** Reads every stored file of an account, so that a damaged file stops the start-up instead of a later call. */
    verify(accountId: string): void {
        for (const region of this.regions(accountId)) this.load(accountId, region);
        this.loadIdentityCenter(accountId);
    }

    regions(accountId: string): string[] {
        const accountDir = this.accountDir(accountId);
        if (!fs.existsSync(accountDir)) return [];
        return fs
            .readdirSync(accountDir)
            .filter((region) => SAFE_SEGMENT.test(region) && fs.existsSync(this.fileFor(accountId, region)));
    }

    load(accountId: string, region: string): RegionState {
        return readStateFile<RegionState>(this.fileFor(accountId, region), STATE_SCHEMA_VERSION) ?? emptyRegionState();
    }

    save(accountId: string, region: string, state: RegionState): void {
        writeStateFile(this.fileFor(accountId, region), state);
    }

    loadIdentityCenter(accountId: string): IdentityCenterState | undefined {
        return readStateFile<IdentityCenterState>(this.identityCenterFile(accountId), IDENTITY_CENTER_SCHEMA_VERSION);
    }

    saveIdentityCenter(accountId: string, state: IdentityCenterState): void {
        writeStateFile(this.identityCenterFile(accountId), state);
    }
}

/** No state directory: state lives as long as the process. */
export class MemoryStateStore implements StateStore {
    private readonly regionStates = new Map<string, string>();
    private readonly identityCenterStates = new Map<string, string>();

    load(accountId: string, region: string): RegionState {
        const text = this.regionStates.get(`${accountId}/${region}`);
        return text ? (JSON.parse(text) as RegionState) : emptyRegionState();
    }

    save(accountId: string, region: string, state: RegionState): void {
        this.regionStates.set(`${accountId}/${region}`, JSON.stringify(state));
    }

    regions(accountId: string): string[] {
        const prefix = `${accountId}/`;
        return [...this.regionStates.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    }

    loadIdentityCenter(accountId: string): IdentityCenterState | undefined {
        const text = this.identityCenterStates.get(accountId);
        return text ? (JSON.parse(text) as IdentityCenterState) : undefined;
    }

    saveIdentityCenter(accountId: string, state: IdentityCenterState): void {
        this.identityCenterStates.set(accountId, JSON.stringify(state));
    }
}
