// Work on many items a few at a time. For reads of many records: enough in flight to hide each
// call's latency, few enough that the per-operation pacing of the clients (pacing.ts) keeps every
// operation within its rate. For the `--stacks` runner: K engines at once.

/** `work` on every item, at most `parallel` at once; the results in the items' order. */
export async function mapAtMost<T, R>(items: readonly T[], parallel: number, work: (item: T) => Promise<R>): Promise<R[]> {
    const out: R[] = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            out[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
    return out;
}
