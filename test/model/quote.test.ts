import * as assert from "assert";
import { quoteValue } from "../../model/quote";

describe("model/quote", () => {
    it("quotes values as JSON", () => {
        assert.strictEqual(quoteValue("ml.t3.medium"), '"ml.t3.medium"');
        assert.strictEqual(quoteValue({ a: [1, true] }), '{"a":[1,true]}');
        assert.strictEqual(quoteValue(undefined), "undefined");
        assert.strictEqual(quoteValue(10n), '"10n"');
    });

    it("cuts long values, saying how long a string was", () => {
        const quoted = quoteValue("𝔁".repeat(100_000));
        assert.ok([...quoted].length < 240, quoted);
        assert.match(quoted, /^"𝔁+… \(100000 characters\)$/u);
        assert.ok(quoteValue(Array(100_000).fill("x")).endsWith("…"));
    });

    it("never throws on cycles or throwing getters", () => {
        const cycle: Record<string, unknown> = {};
        cycle.self = cycle;
        assert.strictEqual(quoteValue(cycle), "{…}");
        const hostile = { get boom() { throw new Error("no"); } };
        assert.strictEqual(quoteValue(hostile), "{…}");
    });
});
