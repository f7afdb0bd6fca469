// The stand-in host ends with the engine that started it, and what it starts ends with it: the
// engine's pipe on its stdin closing (a killed `pulumi`) ends the host, the Node.js processes it
// runs, and the process groups of the plugins that engine started; the host killed by itself
// leaves none of its Node.js processes behind.
import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { LanguageRuntimeClient } from "@pulumi/pulumi/proto/language_grpc_pb";
import * as language from "@pulumi/pulumi/proto/language_pb";
import { cleanWorkDirs, makeWorkDir, REPO_ROOT } from "../support/engine";
import { assertNothingLeft, processesOf, ProcessInfo, processTree } from "../support/processes";
import { sleep } from "../support/reliability";

const HOST_MAIN = path.join(REPO_ROOT, "dist", "language-host", "main.js");

/** An address no live engine has: a port this test holds. */
async function reservedAddress(): Promise<{ address: string; release(): void }> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { address: `127.0.0.1:${(server.address() as net.AddressInfo).port}`, release: () => server.close() };
}

interface RunningHost {
    host: ChildProcess;
    client: LanguageRuntimeClient;
    exited: Promise<number | null>;
}

/** The host as the engine starts it: the engine's address as its argument and a pipe on its stdin. */
async function startHost(engineAddress: string): Promise<RunningHost> {
    const host = spawn(process.execPath, [HOST_MAIN, engineAddress], { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "inherit"] });
    const exited = new Promise<number | null>((resolve) => host.once("exit", (code) => resolve(code)));
    const port = await new Promise<string>((resolve) => host.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
    return { host, client: new LanguageRuntimeClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure()), exited };
}

interface HostRunningAPack extends RunningHost {
    /** The folder of a policy pack whose program never ends, which the host runs. */
    pack: string;
    /** The host and what it started. */
    tree: ProcessInfo[];
    dispose(): void;
}

async function hostRunningAPack(): Promise<HostRunningAPack> {
    const engine = await reservedAddress();
    const running = await startHost(engine.address);
    const pack = makeWorkDir("hanging-pack");
    fs.writeFileSync(path.join(pack, "package.json"), JSON.stringify({ name: "hanging-pack", main: "index.js" }));
    fs.writeFileSync(path.join(pack, "index.js"), "setInterval(() => {}, 60_000);\n");
    const info = new language.ProgramInfo().setRootDirectory(pack).setProgramDirectory(pack).setEntryPoint(".");
    const stream = running.client.runPlugin(new language.RunPluginRequest().setPwd(pack).setProgram(pack).setArgsList([engine.address]).setInfo(info));
    stream.on("error", () => undefined);
    stream.on("data", () => undefined);
    while (!processesOf(pack).some((p) => p.args.includes("run-policy-pack"))) await sleep(20);
    const dispose = () => {
        running.client.close();
        running.host.kill("SIGKILL");
        engine.release();
    };
    return { ...running, pack, tree: processTree(running.host.pid!), dispose };
}

function exitsWithin(exited: Promise<number | null>, ms: number): Promise<number | null | "still running"> {
    return Promise.race([exited, sleep(ms).then(() => "still running" as const)]);
}

describe("language host: lifetime", function () {
    this.timeout(60_000);

    after(cleanWorkDirs);

    it("exits once the engine's pipe on its stdin closes, ending the policy pack it runs", async () => {
        const running = await hostRunningAPack();
        try {
            running.host.stdin!.end();
            assert.strictEqual(await exitsWithin(running.exited, 5000), 0);
            await assertNothingLeft(running.tree, running.pack);
        } finally {
            running.dispose();
        }
    });

    it("killed itself with SIGKILL, leaves none of the Node.js processes it started", async () => {
        const running = await hostRunningAPack();
        try {
            running.host.kill("SIGKILL");
            await running.exited;
            await assertNothingLeft(running.tree, running.pack);
        } finally {
            running.dispose();
        }
    });

    it("ends the process group of every other plugin of its engine, and only those, when the engine is gone", async () => {
        const engine = await reservedAddress();
        const otherEngine = await reservedAddress();
        // Like the dynamic provider's launcher: the leader of a group of its own, the engine's address
        // its argument, a child of its own (here `sleep`, after which the shell still has work to do).
        const plugin = (address: string) => spawn("sh", ["-c", "sleep 600; :", "pulumi-resource-fake", address], { detached: true, stdio: "ignore" });
        const ours = plugin(engine.address);
        const another = plugin(otherEngine.address);
        const running = await startHost(engine.address);
        let oursTree: ProcessInfo[] = [];
        try {
            while (oursTree.length < 2) {
                await sleep(20);
                oursTree = processTree(ours.pid!);
            }
            running.host.stdin!.end();
            assert.strictEqual(await exitsWithin(running.exited, 5000), 0);
            await assertNothingLeft(oursTree, undefined);
            assert.ok(processTree(another.pid!).length >= 1, "the other engine's plugin runs on");
        } finally {
            running.client.close();
            running.host.kill("SIGKILL");
            for (const child of [ours, another]) {
                try {
                    process.kill(-child.pid!, "SIGKILL");
                } catch {
                    // Ended.
                }
            }
            engine.release();
            otherEngine.release();
        }
    });
});
