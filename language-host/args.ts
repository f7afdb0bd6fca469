// Command line of a language plugin: the engine passes flags in Go's style
// (`-tracing=…`, `-root=…`, `--version`) followed by the engine's address.
export interface HostArgs {
    engineAddress: string;
    version: boolean;
}

export function parseHostArgs(argv: readonly string[]): HostArgs {
    let engineAddress = "";
    let version = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "-version" || arg === "--version") {
            version = true;
        } else if (arg.startsWith("-")) {
            // A flag with a separate value (`-tracing addr`) consumes the next argument.
            const takesValue = !arg.includes("=") && /^--?(tracing|root|binary|typescript|tsconfig|nodeargs|packagemanager)$/.test(arg);
            if (takesValue) {
                i++;
            }
        } else if (!engineAddress) {
            engineAddress = arg;
        }
    }
    return { engineAddress, version };
}
