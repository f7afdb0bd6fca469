import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { limitStackTraces } from "../../provider/short-stack-traces";

// How the SDK records where a resource was declared: `Resource.stackTrace(4)` from inside three
// constructors (here: three plain functions), called by the user's line.
const sdkStackTrace = (pulumi.Resource as unknown as { stackTrace(skip: number): Array<{ uri: string; line: number } | undefined> }).stackTrace;
function third(): ReturnType<typeof sdkStackTrace> {
    return sdkStackTrace(4);
}
function second() {
    return third();
}
function first() {
    return second();
}

describe("provider/short-stack-traces", () => {
    const installed = Error.prepareStackTrace;
    let mapped: NodeJS.CallSite[][];
    let restore: () => void;

    beforeEach(() => {
        mapped = [];
        // Stands for ts-node's source-map hook, which the user's program has installed.
        Error.prepareStackTrace = (error, frames) => {
            mapped.push(frames);
            return [String(error), ...frames.map((f) => `    at ${f}`)].join("\n");
        };
        restore = limitStackTraces();
    });

    afterEach(() => {
        restore();
        Error.prepareStackTrace = installed;
    });

    it("source-maps only the user's declaring line, and the SDK still finds it", () => {
        const declaredOn = Number(new Error().stack?.split("\n")[1].match(/:(\d+):\d+\)$/)?.[1]) + 2;
        mapped = [];
        const trace = first();
        assert.strictEqual(mapped.length, 1);
        assert.strictEqual(mapped[0].length, 1, "one frame through the source-map hook");
        assert.strictEqual(trace.length, 1);
        assert.match(String(trace[0]?.uri), /short-stack-traces\.test\.ts$/);
        assert.strictEqual(trace[0]?.line, declaredOn);
    });

    it("prints the stacks the SDK takes for its promises with their first frames, without source maps, also after the registration", () => {
        // The SDK's own name for the function that takes them (runtime/debuggable.js).
        function debuggablePromise(): string {
            return String(new Error("leak report").stack);
        }
        const during = limitStackTraces();
        const inside = debuggablePromise();
        during();
        const after = debuggablePromise();
        for (const stack of [inside, after]) {
            const lines = stack.split("\n");
            assert.strictEqual(lines[0], "Error: leak report");
            assert.ok(lines.length >= 2 && lines.length <= 4, stack);
            assert.match(lines[1], /at debuggablePromise /);
        }
        assert.strictEqual(mapped.length, 0, "neither went through the source-map hook");
    });

    it("sends every other stack to the installed hook, whole", () => {
        const inside = String(new Error("during").stack);
        restore();
        const after = String(new Error("after").stack);
        assert.strictEqual(mapped.length, 2);
        assert.ok(mapped.every((frames) => frames.length >= 5));
        assert.match(inside, /^Error: during\n/);
        assert.match(after, /^Error: after\n/);
    });
});
