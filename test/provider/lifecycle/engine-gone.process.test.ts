import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provider from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { SageMakerLocal } from "../../../emulator";
import { REPO_ROOT } from "../../support/engine";
import { assertNothingLeft, processTree } from "../../support/processes";
import { DOMAIN, startEmulator } from "../../support/profiles-stack";
import { sleep } from "../../support/reliability";

const MODULE = path.join(__dirname, "..", "..", "..", "provider", "lifecycle", "engine-gone.ts");
const LAUNCHER = path.join(REPO_ROOT, "node_modules", "@pulumi", "pulumi", "pulumi-resource-pulumi-nodejs");
const { LOCAL_CREDENTIALS } = require("../../../scripts/offline-env");

// A child with the dynamic-provider host's handler of uncaught errors (it writes them to stderr)
// whose engine has gone: the parent closes the pipes, then the child writes a log line.
function orphan(withGuard: boolean): Promise<{ exited: boolean; code: number | null }> {
    const script = `
        const uncaught = new Set();
        const handler = (err) => { if (!uncaught.has(err)) { uncaught.add(err); console.error(err.stack || String(err)); } };
        process.on("uncaughtException", handler);
        process.on("unhandledRejection", handler);
        ${withGuard ? `require(${JSON.stringify(MODULE)}).exitWhenEngineGone();` : ""}
        process.stdout.write("ready\\n");
        setTimeout(() => { console.log("creating a profile"); }, 300);
        setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    return new Promise((resolve) => {
        child.stdout.once("data", () => {
            child.stdout.destroy();
            child.stderr.destroy();
        });
        const timer = setTimeout(() => {
            child.kill("SIGKILL");
            resolve({ exited: false, code: null });
        }, 4000);
        child.on("exit", (code) => {
            clearTimeout(timer);
            resolve({ exited: code !== null, code });
        });
    });
}

describe("provider/lifecycle/engine-gone", function () {
    this.timeout(20_000);

    it("ends a provider process whose engine has gone at its next log line", async () => {
        const result = await orphan(true);
        assert.deepStrictEqual(result, { exited: true, code: 1 });
    });

    it("without it, the host's handler keeps the orphan alive (the loop it guards against)", async () => {
        const result = await orphan(false);
        assert.strictEqual(result.exited, false);
    });
});

// Pulumi's launcher and dynamic-provider host as the engine starts them: a pipe on stdin, the
// engine's address as the argument, the project (here this repository) as the working directory.
interface LaunchedProvider {
    launcher: ChildProcess;
    client: ResourceProviderClient;
}

async function launchProvider(): Promise<LaunchedProvider> {
    const launcher = spawn(LAUNCHER, ["127.0.0.1:1"], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...LOCAL_CREDENTIALS, AWS_EC2_METADATA_DISABLED: "true" },
        stdio: ["pipe", "pipe", "inherit"],
    });
    const port = await new Promise<string>((resolve) => launcher.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
    return { launcher, client: new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) };
}

function call<T>(send: (cb: (err: grpc.ServiceError | null, resp: T) => void) => unknown): Promise<T> {
    return new Promise((resolve, reject) => send((err, resp) => (err ? reject(err) : resolve(resp))));
}

const PROFILE_INPUTS = (name: string) => ({
    __provider: 'exports.handler=()=>require("pulumi-sagemaker-studio/provider")',
    domainId: DOMAIN,
    userProfileName: name,
    userSettings: { executionRole: "arn:aws:iam::123456789012:role/SageMakerExecution" },
});

/** Configure and check a profile: the provider object is loaded and configured, and answers. */
async function configuredAndChecked(client: ResourceProviderClient, emulator: SageMakerLocal, name: string): Promise<Struct> {
    const config = { "sagemaker:endpoint": emulator.url, "sagemaker:region": "us-east-1", "sagemaker:pollMinDelay": "0.05", "sagemaker:pollMaxDelay": "0.2" };
    await call((cb) => client.configure(new provider.ConfigureRequest().setArgs(Struct.fromJavaScript(config)), cb));
    const urn = `urn:pulumi:dev::profiles::pulumi-nodejs:dynamic/sagemaker:UserProfile::${name}`;
    const checked = await call<provider.CheckResponse>((cb) =>
        client.check(new provider.CheckRequest().setUrn(urn).setOlds(Struct.fromJavaScript({})).setNews(Struct.fromJavaScript(PROFILE_INPUTS(name))), cb),
    );
    assert.deepStrictEqual(checked.getFailuresList(), []);
    return checked.getInputs()!;
}

describe("provider/lifecycle/engine-gone: Pulumi's launcher and provider host when the engine's pipe closes", function () {
    this.timeout(60_000);
    let emulator: SageMakerLocal;

    before(async () => {
        // A profile stays Pending for a minute: a create waits for it.
        emulator = await startEmulator(60_000);
    });

    after(() => emulator?.stop());

    it("ends the provider and its launcher while idle after a call", async () => {
        const { launcher, client } = await launchProvider();
        try {
            await configuredAndChecked(client, emulator, "idle-one");
            const tree = processTree(launcher.pid!);
            launcher.stdin!.end();
            await assertNothingLeft(tree, undefined);
        } finally {
            client.close();
        }
    });

    it("ends the provider and its launcher in the middle of a create waiting for the profile's status", async () => {
        const { launcher, client } = await launchProvider();
        try {
            const inputs = await configuredAndChecked(client, emulator, "waiting-one");
            const urn = "urn:pulumi:dev::profiles::pulumi-nodejs:dynamic/sagemaker:UserProfile::waiting-one";
            const creating = call((cb) => client.create(new provider.CreateRequest().setUrn(urn).setProperties(inputs), cb)).catch((err: grpc.ServiceError) => err);
            while (!emulator.requests().some((r) => r.operation === "CreateUserProfile" && r.status === 200)) await sleep(20);
            await sleep(300);
            const tree = processTree(launcher.pid!);
            launcher.stdin!.end();
            await assertNothingLeft(tree, undefined);
            assert.strictEqual((await creating as grpc.ServiceError).code, grpc.status.UNAVAILABLE, "the create never answered");
        } finally {
            client.close();
        }
    });

    it("leaves a provider that was never called running: none of this package runs in it yet (the stand-in language host ends it)", async () => {
        const { launcher, client } = await launchProvider();
        client.close();
        const tree = processTree(launcher.pid!);
        try {
            launcher.stdin!.end();
            await sleep(2000);
            assert.ok(tree.length >= 2 && processTree(launcher.pid!).length === tree.length, "the launcher and the provider run on");
        } finally {
            process.kill(launcher.pid!, "SIGKILL");
            for (const p of tree) {
                try {
                    process.kill(p.pid, "SIGKILL");
                } catch {
                    // Ended.
                }
            }
        }
    });
});
