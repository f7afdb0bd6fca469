import type { StateStore } from "../persistence/state-store";
import type { BackendContext } from "./context";
import { settle } from "./status-transitions";
import type { RegionState } from "./records";
import { plantSeedDomains, type SeedDomain } from "./seed-domains";

export interface CallOptions {
    accountId: string;
    region: string;
    latencyMs: number;
    takeFailureReason(): string | undefined;
}

/** Per account and region state, loaded on first use and saved after every change. */
export class RegionBackends {
    private readonly states = new Map<string, RegionState>();

    constructor(
        private readonly store: StateStore,
        private readonly seeds: SeedDomain[],
    ) {}

    /**
     * Runs one call against a region. When `mutates` is set the new state is saved before
     * returning; if saving fails the in-memory state is reloaded so that nothing unacknowledged stays.
     */
    run<T>(options: CallOptions, mutates: boolean, call: (context: BackendContext) => T): T {
        const context = this.contextFor(options);
        try {
            const result = call(context);
            if (mutates) this.store.save(options.accountId, options.region, context.state);
            return result;
        } catch (error) {
            if (mutates) this.states.delete(this.keyOf(options));
            throw error;
        }
    }

    private keyOf(options: CallOptions): string {
        return `${options.accountId}/${options.region}`;
    }

    private contextFor(options: CallOptions): BackendContext {
        const key = this.keyOf(options);
        const now = Date.now();
        let state = this.states.get(key);
        const context: BackendContext = {
            accountId: options.accountId,
            region: options.region,
            state: state ?? this.store.load(options.accountId, options.region),
            now,
            latencyMs: options.latencyMs,
            takeFailureReason: options.takeFailureReason,
        };
        if (!state) {
            state = context.state;
            this.states.set(key, state);
            if (plantSeedDomains({ ...context, takeFailureReason: () => undefined }, this.seeds)) {
                this.store.save(options.accountId, options.region, state);
            }
        }
        settle(state, now);
        return context;
    }
}
