#!/usr/bin/env node
// A stand-in for Pulumi's official Node.js language host (`pulumi-language-nodejs`),
// for machines where the official binary cannot be installed. A normal Pulumi
// install ships the official host beside the CLI and never uses this file.
//
// It serves the LanguageRuntime gRPC service the way the official host does:
// `run` starts the SDK's own program runner (`@pulumi/pulumi/cmd/run`) with the
// same arguments and environment, and `runPlugin` starts policy packs through
// `@pulumi/pulumi/cmd/run-policy-pack`. Every SDK piece is resolved from the
// project being run, so the host itself has no dependencies of its own and can
// be copied anywhere as one folder.
import { resolveSdk } from "./sdk";
import { LanguageRuntime } from "./runtime";
import { parseHostArgs } from "./args";
import { HOST_VERSION } from "./version";
import { onStdinPipeClosed } from "./stdin-pipe";
import { endPluginsOf } from "./engine-plugins";

/** How long after the engine's death the host looks again for plugins it started. */
const PLUGIN_SWEEP_AGAIN_MS = 250;

async function main(): Promise<void> {
    const args = parseHostArgs(process.argv.slice(2));
    if (args.version) {
        console.log(HOST_VERSION);
        return;
    }
    const sdk = resolveSdk(process.cwd());
    const runtime = new LanguageRuntime(sdk, args.engineAddress);
    const server = new sdk.grpc.Server({
        "grpc.max_receive_message_length": 400 * 1024 * 1024,
        "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
    server.addService(sdk.languageGrpc.LanguageRuntimeService, runtime.handlers());
    const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync("127.0.0.1:0", sdk.grpc.ServerCredentials.createInsecure(), (err, p) =>
            err ? reject(err) : resolve(p),
        ),
    );
    // The engine reads the port from the first line of standard output.
    process.stdout.write(`${port}\n`);

    const shutdown = () => {
        runtime.cancelAll();
        server.tryShutdown(() => process.exit(0));
        // A call that never completes must not keep the host alive.
        setTimeout(() => process.exit(0), 5000).unref();
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
    // The engine died without shutting the host down (a killed `pulumi`): nobody is left to serve,
    // and nothing the host or the engine started has anyone to answer to.
    onStdinPipeClosed(() => {
        runtime.killAll();
        endPluginsOf(args.engineAddress);
        // A plugin the engine forked in its last moment may not show its arguments yet (forked, not
        // yet exec'd, on a loaded machine): look again once it has had the time to.
        setTimeout(() => endPluginsOf(args.engineAddress), PLUGIN_SWEEP_AGAIN_MS);
        setTimeout(() => {
            endPluginsOf(args.engineAddress);
            process.exit(0);
        }, 4 * PLUGIN_SWEEP_AGAIN_MS);
    });
}

main().catch((err) => {
    console.error(`pulumi-language-nodejs (stand-in): ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
});
