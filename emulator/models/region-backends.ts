import type { StateStore } from "../persistence/state-store";
import type { BackendContext } from "./context";
import { settle } from "./settle";
import { LoadedStates } from "./loaded-states";
import type { RegionState } from "./records";
import { plantSeedDomains, type SeedDomain } from "./seed-domains";

export interface RegionKey {
    accountId: string;
    region: string;
}

export interface CallOptions extends RegionKey {
    latencyMs: number;
    takeFailureReason(): string | undefined;
}

/** Per account and region state, loaded on first use (with the seed domains it lacks) and saved after every change. */
export class RegionBackends {
    private readonly states: LoadedStates<RegionKey, RegionState>;

    constructor(
        private readonly store: StateStore,
        seeds: SeedDomain[],
    ) {
        this.states = new LoadedStates({
            id: (key) => `${key.accountId}/${key.region}`,
            load: (key) => {
                const state = store.load(key.accountId, key.region);
                const seeding: BackendContext = { ...key, state, now: Date.now(), latencyMs: 0, takeFailureReason: () => undefined };
                return { state, changed: plantSeedDomains(seeding, seeds) };
            },
            save: (key, state) => store.save(key.accountId, key.region, state),
        });
    }

    /** Runs one call against a region, after applying the transitions that have come due. */
    run<T>(options: CallOptions, mutates: boolean, call: (context: BackendContext) => T): T {
        const now = Date.now();
        return this.states.run(options, mutates, (state) => {
            settle(state, now);
            return call({
                accountId: options.accountId,
                region: options.region,
                state,
                now,
                latencyMs: options.latencyMs,
                takeFailureReason: options.takeFailureReason,
            });
        });
    }

    /** Whether `test` holds in some region of the account: `region` itself or any region with stored state. */
    someRegion(accountId: string, region: string, test: (state: RegionState) => boolean): boolean {
        const now = Date.now();
        return [...new Set([region, ...this.store.regions(accountId)])].some((candidate) =>
            this.states.run({ accountId, region: candidate }, false, (state) => {
                settle(state, now);
                return test(state);
            }),
        );
    }
}
