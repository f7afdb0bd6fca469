// The LanguageRuntime service: the calls `pulumi preview`, `up` and
// `--policy-pack` need. Calls not listed in `handlers()` answer UNIMPLEMENTED
// (grpc-js does that for any method a service implementation leaves out).
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import { Sdk, resolveFrom } from "./sdk";
import { programEnvironment, programArguments, RunInputs } from "./program";
import { HOST_VERSION } from "./version";

/* eslint-disable @typescript-eslint/no-explicit-any */
type UnaryCallback = (err: any, value?: any) => void;

/** Exit code by which the SDK's runner says "the user was already shown an actionable message". */
const EXITED_AFTER_USER_ACTIONABLE_MESSAGE = 32;

export class LanguageRuntime {
    private readonly children = new Set<ChildProcess>();

    constructor(
        private readonly sdk: Sdk,
        private engineAddress: string,
    ) {}

    handlers(): Record<string, (...args: any[]) => void> {
        return {
            handshake: (call: any, cb: UnaryCallback) => this.handshake(call, cb),
            getRequiredPlugins: (_call: any, cb: UnaryCallback) => {
                const resp = new this.sdk.languageProto.GetRequiredPluginsResponse();
                resp.setPluginsList([]);
                cb(null, resp);
            },
            getRequiredPackages: (_call: any, cb: UnaryCallback) => {
                const resp = new this.sdk.languageProto.GetRequiredPackagesResponse();
                resp.setPackagesList([]);
                cb(null, resp);
            },
            getPluginInfo: (_call: any, cb: UnaryCallback) => {
                const info = new this.sdk.pluginProto.PluginInfo();
                info.setVersion(HOST_VERSION);
                cb(null, info);
            },
            run: (call: any, cb: UnaryCallback) => {
                this.run(call.request).then(
                    (resp) => cb(null, resp),
                    (err) => cb(err),
                );
            },
            runPlugin: (call: any) => this.runPlugin(call),
            cancel: (_call: any, cb: UnaryCallback) => {
                this.cancelAll();
                cb(null, new this.sdk.Empty());
            },
        };
    }

    cancelAll(): void {
        for (const child of this.children) {
            child.kill("SIGINT");
        }
    }

    private handshake(call: any, cb: UnaryCallback): void {
        const address: string = call.request.getEngineAddress();
        if (address) {
            this.engineAddress = address;
        }
        cb(null, new this.sdk.languageProto.LanguageHandshakeResponse());
    }

    private async run(req: any): Promise<any> {
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
            config: Object.fromEntries(req.getConfigMap().entries()),
            configSecretKeys: req.getConfigsecretkeysList(),
            options: info?.getOptions()?.toJavaScript() ?? {},
        };
        let runPath: string;
        try {
            runPath = resolveFrom(inputs.programDirectory, "@pulumi/pulumi/cmd/run");
        } catch (err) {
            resp.setError((err as Error).message);
            return resp;
        }
        const nodeArgs = splitNodeArgs(inputs.options.nodeargs);
        const code = await this.spawnInherited(
            process.execPath,
            [...nodeArgs, runPath, ...programArguments(inputs)],
            inputs.programDirectory,
            { ...process.env, ...programEnvironment(inputs) },
        );
        if (code === EXITED_AFTER_USER_ACTIONABLE_MESSAGE) {
            resp.setBail(true);
        } else if (code !== 0) {
            resp.setError(`Program exited with non-zero exit code: ${code}`);
        }
        return resp;
    }

    /** Starts a policy pack (or another Node plugin) and streams its output and exit code. */
    private runPlugin(call: any): void {
        const req = call.request;
        const info = req.getInfo();
        const packDirectory: string = path.resolve(req.getPwd() || process.cwd(), info?.getProgramDirectory() || req.getProgram());
        const send = (fill: (resp: any) => void) => {
            const resp = new this.sdk.languageProto.RunPluginResponse();
            fill(resp);
            call.write(resp);
        };
        let runPath: string;
        try {
            runPath = resolveFrom(packDirectory, "@pulumi/pulumi/cmd/run-policy-pack");
        } catch (err) {
            send((r) => r.setStderr(Buffer.from(`${(err as Error).message}\n`)));
            send((r) => r.setExitcode(1));
            call.end();
            return;
        }
        const engine = (req.getArgsList() as string[]).find((a) => !a.startsWith("-")) ?? this.engineAddress;
        const env: NodeJS.ProcessEnv = { ...process.env };
        for (const entry of req.getEnvList() as string[]) {
            const eq = entry.indexOf("=");
            if (eq > 0) {
                env[entry.slice(0, eq)] = entry.slice(eq + 1);
            }
        }
        const child = spawn(process.execPath, [runPath, engine, packDirectory], {
            cwd: packDirectory,
            env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        this.children.add(child);
        child.stdout!.on("data", (chunk: Buffer) => send((r) => r.setStdout(chunk)));
        child.stderr!.on("data", (chunk: Buffer) => send((r) => r.setStderr(chunk)));
        child.on("error", (err) => {
            send((r) => r.setStderr(Buffer.from(`${err.message}\n`)));
        });
        child.on("close", (code, signal) => {
            this.children.delete(child);
            send((r) => r.setExitcode(code ?? (signal ? 128 : 1)));
            call.end();
        });
    }

    /** Runs a child with this process's stdout and stderr, as the official host does. */
    private spawnInherited(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
        return new Promise((resolve) => {
            const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
            this.children.add(child);
            child.on("error", (err) => {
                console.error(`Problem executing program (could not run language executor): ${err.message}`);
                resolve(1);
            });
            child.on("close", (code, signal) => {
                this.children.delete(child);
                resolve(code ?? (signal ? 128 : 1));
            });
        });
    }
}

/** Splits the `nodeargs` runtime option on white space, as a shell would for simple flags. */
function splitNodeArgs(value: unknown): string[] {
    return typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [];
}
