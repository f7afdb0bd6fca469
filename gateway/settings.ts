// Where the provider sends its calls, from stack config with the AWS
// conventions as fallback:
//   region:      sagemaker:region, aws:region, then AWS_REGION / AWS_DEFAULT_REGION / the profile's
//   endpoint:    sagemaker:endpoint, then AWS_ENDPOINT_URL_SAGEMAKER / AWS_ENDPOINT_URL (read by the SDK);
//                Identity Center: sagemaker:ssoAdminEndpoint, then AWS_ENDPOINT_URL_SSO_ADMIN, and
//                sagemaker:identityStoreEndpoint, then AWS_ENDPOINT_URL_IDENTITYSTORE
//   credentials: aws:profile, then the SDK's default chain (AWS_PROFILE, environment, SSO, …)
//   retries:     sagemaker:maxAttempts (default 10) for 5xx and transient errors; throttling is
//                paced per operation and retried within a time budget (aws/pacing.ts, aws/retry-strategy.ts)
//   polling:     sagemaker:pollMinDelay / sagemaker:pollMaxDelay, in seconds
//   deleting:    sagemaker:deleteApps (true/false): delete a profile's apps and private spaces
//                with it, for every profile whose resource does not set deleteApps itself
// Credentials are never read here and never stored: the SDK resolves them in
// the provider process.
export interface ProviderSettings {
    region?: string;
    endpoint?: string;
    ssoAdminEndpoint?: string;
    identityStoreEndpoint?: string;
    profile?: string;
    maxAttempts: number;
    pollMinDelay: number;
    pollMaxDelay: number;
    deleteApps?: boolean;
}

interface ConfigReader {
    get(key: string): string | undefined;
}

export const DEFAULT_SETTINGS: ProviderSettings = {
    maxAttempts: 10,
    pollMinDelay: 1,
    pollMaxDelay: 15,
};

let current: ProviderSettings = { ...DEFAULT_SETTINGS };

function positiveNumber(key: string, raw: string | undefined, fallback: number): number {
    if (raw === undefined || raw === "") {
        return fallback;
    }
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) {
        throw new Error(`stack config ${key} must be a positive number, got "${raw}"`);
    }
    return n;
}

export function settingsFromConfig(config: ConfigReader): ProviderSettings {
    const get = (key: string) => {
        const v = config.get(key);
        return v === undefined || v === "" ? undefined : v;
    };
    const url = (key: string) => {
        const value = get(key);
        if (value !== undefined) {
            try {
                new URL(value);
            } catch {
                throw new Error(`stack config ${key} must be a URL such as http://127.0.0.1:4566, got "${value}"`);
            }
        }
        return value;
    };
    const endpoint = url("sagemaker:endpoint");
    const ssoAdminEndpoint = url("sagemaker:ssoAdminEndpoint");
    const identityStoreEndpoint = url("sagemaker:identityStoreEndpoint");
    const pollMinDelay = positiveNumber("sagemaker:pollMinDelay", get("sagemaker:pollMinDelay"), DEFAULT_SETTINGS.pollMinDelay);
    const deleteApps = get("sagemaker:deleteApps");
    if (deleteApps !== undefined && deleteApps !== "true" && deleteApps !== "false") {
        throw new Error(`stack config sagemaker:deleteApps must be true or false, got "${deleteApps}"`);
    }
    return {
        ...(deleteApps !== undefined ? { deleteApps: deleteApps === "true" } : {}),
        region: get("sagemaker:region") ?? get("aws:region"),
        endpoint,
        ...(ssoAdminEndpoint !== undefined ? { ssoAdminEndpoint } : {}),
        ...(identityStoreEndpoint !== undefined ? { identityStoreEndpoint } : {}),
        profile: get("aws:profile"),
        maxAttempts: Math.floor(positiveNumber("sagemaker:maxAttempts", get("sagemaker:maxAttempts"), DEFAULT_SETTINGS.maxAttempts)),
        pollMinDelay,
        pollMaxDelay: Math.max(
            pollMinDelay,
            positiveNumber("sagemaker:pollMaxDelay", get("sagemaker:pollMaxDelay"), DEFAULT_SETTINGS.pollMaxDelay),
        ),
    };
}

/** For a command: its own settings (region, endpoints, profile) for every client of the process. */
export function useSettings(settings: ProviderSettings): void {
    current = settings;
}

/** Called once per provider process, before any other method. */
export function configureFromStack(config: ConfigReader): void {
    current = settingsFromConfig(config);
}

export function providerSettings(): ProviderSettings {
    return current;
}
