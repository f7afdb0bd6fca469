// One SageMaker client per provider process, built from the settings on
// first use. Clients are safe to share between concurrent calls.
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { FinalizeHandler, HandlerExecutionContext, MetadataBearer } from "@smithy/types";
import { isThrottling, OperationPacer } from "./pacing";
import { PacedRetryStrategy } from "./retry-strategy";
import { providerSettings, ProviderSettings } from "../common/provider-config";

let cached: { settings: ProviderSettings; client: SageMakerClient } | undefined;

export function sagemakerClient(): SageMakerClient {
    const settings = providerSettings();
    if (!cached || cached.settings !== settings) {
        cached = { settings, client: createClient(settings) };
    }
    return cached.client;
}

export function createClient(settings: ProviderSettings): SageMakerClient {
    // The pinned SDK supports Node 20; its notice about future releases would
    // otherwise be repeated in every deployment's output.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    const client = new SageMakerClient({
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.profile ? { profile: settings.profile } : {}),
        maxAttempts: settings.maxAttempts,
        retryStrategy: new PacedRetryStrategy(settings.maxAttempts),
    });
    const pacer = new OperationPacer();
    // Inside the retry loop, so that every attempt waits for its operation's slot.
    client.middlewareStack.addRelativeTo(
        (next: FinalizeHandler<object, MetadataBearer>, context: HandlerExecutionContext): FinalizeHandler<object, MetadataBearer> => async (args) => {
            const ticket = await pacer.slot(context.commandName ?? "");
            try {
                const result = await next(args);
                pacer.succeeded(ticket);
                return result;
            } catch (error) {
                if (isThrottling(error)) {
                    pacer.throttled(ticket);
                }
                throw error;
            }
        },
        { relation: "after", toMiddleware: "retryMiddleware", name: "operationPacing" },
    );
    return client;
}
