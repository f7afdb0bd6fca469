import type { StateStore } from "../../persistence/state-store";
import { LoadedStates } from "../loaded-states";
import type { IdentityCenterContext } from "./context";
import { identityCenterInstance } from "./instance";
import { emptyIdentityCenterState, type IdentityCenterState } from "./records";
import { plantSeedUsers, type SeedUser } from "./seed-users";

export interface IdentityCenterCall {
    accountId: string;
    /** The caller's region: Identity Center state is the account's, whatever the region. */
    region: string;
}

/** Whether an SSO domain of the account, in any region, has this application. */
export type ApplicationLookup = (call: IdentityCenterCall, applicationArn: string) => boolean;

/** Per account Identity Center state, created on first use (with the seed users it lacks) and saved after every change. */
export class IdentityCenterBackends {
    private readonly states: LoadedStates<string, IdentityCenterState>;

    constructor(
        store: StateStore,
        seeds: SeedUser[],
        private readonly applicationExists: ApplicationLookup,
    ) {
        this.states = new LoadedStates({
            id: (accountId) => accountId,
            load: (accountId) => {
                const stored = store.loadIdentityCenter(accountId);
                const now = Date.now();
                const state = stored ?? emptyIdentityCenterState(now);
                const planted = plantSeedUsers({ instance: identityCenterInstance(accountId), state, now }, seeds);
                // A new instance is saved at once, so its creation date stays what the first call saw.
                return { state, changed: stored === undefined || planted };
            },
            save: (accountId, state) => store.saveIdentityCenter(accountId, state),
        });
    }

    run<T>(call: IdentityCenterCall, mutates: boolean, handle: (context: IdentityCenterContext) => T): T {
        return this.states.run(call.accountId, mutates, (state) =>
            handle({
                instance: identityCenterInstance(call.accountId),
                state,
                now: Date.now(),
                applicationExists: (applicationArn) => this.applicationExists(call, applicationArn),
            }),
        );
    }
}
