#!/usr/bin/env node
import { parseArgs } from "node:util";
import { DEFAULT_HOST, DEFAULT_LATENCY_MS, startSageMakerLocal, type SageMakerLocal } from "./index";

const USAGE = `Usage: sagemaker-local [options]
  --port N               port to listen on (0 = any free port; default 4599)
  --host HOST            address to bind (default ${DEFAULT_HOST}; loopback only)
  --allow-non-loopback   permit a --host that other machines can reach
  --state-dir DIR        durable state directory (default .sagemaker-local)
  --latency-ms N         duration of Pending/Updating/Deleting (default ${DEFAULT_LATENCY_MS})
  --seed-domain ID[:SSO][:VpcOnly]   create an InService domain with this id (repeatable)
  --seed-user NAME[:GROUP]...        create an identity store user, in these groups (repeatable)
  --account-id ID        12-digit account id (default 123456789012)
  --help                 show this text`;

function nonNegativeInteger(name: string, text: string): number {
    if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a non-negative integer, got '${text}'`);
    return Number(text);
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            port: { type: "string", default: "4599" },
            host: { type: "string", default: DEFAULT_HOST },
            "allow-non-loopback": { type: "boolean", default: false },
            "state-dir": { type: "string", default: ".sagemaker-local" },
            "latency-ms": { type: "string", default: String(DEFAULT_LATENCY_MS) },
            "seed-domain": { type: "string", multiple: true, default: [] },
            "seed-user": { type: "string", multiple: true, default: [] },
            "account-id": { type: "string" },
            help: { type: "boolean", default: false },
        },
        strict: true,
    });
    if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return;
    }
    // Handlers go in before the first line is printed: a supervisor may signal as soon as it reads it.
    let emulator: SageMakerLocal | undefined;
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        (emulator?.stop() ?? Promise.resolve()).then(
            () => {
                process.stderr.write(`sagemaker-local stopped (${signal})\n`);
                process.exit(0);
            },
            (error: unknown) => {
                process.stderr.write(`sagemaker-local: ${String(error)}\n`);
                process.exit(1);
            },
        );
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    emulator = await startSageMakerLocal({
        port: nonNegativeInteger("port", values.port),
        host: values.host,
        allowNonLoopback: values["allow-non-loopback"],
        stateDir: values["state-dir"],
        latencyMs: nonNegativeInteger("latency-ms", values["latency-ms"]),
        seedDomains: values["seed-domain"],
        seedUsers: values["seed-user"],
        ...(values["account-id"] !== undefined ? { accountId: values["account-id"] } : {}),
    });
    if (stopping) {
        await emulator.stop();
        return;
    }
    process.stdout.write(`sagemaker-local listening on ${emulator.url}\n`);
}

main().catch((error: unknown) => {
    process.stderr.write(`sagemaker-local: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
});
