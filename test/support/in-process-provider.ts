// The provider's operations run in the test process against sagemaker-local: stack config as
// the engine would send it, and the emulator's credentials in the environment.
import type { SageMakerLocal } from "../../emulator";
import { configureFromStack } from "../../gateway/settings";

const { LOCAL_CREDENTIALS } = require("../../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };

export function configureProviderFor(emulator: Pick<SageMakerLocal, "url">): void {
    Object.assign(process.env, LOCAL_CREDENTIALS, { AWS_EC2_METADATA_DISABLED: "true" });
    const config: Record<string, string> = {
        "sagemaker:endpoint": emulator.url,
        "sagemaker:region": "us-east-1",
        "sagemaker:pollMinDelay": "0.05",
        "sagemaker:pollMaxDelay": "0.2",
    };
    configureFromStack({ get: (key) => config[key] });
}
