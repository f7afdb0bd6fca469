import type { LifecycleFields } from "../models/records";
import { epochSeconds } from "../protocol/aws-json";

/** Drops undefined members so that unset optional members are omitted, never null. */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
    return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as Partial<T>;
}

export function timestamp(epochMillis: number | undefined): number | undefined {
    return epochMillis === undefined ? undefined : epochSeconds(epochMillis);
}

/** A list row's status and times. */
export function statusAndTimes(record: LifecycleFields) {
    return {
        Status: record.status,
        CreationTime: timestamp(record.creationTime),
        LastModifiedTime: timestamp(record.lastModifiedTime),
    };
}
