// A failure after the resource exists: the engine records it (with these properties as its
// outputs) instead of orphaning it, and the next `up` continues from there.
import { PROVIDER_KEY } from "./state-keys";

/** The serialized provider travels along, or a later refresh or destroy could not run. */
export class ResourceInitError extends Error {
    readonly properties: object;

    constructor(
        message: string,
        readonly id: string,
        properties: object,
        carrier: object,
        readonly reasons: string[] = [message],
    ) {
        super(message);
        this.name = "ResourceInitError";
        const provider = (carrier as Record<string, unknown>)[PROVIDER_KEY];
        this.properties = provider === undefined ? properties : { ...properties, [PROVIDER_KEY]: provider };
    }
}

/** Runs a step after the resource exists: any failure is recorded with `properties` (unless it already carries its own). */
export async function recordedOnFailure<T>(id: string, properties: () => object, carrier: object, step: () => Promise<T>): Promise<T> {
    try {
        return await step();
    } catch (err) {
        if (err instanceof ResourceInitError) throw err;
        throw new ResourceInitError((err as Error).message, id, properties(), carrier);
    }
}
