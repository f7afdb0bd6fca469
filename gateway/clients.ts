// One client per service per provider process (SageMaker, and IAM Identity Center's sso-admin and
// identity store), built from the provider settings on first use, each with the same region,
// credentials, retries and per-operation pacing. Clients are safe to share between concurrent calls.
import { IdentitystoreClient } from "@aws-sdk/client-identitystore";
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { SSOAdminClient } from "@aws-sdk/client-sso-admin";
import type { FinalizeHandler, HandlerExecutionContext, MetadataBearer } from "@smithy/types";
import { isThrottling, OperationPacer } from "./pacing";
import { PacedRetryStrategy } from "./retry-strategy";
import { providerSettings, ProviderSettings } from "./settings";

interface Clients {
    settings: ProviderSettings;
    sagemaker?: SageMakerClient;
    ssoAdmin?: SSOAdminClient;
    identityStore?: IdentitystoreClient;
}

let cached: Clients | undefined;

function clients(): Clients {
    const settings = providerSettings();
    if (!cached || cached.settings !== settings) {
        cached = { settings };
    }
    return cached;
}

export function sagemakerClient(): SageMakerClient {
    const c = clients();
    return (c.sagemaker ??= createClient(c.settings));
}

export function ssoAdminClient(): SSOAdminClient {
    const c = clients();
    return (c.ssoAdmin ??= paced(new SSOAdminClient(clientConfig(c.settings, c.settings.ssoAdminEndpoint))));
}

export function identityStoreClient(): IdentitystoreClient {
    const c = clients();
    return (c.identityStore ??= paced(new IdentitystoreClient(clientConfig(c.settings, c.settings.identityStoreEndpoint))));
}

/** A SageMaker client for the settings (also for the `sagemaker-studio` command). */
export function createClient(settings: ProviderSettings): SageMakerClient {
    return paced(new SageMakerClient(clientConfig(settings, settings.endpoint)));
}

function clientConfig(settings: ProviderSettings, endpoint: string | undefined) {
    // The SDK's notice about future Node.js releases would otherwise be repeated in every deployment's output.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    return {
        ...(settings.region ? { region: settings.region } : {}),
        // Without one, the SDK's own conventions apply (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL).
        ...(endpoint ? { endpoint } : {}),
        ...(settings.profile ? { profile: settings.profile } : {}),
        maxAttempts: settings.maxAttempts,
        retryStrategy: new PacedRetryStrategy(settings.maxAttempts),
    };
}

/** Any SDK client: their middleware stacks differ only in the services' input and output types. */
interface SdkClient {
    middlewareStack: { addRelativeTo(middleware: never, options: never): void };
}

function paced<C extends SdkClient>(client: C): C {
    const pacer = new OperationPacer();
    const pacing = (next: FinalizeHandler<object, MetadataBearer>, context: HandlerExecutionContext): FinalizeHandler<object, MetadataBearer> => async (args) => {
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
    };
    // Inside the retry loop, so that every attempt waits for its operation's slot.
    client.middlewareStack.addRelativeTo(pacing as never, { relation: "after", toMiddleware: "retryMiddleware", name: "operationPacing" } as never);
    return client;
}
