// The behaviour options of a user profile resource, beside what the API knows of it: adopt,
// deleteApps and timeouts. Timeouts are written as a number of seconds, or "90s", "20m", "1h30m".
import { quoteValue } from "../quote";

export interface Timeouts {
    /** Seconds, or a duration such as "20m". Default 20 minutes. */
    create?: number | string;
    /** Default 20 minutes. */
    update?: number | string;
    /** Default 30 minutes (deleting apps first can take long). */
    delete?: number | string;
}

export const TIMEOUT_KINDS: readonly (keyof Timeouts)[] = ["create", "update", "delete"];

export const DEFAULT_TIMEOUT_SECONDS = { create: 20 * 60, update: 20 * 60, delete: 30 * 60 } as const;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** Seconds, or an explanation of what is allowed. */
export function parseDuration(value: unknown): { seconds: number } | { error: string } {
    if (typeof value === "number") {
        return Number.isFinite(value) && value > 0 ? { seconds: value } : { error: "must be a positive number of seconds" };
    }
    if (typeof value !== "string") {
        return { error: 'must be a number of seconds or a duration such as "90s", "20m" or "1h30m"' };
    }
    const parts = value.trim().match(/^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/);
    if (!parts || value.trim() === "") {
        return { error: `${quoteValue(value)} is not a duration; use a form such as "90s", "20m" or "1h30m"` };
    }
    const seconds =
        Number(parts[1] ?? 0) * UNIT_SECONDS.h + Number(parts[2] ?? 0) * UNIT_SECONDS.m + Number(parts[3] ?? 0);
    return seconds > 0 ? { seconds } : { error: "must be longer than zero" };
}

export function durationSeconds(value: unknown, fallback: number): number {
    if (value === undefined) {
        return fallback;
    }
    const parsed = parseDuration(value);
    return "seconds" in parsed ? parsed.seconds : fallback;
}

/** Each operation's timeout in seconds: the resource's, else the default. */
export function timeoutSeconds(timeouts: Timeouts | undefined): { readonly create: number; readonly update: number; readonly delete: number } {
    return {
        create: durationSeconds(timeouts?.create, DEFAULT_TIMEOUT_SECONDS.create),
        update: durationSeconds(timeouts?.update, DEFAULT_TIMEOUT_SECONDS.update),
        delete: durationSeconds(timeouts?.delete, DEFAULT_TIMEOUT_SECONDS.delete),
    };
}
