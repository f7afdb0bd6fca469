// The LanguageRuntime service: the calls `pulumi preview`, `up`, `--policy-pack`,
// `about` and `install` need. Calls not listed in `handlers()` answer
// UNIMPLEMENTED (grpc-js does that for any method a service implementation
// leaves out).
import { ChildProcess, spawn, SpawnOptions } from "child_process";
import * as path from "path";
import type { sendUnaryData, ServerWritableStream } from "@grpc/grpc-js";
import type { ILanguageRuntimeServer } from "@pulumi/pulumi/proto/language_grpc_pb";
import type * as language from "@pulumi/pulumi/proto/language_pb";
import { Sdk, resolveFrom } from "./sdk";
import { programEnvironment, programArguments, RunInputs } from "./program";
import { programDependencies } from "./dependencies";
import { assertNpmProject, NPM_INSTALL_ARGS, npmVersion } from "./npm";
import { HOST_VERSION } from "./version";

export type ServedCalls = Pick<
    ILanguageRuntimeServer,
    | "handshake"
    | "getRequiredPlugins"
    | "getRequiredPackages"
    | "getPluginInfo"
    | "run"
    | "runPlugin"
    | "about"
    | "getProgramDependencies"
    | "installDependencies"
    | "cancel"
>;

/** Where a piped child's output goes. */
interface OutputSink {
    stdout(chunk: Buffer): void;
    stderr(chunk: Buffer): void;
}

/**
 * Node.js children (programs, policy packs) get a pipe from this host on stdin and this preload,
 * which ends them once that pipe closes: they end with the host, even when it is killed.
 */
const END_WITH_HOST = ["--require", require.resolve("./end-with-host")];

/** Exit code by which the SDK's runner says "the user was already shown an actionable message". */
const EXITED_AFTER_USER_ACTIONABLE_MESSAGE = 32;

export class LanguageRuntime {
    private readonly children = new Set<ChildProcess>();

    constructor(
        private readonly sdk: Sdk,
        private engineAddress: string,
    ) {}

    handlers(): ServedCalls {
        const proto = this.sdk.languageProto;
        return {
            handshake: (call, cb) => {
                this.engineAddress = call.request.getEngineAddress() || this.engineAddress;
                cb(null, new proto.LanguageHandshakeResponse());
            },
            getRequiredPlugins: (_call, cb) => cb(null, new proto.GetRequiredPluginsResponse().setPluginsList([])),
            getRequiredPackages: (_call, cb) => cb(null, new proto.GetRequiredPackagesResponse().setPackagesList([])),
            getPluginInfo: (_call, cb) => cb(null, new this.sdk.pluginProto.PluginInfo().setVersion(HOST_VERSION)),
            run: (call, cb) => answer(cb, () => this.run(call.request)),
            runPlugin: (call) => this.runPlugin(call),
            about: (_call, cb) => answer(cb, () => this.about()),
            getProgramDependencies: (call, cb) => answer(cb, async () => this.programDependencies(call.request)),
            installDependencies: (call) => this.installDependencies(call),
            cancel: (_call, cb) => {
                this.cancelAll();
                cb(null, new this.sdk.Empty());
            },
        };
    }

    /** Asks every child to stop, as Ctrl-C would. */
    cancelAll(): void {
        for (const child of this.children) {
            child.kill("SIGINT");
        }
    }

    /** Ends every child at once. */
    killAll(): void {
        for (const child of this.children) {
            child.kill("SIGKILL");
        }
    }

    private async run(req: language.RunRequest): Promise<language.RunResponse> {
        const resp = new this.sdk.languageProto.RunResponse();
        const info = req.getInfo();
        const inputs: RunInputs = {
            monitorAddress: req.getMonitorAddress(),
            engineAddress: this.engineAddress,
            organization: req.getOrganization(),
            project: req.getProject(),
            stack: req.getStack(),
            rootDirectory: info?.getRootDirectory() || "",
            programDirectory: info?.getProgramDirectory() || req.getPwd(),
            entryPoint: info?.getEntryPoint() || req.getProgram() || ".",
            dryRun: req.getDryrun(),
            parallel: req.getParallel(),
            args: req.getArgsList(),
            config: Object.fromEntries(req.getConfigMap().toObject()),
            configSecretKeys: req.getConfigsecretkeysList(),
            options: runtimeOptions(info),
        };
        let runPath: string;
        try {
            runPath = resolveFrom(inputs.programDirectory, "@pulumi/pulumi/cmd/run");
        } catch (err) {
            resp.setError((err as Error).message);
            return resp;
        }
        const nodeArgs = splitNodeArgs(inputs.options.nodeargs);
        const code = await this.runNode([...nodeArgs, runPath, ...programArguments(inputs)], {
            cwd: inputs.programDirectory,
            env: { ...process.env, ...programEnvironment(inputs) },
        });
        if (code === EXITED_AFTER_USER_ACTIONABLE_MESSAGE) {
            resp.setBail(true);
        } else if (code !== 0) {
            resp.setError(`Program exited with non-zero exit code: ${code}`);
        }
        return resp;
    }

    /** Starts a policy pack (or another Node plugin) and streams its output and exit code. */
    private async runPlugin(call: ServerWritableStream<language.RunPluginRequest, language.RunPluginResponse>): Promise<void> {
        const req = call.request;
        const info = req.getInfo();
        const packDirectory = path.resolve(req.getPwd() || process.cwd(), info?.getProgramDirectory() || req.getProgram());
        const send = (fill: (resp: language.RunPluginResponse) => void) => {
            const resp = new this.sdk.languageProto.RunPluginResponse();
            fill(resp);
            call.write(resp);
        };
        const output: OutputSink = {
            stdout: (chunk) => send((r) => r.setStdout(chunk)),
            stderr: (chunk) => send((r) => r.setStderr(chunk)),
        };
        let code: number;
        try {
            const runPath = resolveFrom(packDirectory, "@pulumi/pulumi/cmd/run-policy-pack");
            const engine = req.getArgsList().find((a) => !a.startsWith("-")) ?? this.engineAddress;
            const env: NodeJS.ProcessEnv = { ...process.env };
            for (const entry of req.getEnvList()) {
                const eq = entry.indexOf("=");
                if (eq > 0) {
                    env[entry.slice(0, eq)] = entry.slice(eq + 1);
                }
            }
            code = await this.runNode([runPath, engine, packDirectory], { cwd: packDirectory, env }, output);
        } catch (err) {
            output.stderr(Buffer.from(`${(err as Error).message}\n`));
            code = 1;
        }
        send((r) => r.setExitcode(code));
        call.end();
    }

    /** The Node.js that runs programs and plugins (this process's), and the package manager. */
    private async about(): Promise<language.AboutResponse> {
        const resp = new this.sdk.languageProto.AboutResponse().setExecutable(process.execPath).setVersion(process.version);
        resp.getMetadataMap().set("packagemanager", "npm");
        const version = await npmVersion();
        if (version) {
            resp.getMetadataMap().set("packagemanagerVersion", version);
        }
        return resp;
    }

    private programDependencies(req: language.GetProgramDependenciesRequest): language.GetProgramDependenciesResponse {
        const directory = req.getInfo()?.getProgramDirectory() || req.getPwd();
        const list = programDependencies(directory, req.getTransitivedependencies()).map(({ name, version }) =>
            new this.sdk.languageProto.DependencyInfo().setName(name).setVersion(version),
        );
        return new this.sdk.languageProto.GetProgramDependenciesResponse().setDependenciesList(list);
    }

    /** `npm install` in the program's folder, streaming npm's output; fails the call when npm fails. */
    private async installDependencies(
        call: ServerWritableStream<language.InstallDependenciesRequest, language.InstallDependenciesResponse>,
    ): Promise<void> {
        const req = call.request;
        const directory = req.getInfo()?.getProgramDirectory() || req.getDirectory();
        const send = (fill: (resp: language.InstallDependenciesResponse) => void) => {
            const resp = new this.sdk.languageProto.InstallDependenciesResponse();
            fill(resp);
            call.write(resp);
        };
        try {
            assertNpmProject(directory, runtimeOptions(req.getInfo()).packagemanager);
            send((r) => r.setStdout(Buffer.from(`Installing dependencies in ${directory} with npm ${NPM_INSTALL_ARGS.join(" ")}\n`)));
            const code = await this.runChild("npm", NPM_INSTALL_ARGS, { cwd: directory, env: process.env }, {
                stdout: (chunk) => send((r) => r.setStdout(chunk)),
                stderr: (chunk) => send((r) => r.setStderr(chunk)),
            });
            if (code !== 0) {
                throw new Error(`npm install exited with code ${code}`);
            }
            send((r) => r.setStdout(Buffer.from("Finished installing dependencies\n")));
            call.end();
        } catch (err) {
            call.emit("error", { code: this.sdk.grpc.status.UNKNOWN, details: (err as Error).message });
        }
    }

    /** Runs the Node.js that runs this host, with `args`, as a child that ends with the host. */
    private runNode(args: string[], options: SpawnOptions, output?: OutputSink): Promise<number> {
        return this.runChild(process.execPath, [...END_WITH_HOST, ...args], options, output, "pipe");
    }

    /**
     * Runs a child, cancellable with the others, and resolves with its exit code. Its output
     * goes to `output` when given, otherwise to this process's stdout and stderr (as the
     * official host runs programs).
     */
    private runChild(command: string, args: string[], options: SpawnOptions, output?: OutputSink, stdin: "pipe" | "ignore" = "ignore"): Promise<number> {
        return new Promise((resolve) => {
            const child = spawn(command, args, { ...options, stdio: [stdin, output ? "pipe" : "inherit", output ? "pipe" : "inherit"] });
            this.children.add(child);
            if (output) {
                child.stdout!.on("data", output.stdout);
                child.stderr!.on("data", output.stderr);
            }
            child.on("error", (err) => {
                const message = `could not run ${command}: ${err.message}\n`;
                if (output) {
                    output.stderr(Buffer.from(message));
                } else {
                    process.stderr.write(message);
                }
                resolve(1);
            });
            child.on("close", (code, signal) => {
                this.children.delete(child);
                resolve(code ?? (signal ? 128 : 1));
            });
        });
    }
}

/** Answers a unary call with what `work` returns, or with its error. */
function answer<T>(cb: sendUnaryData<T>, work: () => Promise<T>): void {
    work().then(
        (resp) => cb(null, resp),
        (err: Error) => cb(err),
    );
}

/** `runtime.options` of Pulumi.yaml. */
function runtimeOptions(info: language.ProgramInfo | undefined): Record<string, unknown> {
    return info?.getOptions()?.toJavaScript() ?? {};
}

/** Splits the `nodeargs` runtime option on white space, as a shell would for simple flags. */
function splitNodeArgs(value: unknown): string[] {
    return typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [];
}
