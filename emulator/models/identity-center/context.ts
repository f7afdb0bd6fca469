import { hasOwn } from "../../../model/plain-object";
import type { IdentityCenterInstance } from "./instance";
import type { IdentityCenterState } from "./records";

/** What an identity store operation sees: the account's instance, its state and the clock. */
export interface IdentityStoreContext {
    instance: IdentityCenterInstance;
    state: IdentityCenterState;
    now: number;
}

/** sso-admin operations also need to know the applications, which SageMaker's SSO domains own. */
export interface IdentityCenterContext extends IdentityStoreContext {
    applicationExists(applicationArn: string): boolean;
}

export function nextSeq(context: IdentityStoreContext): number {
    return context.state.nextSeq++;
}

/** Records in creation order. */
export function inCreationOrder<T extends { seq: number }>(records: Record<string, T>): T[] {
    return Object.values(records).sort((a, b) => a.seq - b.seq);
}

/** The record whose name is `name` regardless of case, as user and group names are unique. */
export function findByName<T>(records: Record<string, T>, nameOf: (record: T) => string, name: string): T | undefined {
    const wanted = name.toLowerCase();
    return Object.values(records).find((record) => nameOf(record).toLowerCase() === wanted);
}

/** A record by its id; never one inherited from Object.prototype. */
export function recordById<T>(records: Record<string, T>, id: string): T | undefined {
    return hasOwn(records, id) ? records[id] : undefined;
}
