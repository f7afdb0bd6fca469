// Reads of many records a few at a time: enough in flight to hide each call's latency, few enough
// that the per-operation pacing of the clients (pacing.ts) keeps every operation within its rate.

/** `read` of every item, at most `parallel` at once; the results in the items' order. */
export async function readEach<T, R>(items: readonly T[], parallel: number, read: (item: T) => Promise<R>): Promise<R[]> {
    const out: R[] = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            out[index] = await read(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
    return out;
}
