// A failure after the profile or space exists: the engine records the resource (with these
// properties as its outputs) instead of orphaning it.
import { PROVIDER_KEY } from "../common/state-keys";

/** The serialized provider travels along, or a later refresh or destroy could not run. */
export class ProfileInitError extends Error {
    readonly properties: object;

    constructor(
        message: string,
        readonly id: string,
        properties: object,
        carrier: object,
        readonly reasons: string[] = [message],
    ) {
        super(message);
        this.name = "ProfileInitError";
        const provider = (carrier as Record<string, unknown>)[PROVIDER_KEY];
        this.properties = provider === undefined ? properties : { ...properties, [PROVIDER_KEY]: provider };
    }
}

