// Why a throttled deployment is slow, without the engine: replays the calls
// the provider makes per created profile (DescribeDomain, CreateUserProfile,
// DescribeUserProfile until InService, ListTags) from `parallel` workers
// sharing one SDK client, against sagemaker-local with CreateUserProfile
// rate-limited, for several retry configurations.
//   node -r ts-node/register/transpile-only bench/throttle-replay.ts [N] [limit]
import {
    CreateUserProfileCommand,
    DescribeDomainCommand,
    DescribeUserProfileCommand,
    ListTagsCommand,
    SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal } from "../emulator";
import { createClient } from "../gateway/clients";
import { DEFAULT_SETTINGS } from "../gateway/settings";
import { PHASE_SPAN } from "../gateway/waiter";

const { LOCAL_CREDENTIALS } = require("../scripts/offline-env");

const DOMAIN = "d-replay000001";

interface Variant {
    name: string;
    /** "shipped": the provider's own client (paced retries); otherwise an SDK retry mode. */
    retryMode: "shipped" | "adaptive" | "standard";
    maxAttempts: number;
    describeDomain: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function replay(variant: Variant, members: number, limit: number, parallel: number, latencyMs: number) {
    const emulator = await startSageMakerLocal({ latencyMs, seedDomains: [DOMAIN] });
    emulator.setRateLimits({ CreateUserProfile: limit });
    const client =
        variant.retryMode === "shipped"
            ? createClient({ ...DEFAULT_SETTINGS, endpoint: emulator.url, region: "us-east-1", maxAttempts: variant.maxAttempts })
            : new SageMakerClient({
                  endpoint: emulator.url,
                  region: "us-east-1",
                  maxAttempts: variant.maxAttempts,
                  retryMode: variant.retryMode,
              });
    let next = 0;
    let failures = 0;
    const started = Date.now();
    const worker = async () => {
        while (next < members) {
            const name = `replay-${next++}`;
            try {
                if (variant.describeDomain) {
                    await client.send(new DescribeDomainCommand({ DomainId: DOMAIN }));
                }
                await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
                // The provider's poll schedule for the first seconds: now, then every second.
                for (let waited = 0; ; waited += 1000) {
                    const p = await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: name }));
                    if (p.Status === "InService") {
                        await client.send(new ListTagsCommand({ ResourceArn: p.UserProfileArn }));
                        break;
                    }
                    await sleep(waited < PHASE_SPAN * 1000 ? 1000 : 2000);
                }
            } catch {
                failures++;
            }
        }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    const ms = Date.now() - started;
    const requests = emulator.requests();
    await emulator.stop();
    client.destroy();
    return {
        variant: variant.name,
        seconds: ms / 1000,
        failures,
        throttled: requests.filter((r) => r.errorCode === "ThrottlingException").length,
        calls: requests.length,
    };
}

async function main() {
    const members = Number(process.argv[2] ?? 200);
    const limit = Number(process.argv[3] ?? 2);
    // Every variant's client takes its credentials from the environment, as the provider's does.
    Object.assign(process.env, LOCAL_CREDENTIALS);
    const variants: Variant[] = [
        { name: "provider's client: paced retries, 10 attempts", retryMode: "shipped", maxAttempts: 10, describeDomain: true },
        { name: "adaptive, 10 attempts", retryMode: "adaptive", maxAttempts: 10, describeDomain: true },
        { name: "standard, 10 attempts", retryMode: "standard", maxAttempts: 10, describeDomain: true },
    ];
    for (const variant of variants.filter((v) => !process.env.REPLAY_ONLY || v.retryMode === process.env.REPLAY_ONLY)) {
        console.log(JSON.stringify(await replay(variant, members, limit, 8, 2000)));
    }
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
