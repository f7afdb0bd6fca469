// Pulumi records the JavaScript stack of every resource registration in state (often more than
// half a kilobyte of ts-node and SDK frames), and shows its first frame as where the resource was
// declared. While a profile registers, the stack Pulumi captures is cut to the frames of the
// user's program: frames of this package (the resource class, StudioTeam) and of Node's internals
// are dropped, so the declared position is the user's own line and each state entry stays small.
import * as path from "path";

/** The SDK's frames before the resource's own: `callsites`, `stackTrace` and three constructors, which it skips. */
const SDK_FRAMES = 5;
/** Frames of the user's program kept: the declaring line (its caller is usually the SDK's runner). */
const USER_FRAMES = 1;

// dist/provider/ when installed, provider/ when run from the sources.
const PACKAGE_ROOT = path.basename(path.dirname(__dirname)) === "dist" ? path.resolve(__dirname, "..", "..") : path.resolve(__dirname, "..");
const OWN_DIRS = ["dist", "provider", "components", "model"].map((dir) => path.join(PACKAGE_ROOT, dir) + path.sep);

function isOwnOrInternal(frame: NodeJS.CallSite): boolean {
    const local = frame.getFileName()?.replace(/^file:\/\//, "");
    if (!local || !path.isAbsolute(local)) {
        return true; // Node's internals (`node:…`) and frames without a file
    }
    return OWN_DIRS.some((dir) => local.startsWith(dir)) || local === path.join(PACKAGE_ROOT, "lib.ts");
}

/** Frames kept in the stacks the SDK takes for its promise-leak report. */
const PROMISE_FRAMES = 3;

/** The stack as V8 prints it, without source maps. */
function plainStack(error: Error, frames: NodeJS.CallSite[]): string {
    return [String(error), ...frames.map((f) => `    at ${f}`)].join("\n");
}

/** Whether the stack is the one Pulumi captures to record where a resource was declared. */
function isPulumiCapture(frames: NodeJS.CallSite[]): boolean {
    return frames.slice(0, 2).some((frame) => frame.getFunctionName() === "callsites");
}

/** The stack the SDK takes for each promise it creates, kept only for its leak report. */
function isPromiseLeakStack(frames: NodeJS.CallSite[]): boolean {
    return frames[0]?.getFunctionName() === "debuggablePromise";
}

const PROMISE_FILTER = Symbol("pulumi-sagemaker-studio:promise-stacks");

/**
 * Each registration makes the SDK take the stack of a dozen promises, most of them later, in its
 * own continuations. Source-mapping each whole stack (ts-node's hook) cost about a tenth of a
 * large program's run; V8's positions of the first frames serve that report. Every other stack
 * still goes to the hook that was installed.
 */
function printPromiseStacksPlainly(): void {
    const next = Error.prepareStackTrace as (((error: Error, frames: NodeJS.CallSite[]) => unknown) & { [PROMISE_FILTER]?: true }) | undefined;
    if (next?.[PROMISE_FILTER]) {
        return;
    }
    const filter = (error: Error, frames: NodeJS.CallSite[]) =>
        isPromiseLeakStack(frames) ? plainStack(error, frames.slice(0, PROMISE_FRAMES)) : next ? next(error, frames) : plainStack(error, frames);
    Error.prepareStackTrace = Object.assign(filter, { [PROMISE_FILTER]: true as const });
}

function userFrames(frames: NodeJS.CallSite[]): NodeJS.CallSite[] {
    const kept: NodeJS.CallSite[] = [];
    for (let i = SDK_FRAMES; i < frames.length && kept.length < USER_FRAMES; i++) {
        if (!isOwnOrInternal(frames[i])) kept.push(frames[i]);
    }
    return kept;
}

export function limitStackTraces(): () => void {
    printPromiseStacksPlainly();
    const original = Error.prepareStackTrace;
    Error.prepareStackTrace = (error, frames) => {
        if (!isPulumiCapture(frames)) {
            return original ? original(error, frames) : plainStack(error, frames);
        }
        // The SDK counts and drops its own frames, so only the user's line goes through the
        // source-map hook (ts-node's), which costs most per frame.
        const sdkLines = frames.slice(0, SDK_FRAMES).map((f) => `    at ${f}`);
        const [header, ...userLines] = (original ? String(original(error, userFrames(frames))) : plainStack(error, userFrames(frames))).split("\n");
        return [header, ...sdkLines, ...userLines].join("\n");
    };
    return () => {
        Error.prepareStackTrace = original;
    };
}
