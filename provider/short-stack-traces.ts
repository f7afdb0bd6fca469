// Pulumi records the full JavaScript stack of every resource registration in
// state (often more than half a kilobyte of ts-node and SDK frames). While a
// profile registers, stacks are cut to the frames that say where it was
// declared, which keeps each profile's state entry small.
const FRAMES_KEPT = 9; // the SDK's own 5 frames, this resource, and 3 frames of the caller

export function limitStackTraces(): () => void {
    const original = Error.prepareStackTrace;
    Error.prepareStackTrace = (error, frames) =>
        original
            ? original(error, frames.slice(0, FRAMES_KEPT))
            : [String(error), ...frames.slice(0, FRAMES_KEPT).map((f) => `    at ${f}`)].join("\n");
    return () => {
        Error.prepareStackTrace = original;
    };
}
