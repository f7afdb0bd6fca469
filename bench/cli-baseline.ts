// The hand-written alternative: a shell loop of `aws sagemaker
// create-user-profile`, each followed by `describe-user-profile` every second
// until InService; run one after another, or `xargs -P` wide.
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { EXECUTION_ROLE, SECURITY_GROUPS, TAGS } from "./team-spec";
import { runTimed } from "./timed-process";

const { offlineEnvironment } = require("../scripts/offline-env");

export const AWS_CLI = "/usr/bin/aws";

const SCRIPT = `#!/usr/bin/env bash
set -euo pipefail
create_one() {
    local name="$1"
    "$AWS_CLI" --endpoint-url "$ENDPOINT" sagemaker create-user-profile \\
        --domain-id "$DOMAIN" --user-profile-name "$name" \\
        --user-settings "$SETTINGS" --tags $TAGS --output text >/dev/null
    until [ "$("$AWS_CLI" --endpoint-url "$ENDPOINT" sagemaker describe-user-profile \\
        --domain-id "$DOMAIN" --user-profile-name "$name" --query Status --output text)" = InService ]; do
        sleep 1
    done
}
export -f create_one
if [ "$PARALLEL" -le 1 ]; then
    while read -r name; do create_one "$name"; done < "$NAMES"
else
    xargs -P "$PARALLEL" -n 1 bash -c 'create_one "$1"' _ < "$NAMES"
fi
`;

export interface CliRun {
    ms: number;
}

/** Creates `names` with the AWS CLI, `parallel` at a time (1: a plain loop); throws if any fails. */
export async function runCliLoop(workDir: string, endpoint: string, domainId: string, names: string[], parallel: number): Promise<CliRun> {
    fs.mkdirSync(workDir, { recursive: true });
    const script = path.join(workDir, "create-profiles.sh");
    const namesFile = path.join(workDir, `names-${names[0]}.txt`);
    fs.writeFileSync(script, SCRIPT, { mode: 0o755 });
    fs.writeFileSync(namesFile, `${names.join("\n")}\n`);
    const settings = {
        ExecutionRole: EXECUTION_ROLE,
        SecurityGroups: SECURITY_GROUPS,
        KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } },
    };
    const env = {
        ...(process.env as Record<string, string>),
        ...offlineEnvironment(workDir, { endpoint }),
        AWS_CLI,
        AWS_PAGER: "",
        ENDPOINT: endpoint,
        DOMAIN: domainId,
        SETTINGS: JSON.stringify(settings),
        TAGS: Object.entries(TAGS)
            .map(([k, v]) => `Key=${k},Value=${v}`)
            .join(" "),
        PARALLEL: String(parallel),
        NAMES: namesFile,
    };
    const { ms, code, output } = await runTimed("bash", [script], { env });
    if (code !== 0) {
        throw new Error(`the AWS CLI loop (parallel ${parallel}) exited with ${code}:\n${output.slice(-4000)}`);
    }
    return { ms };
}

export function awsCliVersion(): Promise<string> {
    return new Promise((resolve) => {
        const child = spawn(AWS_CLI, ["--version"], { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (d: Buffer) => (out += d));
        child.stderr.on("data", (d: Buffer) => (out += d));
        child.on("error", () => resolve("unavailable"));
        child.on("close", () => resolve(out.trim().split(" ")[0] || "unknown"));
    });
}
