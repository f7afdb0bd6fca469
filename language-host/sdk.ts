// Resolves the Pulumi Node.js SDK pieces the host serves with, from the
// project being run (never from wherever this file happens to live). The
// types come from this repository's copy of the SDK; nothing of it is loaded
// from here at run time.
import { createRequire } from "module";
import * as path from "path";

export interface Sdk {
    /** `@grpc/grpc-js`, the instance the SDK's generated stubs use. */
    grpc: typeof import("@grpc/grpc-js");
    /** `@pulumi/pulumi/proto/language_grpc_pb`. */
    languageGrpc: typeof import("@pulumi/pulumi/proto/language_grpc_pb");
    /** `@pulumi/pulumi/proto/language_pb`. */
    languageProto: typeof import("@pulumi/pulumi/proto/language_pb");
    /** `@pulumi/pulumi/proto/plugin_pb`. */
    pluginProto: typeof import("@pulumi/pulumi/proto/plugin_pb");
    /** `google.protobuf.Empty`, from the protobuf runtime the stubs use. */
    Empty: typeof import("google-protobuf/google/protobuf/empty_pb").Empty;
    /** Directory of the resolved `@pulumi/pulumi` package. */
    root: string;
}

export function resolveSdk(fromDirectory: string): Sdk {
    let packageJson: string;
    try {
        packageJson = require.resolve("@pulumi/pulumi/package.json", { paths: [fromDirectory] });
    } catch {
        throw new Error(
            `cannot find @pulumi/pulumi from ${fromDirectory}; run 'npm install' in the project first`,
        );
    }
    const root = path.dirname(packageJson);
    const sdkRequire = createRequire(packageJson);
    return {
        grpc: sdkRequire("@grpc/grpc-js"),
        languageGrpc: sdkRequire("./proto/language_grpc_pb"),
        languageProto: sdkRequire("./proto/language_pb"),
        pluginProto: sdkRequire("./proto/plugin_pb"),
        Empty: createRequire(sdkRequire.resolve("./proto/language_pb"))("google-protobuf/google/protobuf/empty_pb").Empty,
        root,
    };
}

/** Resolves a module of `@pulumi/pulumi` as seen from `directory`, or explains why not. */
export function resolveFrom(directory: string, request: string): string {
    try {
        return require.resolve(request, { paths: [directory] });
    } catch {
        throw new Error(`cannot resolve '${request}' from ${directory}; run 'npm install' there first`);
    }
}
