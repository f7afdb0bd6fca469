import { ALL_KINDS } from "./kinds/all-kinds";
import { recordAt, removeWhere } from "./record-store";
import type { RegionState } from "./records";
import { advance } from "./status-transitions";

/** Applies every transition that has come due, in every kind; a record whose domain is gone goes with it. */
export function settle(state: RegionState, now: number): void {
    for (const kind of ALL_KINDS) {
        const restore = kind.updateUndo?.restore ?? (() => undefined);
        removeWhere(kind.records(state), (record) => !advance(record, now, restore));
    }
    // Only rows of deleted apps can outlive their domain: anything else keeps the domain from going.
    for (const kind of ALL_KINDS) removeWhere(kind.records(state), (record) => !recordAt(state.domains, record.domainId));
}
