import type { BackendContext } from "../models/context";
import type { JsonObject, StudioRecord } from "../models/records";
import type { ResourceKind } from "../models/resource-kind";
import type { Input } from "./operation";

/**
 * What a kind adds on the wire to the one set of operations `resource-operations.ts` makes
 * (Create, Describe, Update, Delete and List of its noun): how a request names a record, what
 * creating and updating one take, and how records are answered.
 */
export interface ResourceApi<R extends StudioRecord, I> {
    kind: ResourceKind<R, I>;
    /** The record a Describe, Update or Delete request names. */
    identity(input: Input): I;
    /** Checks what the kind requires and adds the record (see `createRecord`). */
    create(input: Input, context: BackendContext): R;
    /** Members of the Create answer besides the ARN. */
    createdMembers?(record: R): JsonObject;
    /** Checks and starts an update (see `updateRecord`); a kind without it has no Update operation. */
    update?(input: Input, context: BackendContext, record: R): void;
    describe(record: R): JsonObject;
    /** The list's filter members, each with the test it puts a record to (`wanted` as sent). */
    listFilters: Record<string, (record: R, wanted: unknown) => boolean>;
    /** Filters that cannot be given together. */
    exclusiveFilters?: readonly (readonly [string, string])[];
    listRow(record: R): JsonObject;
}
