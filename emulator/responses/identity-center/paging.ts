import { paginate, type Page } from "../../models/pagination";
import { listParameters, tokenBinding } from "../list-parameters";
import type { Input } from "../operation";

/** The models' largest page; the services do not document their default page size. */
const IDENTITY_CENTER_DEFAULT_PAGE = 100;

/** A page of records in creation order, with the same opaque, parameter-bound tokens as the SageMaker lists. */
export function pageInCreationOrder<T extends { seq: number }>(records: T[], input: Input): Page<T> {
    return paginate(records, (record) => ({ sortValue: record.seq, seq: 0 }), {
        ...listParameters(input, IDENTITY_CENTER_DEFAULT_PAGE),
        descending: false,
        parameters: tokenBinding(input),
    });
}
