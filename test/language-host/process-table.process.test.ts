// The stand-in host's view of the machine's processes: /proc (Linux) and `ps` (elsewhere) agree.
import * as assert from "assert";
import { spawn } from "child_process";
import { processesFromProc, processesFromPs } from "../../language-host/process-table";

describe("language host: the process table", () => {
    it("reads the same pid, process group and arguments from /proc and from ps", async () => {
        const child = spawn("sleep", ["30"], { detached: true, stdio: "ignore" });
        await new Promise((resolve) => child.once("spawn", resolve));
        try {
            // Until it has exec'd `sleep`, the child shows the command line it was forked with.
            const execd = () => processesFromProc().some((p) => p.pid === child.pid && p.args[0] === "sleep");
            for (let tries = 0; !execd() && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
            const fromProc = processesFromProc().find((p) => p.pid === child.pid);
            const fromPs = processesFromPs().find((p) => p.pid === child.pid);
            assert.deepStrictEqual(fromProc, { pid: child.pid, pgid: child.pid, args: ["sleep", "30"] });
            assert.deepStrictEqual(fromPs, fromProc);
        } finally {
            child.kill("SIGKILL");
        }
    });
});
