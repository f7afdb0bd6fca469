// Per-operation pacing, learned from throttling. SageMaker limits each control-plane operation per
// account and Region; when one of them (CreateUserProfile, typically) answers ThrottlingException,
// calls of that operation from every resource in the deployment are spaced out, so that they
// arrive at about the rate the service accepts instead of colliding and backing off at random.
// The spacing grows when a call sent at the current spacing is throttled and shrinks a little with
// every success, probing for a higher rate; throttles of calls sent before the last widening are
// not counted again, so one burst of collisions widens the gap once.

/** The first spacing after a throttle, and the bounds. */
const INITIAL_GAP_MS = 100;
const MAX_GAP_MS = 5_000;
// A throttle widens the gap by WIDEN; each success narrows it by NARROW.
// Measured with bench/throttle-replay.ts (100 creates at 2 calls/s from 8 workers): 1.05/0.95
// came within 5 % of the ideal 52 s; 1.25/0.98 took 66 s, 1.2/0.85 61 s, 1.1/0.8 55 s with twice
// the throttled calls.
const WIDEN = 1.05;
const NARROW = 0.95;

interface OperationPace {
    gapMs: number;
    nextSlot: number;
    /** Bumped on each widening; throttles of calls sent under an older gap do not widen again. */
    generation: number;
}

export interface PaceTicket {
    readonly operation: string;
    readonly generation: number;
}

export class OperationPacer {
    private readonly paces = new Map<string, OperationPace>();

    constructor(
        private readonly now: () => number = Date.now,
        private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ) {}

    /** Waits for the operation's next free slot; the ticket is handed back with the outcome. */
    async slot(operation: string): Promise<PaceTicket> {
        const pace = this.paces.get(operation);
        if (!pace || pace.gapMs === 0) {
            return { operation, generation: pace?.generation ?? 0 };
        }
        const now = this.now();
        const at = Math.max(now, pace.nextSlot);
        pace.nextSlot = at + pace.gapMs;
        if (at > now) {
            await this.sleep(at - now);
        }
        return { operation, generation: pace.generation };
    }

    throttled(ticket: PaceTicket): void {
        const pace = this.pace(ticket.operation);
        if (ticket.generation !== pace.generation) {
            // Sent under an older spacing: says nothing about the current one.
            return;
        }
        pace.gapMs = pace.gapMs === 0 ? INITIAL_GAP_MS : Math.min(MAX_GAP_MS, pace.gapMs * WIDEN);
        pace.generation++;
        // Calls already given a slot keep it; the next one waits a full new gap.
        pace.nextSlot = Math.max(pace.nextSlot, this.now() + pace.gapMs);
    }

    succeeded(ticket: PaceTicket): void {
        const pace = this.paces.get(ticket.operation);
        if (pace && pace.gapMs > 0) {
            pace.gapMs = pace.gapMs * NARROW < INITIAL_GAP_MS / 2 ? 0 : pace.gapMs * NARROW;
        }
    }

    private pace(operation: string): OperationPace {
        let pace = this.paces.get(operation);
        if (!pace) {
            pace = { gapMs: 0, nextSlot: 0, generation: 0 };
            this.paces.set(operation, pace);
        }
        return pace;
    }

    /** The current spacing of an operation, in milliseconds (0: not paced). */
    gapMs(operation: string): number {
        return this.paces.get(operation)?.gapMs ?? 0;
    }
}

/** Error codes AWS SDKs treat as throttling (the SDK's own classification is not exported). */
const THROTTLING_CODES = new Set([
    "ThrottlingException",
    "Throttling",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
]);

export function isThrottling(error: unknown): boolean {
    if (typeof error !== "object" || error === null) {
        return false;
    }
    const e = error as { name?: unknown; $metadata?: { httpStatusCode?: number }; $retryable?: { throttling?: boolean } };
    return (typeof e.name === "string" && THROTTLING_CODES.has(e.name)) || e.$metadata?.httpStatusCode === 429 || e.$retryable?.throttling === true;
}
