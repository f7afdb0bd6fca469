// Values that are unknown during preview. Reading one through the engine's props proxy throws
// UnknownValueError; the policy server turns that into an advisory "can't run … during preview"
// note, and at `up` the same rule sees the resolved value and is enforced at its level.
import { UnknownValueError } from "@pulumi/policy";

function isUnknownValueError(e: unknown): e is Error {
    return e instanceof (UnknownValueError as new (...args: unknown[]) => Error);
}

/**
 * Runs independent checks and remembers the first unknown value instead of stopping, so a
 * preview still reports every violation among the known values before the advisory note.
 */
export class UnknownTracker {
    private first: Error | undefined;

    attempt<T>(read: () => T): T | undefined {
        try {
            return read();
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            this.first ??= e;
            return undefined;
        }
    }

    /** Throws the first unknown value met, for the policy server to report as advisory. */
    rethrow(): void {
        if (this.first) throw this.first;
    }
}
