// How a Pulumi Node.js program is started: the arguments and environment that
// `@pulumi/pulumi/cmd/run` expects, built from the engine's RunRequest.
export interface RunInputs {
    monitorAddress: string;
    engineAddress: string;
    organization: string;
    project: string;
    stack: string;
    rootDirectory: string;
    programDirectory: string;
    entryPoint: string;
    dryRun: boolean;
    parallel: number;
    args: string[];
    config: Record<string, string>;
    configSecretKeys: string[];
    /** `runtime.options` of Pulumi.yaml. */
    options: Record<string, unknown>;
}

export function programArguments(run: RunInputs): string[] {
    const args: string[] = [];
    const flag = (name: string, value: string | number | undefined) => {
        if (value !== undefined && value !== "") {
            args.push(`--${name}`, String(value));
        }
    };
    flag("monitor", run.monitorAddress);
    flag("engine", run.engineAddress);
    flag("organization", run.organization);
    flag("project", run.project);
    flag("root-directory", run.rootDirectory);
    flag("stack", run.stack);
    flag("pwd", run.programDirectory);
    if (run.dryRun) {
        args.push("--dry-run");
    }
    flag("parallel", run.parallel);
    args.push(run.entryPoint || ".");
    args.push(...run.args);
    return args;
}

export function programEnvironment(run: RunInputs): Record<string, string> {
    const env: Record<string, string> = {
        PULUMI_CONFIG: JSON.stringify(legacyConfigKeys(run.config)),
        PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(run.configSecretKeys ?? []),
    };
    // TypeScript is on unless Pulumi.yaml says `typescript: false`.
    if (run.options.typescript !== false && run.options.typescript !== "false") {
        env.PULUMI_NODEJS_TYPESCRIPT = "true";
    }
    if (typeof run.options.tsconfig === "string" && run.options.tsconfig) {
        env.PULUMI_NODEJS_TSCONFIG_PATH = run.options.tsconfig;
    }
    return env;
}

/**
 * `ns:name` becomes `ns:config:name`, the form every SDK version understands
 * (the official host presents config the same way).
 */
export function legacyConfigKeys(config: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(config)) {
        const colon = key.indexOf(":");
        out[colon > 0 ? `${key.slice(0, colon)}:config:${key.slice(colon + 1)}` : key] = value;
    }
    return out;
}
