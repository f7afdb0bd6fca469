// Timeouts as users write them: a number of seconds, or "90s", "20m", "1h30m".
import { quoteValue } from "../model/quote";

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
