/** Where one kind of state comes from and goes to. */
export interface StateSource<K, S> {
    /** One string per distinct state. */
    id(key: K): string;
    /** Reads (or creates) a state and adds what it lacks, such as seeds; `changed` asks for an immediate save. */
    load(key: K): { state: S; changed: boolean };
    save(key: K, state: S): void;
}

/**
 * States loaded on first use and kept in memory. A mutating call saves its state before it
 * returns; if the call or the save fails, the in-memory copy is dropped so that nothing
 * unacknowledged stays.
 */
export class LoadedStates<K, S> {
    private readonly states = new Map<string, S>();

    constructor(private readonly source: StateSource<K, S>) {}

    get(key: K): S {
        const id = this.source.id(key);
        let state = this.states.get(id);
        if (state === undefined) {
            const loaded = this.source.load(key);
            state = loaded.state;
            this.states.set(id, state);
            if (loaded.changed) this.source.save(key, state);
        }
        return state;
    }

    run<T>(key: K, mutates: boolean, call: (state: S) => T): T {
        const state = this.get(key);
        try {
            const result = call(state);
            if (mutates) this.source.save(key, state);
            return result;
        } catch (error) {
            if (mutates) this.states.delete(this.source.id(key));
            throw error;
        }
    }
}
