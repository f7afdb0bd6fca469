import type { BackendContext } from "../models/context";
import { deleteRecord } from "../models/lifecycle";
import { requireRecord } from "../models/lookup";
import { paginate } from "../models/pagination";
import type { StudioRecord } from "../models/records";
import { validationError } from "../protocol/errors";
import { listParameters, tokenBinding } from "./list-parameters";
import type { Input, Operation } from "./operation";
import { compact } from "./output";
import type { ResourceApi } from "./resource-api";

/**
 * A kind's operations, named after its noun: Create and Update answer the record's ARN, Delete
 * starts the kind's delete phase, List filters, sorts (CreationTime or LastModifiedTime,
 * ascending or descending) and pages.
 */
export function resourceOperations<R extends StudioRecord, I>(api: ResourceApi<R, I>): Record<string, Operation> {
    const { kind } = api;
    const arnMember = `${kind.noun}Arn`;
    const named = (input: Input, context: BackendContext) => requireRecord(context, kind, api.identity(input));
    const operations: Record<string, Operation> = {
        [`Create${kind.noun}`]: {
            mutates: true,
            handle(input, context) {
                const record = api.create(input, context);
                return { [arnMember]: record.arn, ...api.createdMembers?.(record) };
            },
        },
        [`Describe${kind.noun}`]: { mutates: false, handle: (input, context) => api.describe(named(input, context)) },
        [`Delete${kind.noun}`]: {
            mutates: true,
            handle(input, context) {
                deleteRecord(context, kind, named(input, context));
                return {};
            },
        },
        [`List${kind.noun}s`]: { mutates: false, handle: (input, context) => listPage(api, input, context) },
    };
    const update = api.update;
    if (update) {
        operations[`Update${kind.noun}`] = {
            mutates: true,
            handle(input, context) {
                const record = named(input, context);
                update(input, context, record);
                return { [arnMember]: record.arn };
            },
        };
    }
    return operations;
}

function listPage<R extends StudioRecord, I>(api: ResourceApi<R, I>, input: Input, context: BackendContext) {
    for (const [first, second] of api.exclusiveFilters ?? []) {
        if (input[first] !== undefined && input[second] !== undefined) {
            throw validationError(`${first} and ${second} cannot both be specified.`);
        }
    }
    const filters = Object.entries(api.listFilters).filter(([member]) => input[member] !== undefined);
    const matching = Object.values(api.kind.records(context.state)).filter((record) =>
        filters.every(([member, matches]) => matches(record, input[member])),
    );
    const byLastModified = input.SortBy === "LastModifiedTime";
    const page = paginate(
        matching,
        (record) => ({ sortValue: byLastModified ? record.lastModifiedTime : record.creationTime, seq: record.seq }),
        { ...listParameters(input), parameters: tokenBinding(input) },
    );
    return compact({ [`${api.kind.noun}s`]: page.items.map((record) => api.listRow(record)), NextToken: page.nextToken });
}
