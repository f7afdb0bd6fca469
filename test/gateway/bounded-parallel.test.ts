// mapAtMost: the scan's and the inventory's reads, and the `--stacks` runner's engines.
import * as assert from "assert";
import { mapAtMost } from "../../gateway/bounded-parallel";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("mapAtMost", () => {
    it("runs every item, never more than the bound at once, and returns the results in the items' order", async () => {
        let running = 0;
        let most = 0;
        const items = [5, 1, 4, 2, 3, 0, 6];
        const results = await mapAtMost(items, 3, async (item) => {
            running++;
            most = Math.max(most, running);
            for (let i = 0; i < item; i++) await tick(); // items finish out of order
            running--;
            return item * 10;
        });
        assert.deepStrictEqual(results, [50, 10, 40, 20, 30, 0, 60]);
        assert.strictEqual(most, 3);
    });

    it("starts no more workers than items, and returns nothing for no items", async () => {
        let running = 0;
        let most = 0;
        await mapAtMost([1, 2], 8, async () => {
            most = Math.max(most, ++running);
            await tick();
            running--;
        });
        assert.strictEqual(most, 2);
        assert.deepStrictEqual(await mapAtMost([], 4, () => Promise.resolve(1)), []);
    });
});
