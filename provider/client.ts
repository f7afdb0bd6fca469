// One SageMaker client per provider process, built from the settings on
// first use. Clients are safe to share between concurrent calls.
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { providerSettings, ProviderSettings } from "./settings";

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
    return new SageMakerClient({
        ...(settings.region ? { region: settings.region } : {}),
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.profile ? { profile: settings.profile } : {}),
        maxAttempts: settings.maxAttempts,
        // Adaptive mode adds client-side rate limiting on top of retries with
        // backoff: what SageMaker's per-account throttling calls for.
        retryMode: "adaptive",
    });
}

/** The region the client will use, for messages. */
export async function clientRegion(): Promise<string> {
    try {
        return await sagemakerClient().config.region();
    } catch {
        return "the configured region";
    }
}
