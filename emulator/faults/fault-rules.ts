/**
 * Fault rules, as accepted by `POST /_admin/faults` and `SageMakerLocal.addFaults`.
 * Each rule applies to the next `times` calls (default 1) of `operation`; with a
 * `probability`, to each call with that chance, drawn from a PRNG seeded by `seed`
 * (the same seed and the same sequence of calls give the same faults), and
 * `times` then caps how often it fires (default: no cap).
 */

interface FaultRuleBase {
    /**
     * An operation name such as `DescribeUserProfile`, the full `X-Amz-Target` of one
     * (`AWSIdentityStore.CreateUser`), or `*` for every operation of every service.
     */
    operation: string;
    /** How many calls the rule affects; default 1, or no cap with a probability. */
    times?: number;
    /** Fire on each matching call with this chance (0 < p ≤ 1) instead of on the next ones. */
    probability?: number;
    /** Seed of the rule's PRNG; default 1. */
    seed?: number;
}

/** Answer `ThrottlingException` "Rate exceeded" (HTTP 400). */
export interface ThrottleFault extends FaultRuleBase {
    fault: "throttle";
}

/** Answer a server error; default HTTP 500 with the service's own code (`InternalFailure`, `InternalServerException`). */
export interface ServerErrorFault extends FaultRuleBase {
    fault: "serverError";
    status?: number;
    code?: string;
    message?: string;
}

/** Answer a client error (HTTP 4xx) with the given code, e.g. `ResourceLimitExceeded`. */
export interface ClientErrorFault extends FaultRuleBase {
    fault: "clientError";
    code: string;
    status?: number;
    message?: string;
}

/** Hold the call for `delayMs` before handling it normally. */
export interface DelayFault extends FaultRuleBase {
    fault: "delay";
    delayMs: number;
}

/**
 * Let the call succeed but end its status transition in the failure status
 * (`Failed` after a create, `Update_Failed` after an update, `Delete_Failed` after a delete) with `reason`.
 */
export interface FailTransitionFault extends FaultRuleBase {
    fault: "failTransition";
    reason: string;
}

export type FaultRule = ThrottleFault | ServerErrorFault | ClientErrorFault | DelayFault | FailTransitionFault;

/** Calls per second allowed per operation (named as in a fault rule); `"*"` limits every operation together. */
export type RateLimits = Record<string, number>;

export function parseFaultRules(value: unknown): FaultRule[] {
    const list = Array.isArray(value) ? value : [value];
    return list.map((item, index) => parseFaultRule(item, index));
}

function parseFaultRule(value: unknown, index: number): FaultRule {
    const where = `rule ${index}`;
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`${where}: must be an object`);
    const rule = value as Record<string, unknown>;
    if (typeof rule.operation !== "string" || rule.operation === "") throw new Error(`${where}: "operation" must be a non-empty string`);
    if (rule.times !== undefined && !(Number.isInteger(rule.times) && (rule.times as number) > 0)) {
        throw new Error(`${where}: "times" must be a positive integer`);
    }
    if (rule.probability !== undefined && !(typeof rule.probability === "number" && rule.probability > 0 && rule.probability <= 1)) {
        throw new Error(`${where}: "probability" must be a number in (0, 1]`);
    }
    if (rule.seed !== undefined && !Number.isInteger(rule.seed)) throw new Error(`${where}: "seed" must be an integer`);
    const base = {
        operation: rule.operation,
        ...(rule.times !== undefined ? { times: rule.times as number } : {}),
        ...(rule.probability !== undefined ? { probability: rule.probability as number } : {}),
        ...(rule.seed !== undefined ? { seed: rule.seed as number } : {}),
    };
    switch (rule.fault) {
        case "throttle":
            return { ...base, fault: "throttle" };
        case "serverError": {
            const status = rule.status ?? 500;
            if (!Number.isInteger(status) || (status as number) < 500 || (status as number) > 599) {
                throw new Error(`${where}: "status" must be a 5xx status`);
            }
            for (const key of ["code", "message"] as const) {
                if (rule[key] !== undefined && typeof rule[key] !== "string") throw new Error(`${where}: "${key}" must be a string`);
            }
            return {
                ...base,
                fault: "serverError",
                status: status as number,
                ...(rule.code !== undefined ? { code: rule.code as string } : {}),
                ...(rule.message !== undefined ? { message: rule.message as string } : {}),
            };
        }
        case "clientError": {
            const status = rule.status ?? 400;
            if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 499) {
                throw new Error(`${where}: "status" must be a 4xx status`);
            }
            if (typeof rule.code !== "string" || !/^[A-Za-z][A-Za-z0-9.#]*$/.test(rule.code)) {
                throw new Error(`${where}: "code" must be an error code such as ResourceLimitExceeded`);
            }
            if (rule.message !== undefined && typeof rule.message !== "string") throw new Error(`${where}: "message" must be a string`);
            return {
                ...base,
                fault: "clientError",
                code: rule.code,
                status: status as number,
                ...(rule.message !== undefined ? { message: rule.message as string } : {}),
            };
        }
        case "delay":
            if (typeof rule.delayMs !== "number" || !(rule.delayMs >= 0)) throw new Error(`${where}: "delayMs" must be a number ≥ 0`);
            return { ...base, fault: "delay", delayMs: rule.delayMs };
        case "failTransition":
            if (typeof rule.reason !== "string" || rule.reason === "") throw new Error(`${where}: "reason" must be a non-empty string`);
            return { ...base, fault: "failTransition", reason: rule.reason };
        default:
            throw new Error(`${where}: "fault" must be one of throttle, serverError, clientError, delay, failTransition`);
    }
}

export function parseRateLimits(value: unknown): RateLimits {
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("rate limits must be an object");
    const limits: RateLimits = {};
    for (const [operation, perSecond] of Object.entries(value)) {
        if (typeof perSecond !== "number" || !(perSecond > 0)) {
            throw new Error(`rate limit for ${operation} must be a positive number of calls per second`);
        }
        limits[operation] = perSecond;
    }
    return limits;
}
