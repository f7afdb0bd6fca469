// The stand-in host as the engine sees it: a process that prints its port and
// answers LanguageRuntime calls over gRPC.
import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import * as net from "net";
import { REPO_ROOT } from "../support/engine";

const services = require("@pulumi/pulumi/proto/language_grpc_pb");
const languageProto = require("@pulumi/pulumi/proto/language_pb");
const { Empty } = require("google-protobuf/google/protobuf/empty_pb");

function call<T>(client: any, method: string, request: unknown): Promise<T> {
    return new Promise((resolve, reject) =>
        client[method](request, (err: Error | null, resp: T) => (err ? reject(err) : resolve(resp))),
    );
}

describe("language host: the gRPC server", () => {
    let host: ChildProcess;
    let client: any;

    before(async () => {
        host = spawn(process.execPath, [path.join(REPO_ROOT, "dist", "language-host", "main.js"), "127.0.0.1:1"], {
            cwd: REPO_ROOT,
            stdio: ["ignore", "pipe", "inherit"],
        });
        const port = await new Promise<string>((resolve, reject) => {
            host.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim()));
            host.once("exit", (code) => reject(new Error(`host exited with ${code}`)));
        });
        assert.match(port, /^\d+$/);
        client = new services.LanguageRuntimeClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    });

    after(() => {
        client?.close();
        host?.kill("SIGTERM");
    });

    it("reports the CLI's version", async () => {
        const info: any = await call(client, "getPluginInfo", new Empty());
        assert.strictEqual(info.getVersion(), "3.274.1");
    });

    it("requires no plugins or packages", async () => {
        const plugins: any = await call(client, "getRequiredPlugins", new languageProto.GetRequiredPluginsRequest());
        assert.deepStrictEqual(plugins.getPluginsList(), []);
        const packages: any = await call(client, "getRequiredPackages", new languageProto.GetRequiredPackagesRequest());
        assert.deepStrictEqual(packages.getPackagesList(), []);
    });

    it("answers UNIMPLEMENTED for what it does not serve", async () => {
        await assert.rejects(
            call(client, "generateProgram", new languageProto.GenerateProgramRequest()),
            (err: any) => err.code === grpc.status.UNIMPLEMENTED,
        );
    });
});

describe("language host: when the engine goes away", () => {
    it("exits by itself once the engine's address stops answering", async () => {
        const engine = net.createServer((socket) => socket.destroy());
        await new Promise<void>((resolve) => engine.listen(0, "127.0.0.1", resolve));
        const port = (engine.address() as net.AddressInfo).port;
        const host = spawn(process.execPath, [path.join(REPO_ROOT, "dist", "language-host", "main.js"), `127.0.0.1:${port}`], {
            cwd: REPO_ROOT,
            stdio: ["ignore", "pipe", "inherit"],
        });
        const exited = new Promise<number | null>((resolve) => host.once("exit", (code) => resolve(code)));
        await new Promise((resolve) => host.stdout!.once("data", resolve));
        // Alive while the engine answers.
        await new Promise((resolve) => setTimeout(resolve, 2500));
        assert.strictEqual(host.exitCode, null);
        await new Promise((resolve) => engine.close(resolve));
        const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 15000));
        const outcome = await Promise.race([exited, timeout]);
        if (outcome === "still running") {
            host.kill("SIGKILL");
        }
        assert.strictEqual(outcome, 0);
    });
});
