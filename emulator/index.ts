import { parseFaultRules, parseRateLimits, type FaultRule, type RateLimits } from "./faults/fault-rules";
import type { RequestLogEntry } from "./admin/request-log";
import { parseSeedUser } from "./models/identity-center/seed-users";
import { parseSeedDomain } from "./models/seed-domains";
import { StateLock } from "./persistence/state-lock";
import { FileStateStore, MemoryStateStore, type StateStore } from "./persistence/state-store";
import { SageMakerHttpServer } from "./server";
import { isLoopbackHost } from "./loopback";

export type {
    ClientErrorFault,
    DelayFault,
    FailTransitionFault,
    FaultRule,
    RateLimits,
    ServerErrorFault,
    ThrottleFault,
} from "./faults/fault-rules";
export type { RequestLogEntry } from "./admin/request-log";
export { identityCenterInstance, type IdentityCenterInstance } from "./models/identity-center/instance";

const DEFAULT_ACCOUNT_ID = "123456789012";
export const DEFAULT_LATENCY_MS = 1000;
export const DEFAULT_HOST = "127.0.0.1";

export interface SageMakerLocalOptions {
    /** 0 (the default) picks a free port. */
    port?: number;
    /** Loopback only unless `allowNonLoopback` is set. */
    host?: string;
    allowNonLoopback?: boolean;
    /** Durable state lives here; without it state is kept in memory only. */
    stateDir?: string;
    /** How long Pending/Updating/Deleting last. */
    latencyMs?: number;
    /** Domain ids to create InService, each optionally suffixed `:SSO` and/or `:VpcOnly`. */
    seedDomains?: string[];
    /** Identity store users to create, each optionally suffixed `:group` (repeatable) to put it in groups. */
    seedUsers?: string[];
    accountId?: string;
}

export interface SageMakerLocal {
    readonly url: string;
    readonly port: number;
    stop(): Promise<void>;
    requests(): RequestLogEntry[];
    clearRequests(): void;
    addFaults(rules: FaultRule | FaultRule[]): void;
    clearFaults(): void;
    /** Replaces the per-operation limits (calls per second); `{}` removes them. */
    setRateLimits(limits: RateLimits): void;
}

export async function startSageMakerLocal(options: SageMakerLocalOptions = {}): Promise<SageMakerLocal> {
    const host = options.host ?? DEFAULT_HOST;
    if (!isLoopbackHost(host) && !options.allowNonLoopback) {
        throw new Error(`Refusing to listen on non-loopback host ${host} without allowNonLoopback.`);
    }
    const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
    if (!/^\d{12}$/.test(accountId)) throw new Error(`accountId must be 12 digits, got '${accountId}'`);
    const latencyMs = options.latencyMs ?? DEFAULT_LATENCY_MS;
    if (!(latencyMs >= 0)) throw new Error(`latencyMs must be ≥ 0, got ${latencyMs}`);
    const seedDomains = (options.seedDomains ?? []).map(parseSeedDomain);
    const seedUsers = (options.seedUsers ?? []).map(parseSeedUser);
    const lock = options.stateDir ? StateLock.acquire(options.stateDir) : undefined;
    let store: StateStore;
    if (options.stateDir) {
        const fileStore = new FileStateStore(options.stateDir);
        try {
            fileStore.verify(accountId);
        } catch (error) {
            lock?.release();
            throw error;
        }
        store = fileStore;
    } else {
        store = new MemoryStateStore();
    }
    const server = new SageMakerHttpServer({ accountId, latencyMs, seedDomains, seedUsers, store });
    let address;
    try {
        address = await server.listen(options.port ?? 0, host);
    } catch (error) {
        lock?.release();
        throw error;
    }
    const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
    let stopped: Promise<void> | undefined;
    return {
        url: `http://${urlHost}:${address.port}`,
        port: address.port,
        stop() {
            stopped ??= server.close().then(() => lock?.release());
            return stopped;
        },
        requests: () => server.requestLog.list(),
        clearRequests: () => server.requestLog.clear(),
        addFaults: (rules) => server.faults.add(parseFaultRules(rules)),
        clearFaults: () => server.faults.clear(),
        setRateLimits: (limits) => server.rateLimits.set(parseRateLimits(limits)),
    };
}
