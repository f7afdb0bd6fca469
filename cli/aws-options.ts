// Where the commands send their AWS calls: the same conventions as the provider (region, endpoint,
// named profile; otherwise the SDK's default chain and AWS_ENDPOINT_URL_*), and its client, with
// pacing and retries.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { createClient } from "../gateway/clients";
import { DEFAULT_SETTINGS } from "../gateway/settings";

export const AWS_OPTIONS = {
    region: { type: "string" },
    "endpoint-url": { type: "string" },
    profile: { type: "string" },
} as const;

export const AWS_USAGE = `  --region R           AWS region (default: AWS_REGION, the profile's)
  --endpoint-url URL   SageMaker endpoint, e.g. sagemaker-local's (default: AWS_ENDPOINT_URL_SAGEMAKER, AWS_ENDPOINT_URL)
  --profile P          AWS named profile (default: AWS_PROFILE, the SDK's default chain)`;

export function awsClientFrom(values: { region?: string; "endpoint-url"?: string; profile?: string }): SageMakerClient {
    return createClient({ ...DEFAULT_SETTINGS, region: values.region, endpoint: values["endpoint-url"], profile: values.profile });
}
