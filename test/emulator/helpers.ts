import { execFile, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SageMakerClient, type CreateSpaceCommandInput } from "@aws-sdk/client-sagemaker";
import { startSageMakerLocal, type SageMakerLocal, type SageMakerLocalOptions } from "../../emulator";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DOMAIN = "d-testdomain0001";
export const SSO_DOMAIN = "d-ssodomain00001";
export const VPC_DOMAIN = "d-vpcdomain00001";
export const ACCOUNT = "123456789012";
export const ROLE = "arn:aws:iam::123456789012:role/service-role/StudioExecution";
export const TEST_LATENCY_MS = 30;
/** For tests that observe Pending/Updating/Deleting: long enough that a slow machine still sees them. */
export const OBSERVABLE_LATENCY_MS = 300;

const createdTempDirs: string[] = [];
process.once("exit", () => {
    for (const dir of createdTempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp dir, removed when the test process exits. */
export function tempDir(prefix = "sagemaker-local-"): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    createdTempDirs.push(dir);
    return dir;
}

/** An in-process emulator on an ephemeral port with its own state directory. */
export async function startTestEmulator(options: SageMakerLocalOptions = {}): Promise<SageMakerLocal> {
    return startSageMakerLocal({
        port: 0,
        stateDir: tempDir(),
        latencyMs: TEST_LATENCY_MS,
        seedDomains: [DOMAIN, `${SSO_DOMAIN}:SSO`, `${VPC_DOMAIN}:VpcOnly`],
        ...options,
    });
}

export function sdkClient(emulator: { url: string }, region = "us-east-1", maxAttempts = 1): SageMakerClient {
    return new SageMakerClient({
        endpoint: emulator.url,
        region,
        maxAttempts,
        credentials: { accessKeyId: "AKIDTESTLOCAL", secretAccessKey: "test-secret-key" },
    });
}

/** A CreateSpace request for a JupyterLab space that `owner` owns alone. */
export function privateSpaceRequest(domainId: string, name: string, owner: string, extra: Partial<CreateSpaceCommandInput> = {}): CreateSpaceCommandInput {
    return {
        DomainId: domainId,
        SpaceName: name,
        OwnershipSettings: { OwnerUserProfileName: owner },
        SpaceSharingSettings: { SharingType: "Private" },
        SpaceSettings: { AppType: "JupyterLab" },
        ...extra,
    };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `read` returns a value accepted by `done`, as a client without waiters does. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await read();
        if (done(value)) return value;
        if (Date.now() > deadline) throw new Error(`condition not reached; last value ${JSON.stringify(value)}`);
        await sleep(10);
    }
}

/** Polls until a read answers ResourceNotFound. */
export async function pollUntilGone(read: () => Promise<unknown>, timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            await read();
        } catch (error) {
            if ((error as Error).name === "ResourceNotFound") return;
            throw error;
        }
        if (Date.now() > deadline) throw new Error("resource still present");
        await sleep(10);
    }
}

/** Expects a promise to reject with an AWS error of the given name; returns the error. */
export async function expectAwsError(promise: Promise<unknown>, name: string): Promise<Error & { $metadata?: { httpStatusCode?: number; requestId?: string } }> {
    try {
        await promise;
    } catch (error) {
        const failure = error as Error & { $metadata?: { httpStatusCode?: number } };
        if (failure.name !== name) throw new Error(`expected ${name}, got ${failure.name}: ${failure.message}`);
        return failure;
    }
    throw new Error(`expected ${name}, but the call succeeded`);
}

/** Raw awsJson1_1 call, for what the SDK hides (headers, exact bodies). */
export async function rawCall(
    url: string,
    target: string | undefined,
    body: string,
    headers: Record<string, string> = {},
    method = "POST",
): Promise<{ status: number; headers: Headers; text: string; json: any }> {
    const response = await fetch(`${url}/`, {
        method,
        headers: {
            "Content-Type": "application/x-amz-json-1.1",
            ...(target !== undefined ? { "X-Amz-Target": target } : {}),
            ...headers,
        },
        ...(method === "GET" || method === "HEAD" ? {} : { body }),
    });
    const text = await response.text();
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch {
        json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
}

export const CLI_ENTRY = path.join(REPO_ROOT, "emulator", "cli.ts");

/** Starts the command-line emulator as a child process; resolves with its URL from the first line. */
export async function spawnCliEmulator(args: string[]): Promise<{ child: ChildProcess; url: string; firstLine: string }> {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", CLI_ENTRY, ...args], {
        cwd: REPO_ROOT,
        stdio: ["ignore", "pipe", "pipe"],
    });
    const firstLine = await new Promise<string>((resolve, reject) => {
        let buffered = "";
        let errors = "";
        child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
        child.stdout!.on("data", (chunk: Buffer) => {
            buffered += chunk.toString();
            const newline = buffered.indexOf("\n");
            if (newline >= 0) resolve(buffered.slice(0, newline));
        });
        child.once("exit", (code) => reject(new Error(`emulator exited with ${code} before listening: ${errors}`)));
        setTimeout(() => reject(new Error(`emulator did not start in time: ${errors}`)), 20000).unref();
    });
    const url = /listening on (http:\/\/\S+)$/.exec(firstLine)?.[1];
    if (!url) throw new Error(`unexpected first line: ${firstLine}`);
    return { child, url, firstLine };
}

export function waitForExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (child.exitCode !== null || child.signalCode !== null) {
        return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    }
    return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** The Debian AWS CLI v2; the pip CLI v1 earlier on PATH must not be used. */
const AWS_CLI_V2 = "/usr/bin/aws";

export function requireAwsCliV2(): string {
    if (!fs.existsSync(AWS_CLI_V2)) {
        throw new Error(`${AWS_CLI_V2} (AWS CLI v2, Debian package 'awscli') is required: apt-get install -y awscli`);
    }
    return AWS_CLI_V2;
}

export interface CliResult {
    code: number;
    stdout: string;
    stderr: string;
    json: any;
}

/** Runs the real AWS CLI v2 against the emulator with an isolated configuration. */
export function runAwsCli(url: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
    const cli = requireAwsCliV2();
    const configDir = tempDir("aws-config-");
    const configFile = path.join(configDir, "config");
    const credentialsFile = path.join(configDir, "credentials");
    fs.writeFileSync(configFile, "");
    fs.writeFileSync(credentialsFile, "");
    return new Promise((resolve) => {
        execFile(
            cli,
            [...args, "--endpoint-url", url, "--no-cli-pager", "--output", "json"],
            {
                env: {
                    PATH: process.env.PATH ?? "/usr/bin:/bin",
                    HOME: configDir,
                    AWS_ACCESS_KEY_ID: "AKIDTESTLOCAL",
                    AWS_SECRET_ACCESS_KEY: "test-secret-key",
                    AWS_DEFAULT_REGION: "us-east-1",
                    AWS_EC2_METADATA_DISABLED: "true",
                    AWS_CONFIG_FILE: configFile,
                    AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
                    AWS_MAX_ATTEMPTS: "1",
                    ...env,
                },
            },
            (error, stdout, stderr) => {
                const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
                let json: unknown;
                try {
                    json = stdout.trim() === "" ? undefined : JSON.parse(stdout);
                } catch {
                    json = undefined;
                }
                fs.rmSync(configDir, { recursive: true, force: true });
                resolve({ code, stdout, stderr, json });
            },
        );
    });
}
