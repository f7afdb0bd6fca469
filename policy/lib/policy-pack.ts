// The SDK's PolicyPack, which also refuses config its policies do not declare. The engine passes
// unknown keys and unknown policy names on to the pack's Configure call, the one place the pack
// sees its config before anything is analyzed; the pack answers that call with one error naming
// them, which the engine prints as it fails.
import type * as grpc from "@grpc/grpc-js";
import * as policySdk from "@pulumi/policy";
import type { ConfigureAnalyzerRequest } from "@pulumi/pulumi/proto/analyzer_pb";
import { createRequire } from "module";
import { undeclaredConfig, type PolicyConfigByName } from "./config-check";

// The gRPC module the SDK's analyzer server is built with.
const sdkGrpc = createRequire(require.resolve("@pulumi/policy"))("@grpc/grpc-js") as typeof grpc;

type ConfigureHandler = grpc.handleUnaryCall<ConfigureAnalyzerRequest, unknown>;

export class PolicyPack extends policySdk.PolicyPack {
    constructor(name: string, args: policySdk.PolicyPackArgs, initialConfig?: policySdk.PolicyPackConfig) {
        // The SDK registers its handlers while it constructs the pack; its Configure handler is wrapped there.
        const addService = sdkGrpc.Server.prototype.addService;
        sdkGrpc.Server.prototype.addService = function (service, implementation) {
            const configure = implementation.configure as ConfigureHandler | undefined;
            addService.call(this, service, configure ? { ...implementation, configure: refusingUndeclaredConfig(args.policies, configure) } : implementation);
        };
        try {
            super(name, args, initialConfig);
        } finally {
            sdkGrpc.Server.prototype.addService = addService;
        }
    }
}

/** A Configure handler that fails with the undeclared names and keys, and otherwise hands the call to `configure`. */
export function refusingUndeclaredConfig(policies: policySdk.Policies, configure: ConfigureHandler): ConfigureHandler {
    return (call, callback) => {
        const problems = undeclaredConfig(policies, configByName(call.request));
        if (problems.length > 0) {
            callback({ code: sdkGrpc.status.INVALID_ARGUMENT, details: problems.join("\n") });
        } else {
            configure(call, callback);
        }
    };
}

function configByName(request: ConfigureAnalyzerRequest): PolicyConfigByName {
    const config: Record<string, Record<string, unknown>> = {};
    request.getPolicyconfigMap().forEach((policyConfig, name) => {
        config[name] = (policyConfig.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>;
    });
    return config;
}
