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

/** The stack as V8 prints it, without source maps. */
function plainStack(error: Error, frames: NodeJS.CallSite[]): string {
    return [String(error), ...frames.map((f) => `    at ${f}`)].join("\n");
}

/** Whether the stack is the one Pulumi captures to record where a resource was declared. */
function isPulumiCapture(frames: NodeJS.CallSite[]): boolean {
    return frames.slice(0, 2).some((frame) => frame.getFunctionName() === "callsites");
}

export function limitStackTraces(): () => void {
    const original = Error.prepareStackTrace;
    Error.prepareStackTrace = (error, frames) => {
        if (!isPulumiCapture(frames)) {
            // The SDK also takes a stack for each of the many promises a registration creates, kept
            // only for its leak report. Source-mapping each of them (ts-node's hook) cost more than a
            // third of a large program's run; V8's own positions serve that report.
            return plainStack(error, frames);
        }
        const kept = [...frames.slice(0, SDK_FRAMES), ...frames.slice(SDK_FRAMES).filter((f) => !isOwnOrInternal(f)).slice(0, USER_FRAMES)];
        return original ? original(error, kept) : plainStack(error, kept);
    };
    return () => {
        Error.prepareStackTrace = original;
    };
}
