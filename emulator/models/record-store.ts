import { hasOwn } from "../../model/plain-object";

/**
 * The one way state is held, SageMaker's and Identity Center's alike: one object of records per
 * kind, keyed by what the API looks records up by (an id, or names folded to lower case), and a
 * counter that gives every record its place in creation order.
 */
export interface RecordState {
    schemaVersion: number;
    nextSeq: number;
}

/** Creation order, the tie-break of every sort. */
export function nextSeq(state: RecordState): number {
    return state.nextSeq++;
}

/** The record under `key`; never one inherited from Object.prototype. */
export function recordAt<T>(records: Record<string, T>, key: string): T | undefined {
    return hasOwn(records, key) ? records[key] : undefined;
}

export function inCreationOrder<T extends { seq: number }>(records: Record<string, T>): T[] {
    return Object.values(records).sort((a, b) => a.seq - b.seq);
}

export function removeWhere<T>(records: Record<string, T>, doomed: (record: T) => boolean): void {
    for (const [key, record] of Object.entries(records)) if (doomed(record)) delete records[key];
}

/** Names that the API compares regardless of case. */
export function sameName(stored: string | undefined, wanted: string): boolean {
    return stored?.toLowerCase() === wanted.toLowerCase();
}
