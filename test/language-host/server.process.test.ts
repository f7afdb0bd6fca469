// The stand-in host as the engine sees it: a process that prints its port and
// answers LanguageRuntime calls over gRPC.
import * as assert from "assert";
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { LanguageRuntimeClient } from "@pulumi/pulumi/proto/language_grpc_pb";
import * as language from "@pulumi/pulumi/proto/language_pb";
import { PluginInfo } from "@pulumi/pulumi/proto/plugin_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { cleanWorkDirs, makeWorkDir, NPM_LOCAL_INSTALL_ENV, REPO_ROOT } from "../support/engine";

const HOST_MAIN = path.join(REPO_ROOT, "dist", "language-host", "main.js");

type Callback<T> = (err: grpc.ServiceError | null, resp: T) => void;

function unary<T>(send: (cb: Callback<T>) => unknown): Promise<T> {
    return new Promise((resolve, reject) => send((err, resp) => (err ? reject(err) : resolve(resp))));
}

interface StreamedOutput {
    stdout: string;
    stderr: string;
    error?: grpc.ServiceError;
}

function collect(stream: grpc.ClientReadableStream<language.InstallDependenciesResponse>): Promise<StreamedOutput> {
    const out: StreamedOutput = { stdout: "", stderr: "" };
    return new Promise((resolve) => {
        stream.on("data", (resp: language.InstallDependenciesResponse) => {
            out.stdout += Buffer.from(resp.getStdout_asU8()).toString();
            out.stderr += Buffer.from(resp.getStderr_asU8()).toString();
        });
        stream.on("error", (error: grpc.ServiceError) => resolve({ ...out, error }));
        stream.on("end", () => resolve(out));
    });
}

function programInfo(programDirectory: string): language.ProgramInfo {
    return new language.ProgramInfo().setRootDirectory(programDirectory).setProgramDirectory(programDirectory).setEntryPoint(".");
}

function writeJson(file: string, value: unknown): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(value));
}

/** A project whose program sits below its package.json, with a node_modules laid out as npm does. */
function projectWithInstalledPackages(): string {
    const root = makeWorkDir("host-dependencies");
    writeJson(path.join(root, "package.json"), {
        name: "deps-project",
        dependencies: { alpha: "^1.0.0" },
        devDependencies: { "@scope/beta": "2.1.0" },
        optionalDependencies: { gamma: "*" },
    });
    const modules = path.join(root, "node_modules");
    writeJson(path.join(modules, "alpha", "package.json"), { name: "alpha", version: "1.0.0" });
    writeJson(path.join(modules, "alpha", "node_modules", "delta", "package.json"), { name: "delta", version: "4.0.0" });
    writeJson(path.join(modules, "@scope", "beta", "package.json"), { name: "@scope/beta", version: "2.1.0" });
    writeJson(path.join(modules, "delta", "package.json"), { name: "delta", version: "3.0.0" });
    writeJson(path.join(modules, ".package-lock.json"), { name: "deps-project", packages: {} });
    fs.mkdirSync(path.join(root, "src"));
    return root;
}

function listed(resp: language.GetProgramDependenciesResponse): string[] {
    return resp.getDependenciesList().map((d) => `${d.getName()}@${d.getVersion()}`);
}

describe("language host: the gRPC server", () => {
    let host: ChildProcess;
    let client: LanguageRuntimeClient;

    before(async () => {
        host = spawn(process.execPath, [HOST_MAIN, "127.0.0.1:1"], {
            cwd: REPO_ROOT,
            env: { ...process.env, ...NPM_LOCAL_INSTALL_ENV },
            stdio: ["ignore", "pipe", "inherit"],
        });
        const port = await new Promise<string>((resolve, reject) => {
            host.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim()));
            host.once("exit", (code) => reject(new Error(`host exited with ${code}`)));
        });
        assert.match(port, /^\d+$/);
        client = new LanguageRuntimeClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    });

    after(() => {
        client?.close();
        host?.kill("SIGTERM");
        cleanWorkDirs();
    });

    it("reports the CLI's version", async () => {
        const info = await unary<PluginInfo>((cb) => client.getPluginInfo(new Empty(), cb));
        assert.strictEqual(info.getVersion(), "3.274.1");
    });

    it("requires no plugins or packages", async () => {
        const plugins = await unary<language.GetRequiredPluginsResponse>((cb) => client.getRequiredPlugins(new language.GetRequiredPluginsRequest(), cb));
        assert.deepStrictEqual(plugins.getPluginsList(), []);
        const packages = await unary<language.GetRequiredPackagesResponse>((cb) => client.getRequiredPackages(new language.GetRequiredPackagesRequest(), cb));
        assert.deepStrictEqual(packages.getPackagesList(), []);
    });

    it("answers about with the Node.js that runs programs and the npm on PATH", async () => {
        const about = await unary<language.AboutResponse>((cb) => client.about(new language.AboutRequest().setInfo(programInfo(REPO_ROOT)), cb));
        // The host runs programs with its own executable, which the test started with this one.
        assert.strictEqual(about.getExecutable(), process.execPath);
        assert.strictEqual(about.getVersion(), process.version);
        assert.deepStrictEqual(Object.fromEntries(about.getMetadataMap().toObject()), {
            packagemanager: "npm",
            packagemanagerVersion: execFileSync("npm", ["--version"], { encoding: "utf8" }).trim(),
        });
    });

    it("lists the direct dependencies with their installed versions", async () => {
        const project = projectWithInstalledPackages();
        const request = new language.GetProgramDependenciesRequest().setInfo(programInfo(path.join(project, "src")));
        const resp = await unary<language.GetProgramDependenciesResponse>((cb) => client.getProgramDependencies(request, cb));
        // gamma is optional and not installed.
        assert.deepStrictEqual(listed(resp), ["@scope/beta@2.1.0", "alpha@1.0.0"]);
    });

    it("lists every installed package, nested ones included, when asked for transitive dependencies", async () => {
        const project = projectWithInstalledPackages();
        const request = new language.GetProgramDependenciesRequest()
            .setInfo(programInfo(path.join(project, "src")))
            .setTransitivedependencies(true);
        const resp = await unary<language.GetProgramDependenciesResponse>((cb) => client.getProgramDependencies(request, cb));
        assert.deepStrictEqual(listed(resp), ["@scope/beta@2.1.0", "alpha@1.0.0", "delta@3.0.0", "delta@4.0.0"]);
    });

    it("names the dependencies that are declared but not installed", async () => {
        const project = projectWithInstalledPackages();
        writeJson(path.join(project, "package.json"), { dependencies: { alpha: "1.0.0", zeta: "1.0.0" } });
        const request = new language.GetProgramDependenciesRequest().setInfo(programInfo(project));
        await assert.rejects(
            unary((cb) => client.getProgramDependencies(request, cb)),
            (err: grpc.ServiceError) => /not installed: zeta; run 'npm install'/.test(err.details),
        );
    });

    it("installs dependencies with npm, streaming its output", async () => {
        const project = makeWorkDir("host-install");
        writeJson(path.join(project, "vendor", "greeting", "package.json"), { name: "greeting", version: "1.2.3" });
        writeJson(path.join(project, "package.json"), { name: "install-project", dependencies: { greeting: "file:./vendor/greeting" } });
        const out = await collect(client.installDependencies(new language.InstallDependenciesRequest().setInfo(programInfo(project))));
        assert.strictEqual(out.error, undefined, out.stderr);
        assert.match(out.stdout, /added 1 package/);
        assert.match(out.stdout, /Finished installing dependencies/);
        assert.strictEqual(JSON.parse(fs.readFileSync(path.join(project, "node_modules", "greeting", "package.json"), "utf8")).version, "1.2.3");
    });

    it("fails the install call when npm fails", async () => {
        const project = makeWorkDir("host-install-fails");
        fs.writeFileSync(path.join(project, "package.json"), '{ "name": "broken-project", ');
        const out = await collect(client.installDependencies(new language.InstallDependenciesRequest().setInfo(programInfo(project))));
        assert.match(out.error?.details ?? "", /npm install exited with code [1-9]/);
        assert.notStrictEqual(out.stderr, "");
    });

    it("answers UNIMPLEMENTED for what it does not serve", async () => {
        await assert.rejects(
            unary((cb) => client.generateProgram(new language.GenerateProgramRequest(), cb)),
            (err: grpc.ServiceError) => err.code === grpc.status.UNIMPLEMENTED,
        );
    });
});
