import { ServiceError, throttlingError } from "../protocol/errors";
import type { FaultRule, FailTransitionFault } from "./fault-rules";
import { seededRandom } from "./seeded-random";

const ERROR_FAULTS = new Set<FaultRule["fault"]>(["throttle", "serverError", "clientError"]);

interface ArmedRule {
    rule: FaultRule;
    remaining: number;
    /** For probabilistic rules: the rule's own seeded PRNG. */
    random?: () => number;
}

/** What the armed rules decide for one call. */
export interface FaultDecision {
    delayMs: number;
    error?: ServiceError;
    /** Handed to the operation, which consumes it only when it starts a status transition. */
    failTransition?: () => string | undefined;
}

/**
 * Deterministic faults: count-limited, or probabilistic with a seeded PRNG per rule (one draw per
 * call of a matching operation). For one call, every matching delay rule adds its delay,
 * the first matching error rule answers, and the first matching failTransition rule is offered
 * to the operation; each rule that fires uses up one of its `times`.
 */
export class FaultInjector {
    private armed: ArmedRule[] = [];

    add(rules: FaultRule[]): void {
        for (const rule of rules) {
            if (rule.probability === undefined) {
                this.armed.push({ rule, remaining: rule.times ?? 1 });
            } else {
                this.armed.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY, random: seededRandom(rule.seed ?? 1) });
            }
        }
    }

    clear(): void {
        this.armed = [];
    }

    /** The armed rules; `remaining` is null for a probabilistic rule without a cap. */
    list(): (FaultRule & { remaining: number | null })[] {
        return this.armed.map(({ rule, remaining }) => ({ ...rule, remaining: Number.isFinite(remaining) ? remaining : null }));
    }

    /**
     * `target` is the call's full `X-Amz-Target` (e.g. `AWSIdentityStore.CreateUser`), which a rule
     * may name instead; `internalErrorCode` is the code of a server error that names none.
     */
    decide(operation: string, target?: string, internalErrorCode = "InternalFailure"): FaultDecision {
        const decision: FaultDecision = { delayMs: 0 };
        const matching = this.armed.filter(
            (armed) =>
                [operation, target, "*"].includes(armed.rule.operation) &&
                armed.remaining > 0 &&
                (armed.random === undefined || armed.random() < armed.rule.probability!),
        );
        for (const armed of matching.filter((candidate) => candidate.rule.fault === "delay")) {
            decision.delayMs += (armed.rule as { delayMs: number }).delayMs;
            armed.remaining--;
        }
        const erroring = matching.find((candidate) => ERROR_FAULTS.has(candidate.rule.fault));
        if (erroring) {
            erroring.remaining--;
            decision.error = errorFor(erroring.rule, internalErrorCode);
        } else {
            const failing = matching.find((candidate) => candidate.rule.fault === "failTransition");
            if (failing) {
                decision.failTransition = () => {
                    if (failing.remaining <= 0) return undefined;
                    failing.remaining--;
                    return (failing.rule as FailTransitionFault).reason;
                };
            }
        }
        this.armed = this.armed.filter((armed) => armed.remaining > 0);
        return decision;
    }
}

function errorFor(rule: FaultRule, internalErrorCode: string): ServiceError {
    if (rule.fault === "clientError") {
        return new ServiceError(rule.code, rule.message ?? `Injected ${rule.code}.`, rule.status ?? 400);
    }
    if (rule.fault === "serverError") {
        const status = rule.status ?? 500;
        const code = rule.code ?? (status === 503 ? "ServiceUnavailable" : internalErrorCode);
        return new ServiceError(code, rule.message ?? "We encountered an internal error. Please try again.", status);
    }
    return throttlingError();
}
