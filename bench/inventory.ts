// How long `sagemaker-studio inventory` takes on a large SSO domain of sagemaker-local: profiles
// managed by two stacks, by a release that did not record its stack, and by none; private spaces
// with running apps; users assigned directly, through a group, or not at all. The command runs as
// a platform lead runs it (a child process of the built CLI), as served by the emulator and with a
// stand-in network delay on every call; the medians and the calls it made are printed as Markdown.
//   npm run build && node -r ts-node/register/transpile-only bench/inventory.ts [--profiles 1000] [--reps 3] [--delays 0,50]
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "node:util";
import { GetGroupIdCommand, GetUserIdCommand, IdentitystoreClient } from "@aws-sdk/client-identitystore";
import { CreateAppCommand, CreateSpaceCommand, CreateUserProfileCommand, DescribeDomainCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { CreateApplicationAssignmentCommand, SSOAdminClient } from "@aws-sdk/client-sso-admin";
import { identityCenterInstance, startSageMakerLocal, type SageMakerLocal } from "../emulator";
import { mapAtMost } from "../gateway/bounded-parallel";
import { OWNER_TAG, ownerToken, STACK_TAG } from "../gateway/ownership";
import type { Inventory } from "../cli/inventory/inventory-model";
import { median, seconds } from "./stats";
import { runTimed } from "./timed-process";

const { LOCAL_CREDENTIALS } = require("../scripts/offline-env") as { LOCAL_CREDENTIALS: Record<string, string> };

const DOMAIN = "d-inventory001";
const ACCOUNT = "123456789012";
const COMMAND = path.join(__dirname, "..", "dist", "cli", "main.js");
/** Users assigned to the application directly who have no profile. */
const GUESTS = 10;

const memberName = (i: number) => `member-${String(i).padStart(4, "0")}`;

/** The stack tags of member i: two stacks, an earlier release's owner tag alone, or none. */
function tagsOf(i: number): { Key: string; Value: string }[] {
    const owner = (stack: string) => ({ Key: OWNER_TAG, Value: ownerToken("studio", stack, memberName(i)) });
    switch (i % 6) {
        case 0:
        case 1:
            return [owner("team-a"), { Key: STACK_TAG, Value: "studio/team-a" }];
        case 2:
        case 3:
            return [owner("team-b"), { Key: STACK_TAG, Value: "studio/team-b" }];
        case 4:
            return [owner("legacy")];
        default:
            return [];
    }
}

/** Runs `work` over 0..n-1, `parallel` at a time. */
async function forEach(n: number, parallel: number, work: (i: number) => Promise<unknown>): Promise<void> {
    await mapAtMost(Array.from({ length: n }, (_, i) => i), parallel, work);
}

interface SeededDomain {
    profiles: number;
    spaces: number;
    runningApps: number;
}

/** `profiles` members; a fifth with a private space running JupyterLab; a quarter of users assigned directly, half through group `ds`. */
async function seedDomain(emulator: SageMakerLocal, profiles: number): Promise<SeededDomain> {
    const sdk = { endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: LOCAL_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_CREDENTIALS.AWS_SECRET_ACCESS_KEY } };
    const sagemaker = new SageMakerClient(sdk);
    const identityStore = new IdentitystoreClient(sdk);
    const ssoAdmin = new SSOAdminClient(sdk);
    const storeId = identityCenterInstance(ACCOUNT).identityStoreId;
    const applicationArn = (await sagemaker.send(new DescribeDomainCommand({ DomainId: DOMAIN }))).SingleSignOnApplicationArn!;
    const assign = async (type: "USER" | "GROUP", id: string) => ssoAdmin.send(new CreateApplicationAssignmentCommand({ ApplicationArn: applicationArn, PrincipalType: type, PrincipalId: id }));
    const userId = async (name: string) =>
        (await identityStore.send(new GetUserIdCommand({ IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "userName", AttributeValue: name } } }))).UserId!;
    const groupId = (await identityStore.send(new GetGroupIdCommand({ IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: "displayName", AttributeValue: "ds" } } }))).GroupId!;
    await assign("GROUP", groupId);
    await forEach(profiles, 8, async (i) => {
        const name = memberName(i);
        await sagemaker.send(
            new CreateUserProfileCommand({
                DomainId: DOMAIN,
                UserProfileName: name,
                SingleSignOnUserIdentifier: "UserName",
                SingleSignOnUserValue: name,
                UserSettings: {
                    ExecutionRole: `arn:aws:iam::${ACCOUNT}:role/studio`,
                    JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: i % 10 === 0 ? "ml.g5.xlarge" : "ml.t3.medium" } },
                },
                Tags: tagsOf(i),
            }),
        );
        if (i % 4 === 0) await assign("USER", await userId(name));
    });
    await forEach(GUESTS, 4, async (i) => assign("USER", await userId(`guest-${i}`)));
    const withSpace = Array.from({ length: profiles }, (_, i) => i).filter((i) => i % 5 === 0);
    await forEach(withSpace.length, 8, async (k) => {
        const name = memberName(withSpace[k]);
        await sagemaker.send(
            new CreateSpaceCommand({
                DomainId: DOMAIN,
                SpaceName: `${name}-private`,
                OwnershipSettings: { OwnerUserProfileName: name },
                SpaceSharingSettings: { SharingType: "Private" },
                SpaceSettings: { AppType: "JupyterLab", JupyterLabAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } } },
            }),
        );
    });
    await forEach(withSpace.length, 8, async (k) => {
        const instanceType = k % 2 === 0 ? "ml.g5.xlarge" : "ml.t3.medium";
        await sagemaker.send(new CreateAppCommand({ DomainId: DOMAIN, SpaceName: `${memberName(withSpace[k])}-private`, AppType: "JupyterLab", AppName: "default", ResourceSpec: { InstanceType: instanceType } }));
    });
    return { profiles, spaces: withSpace.length, runningApps: withSpace.length };
}

interface InventoryTiming {
    delayMs: number;
    runs: number[];
    /** Calls of the last run, by operation. */
    calls: Record<string, number>;
    inventory: Inventory;
}

export interface InventoryBench {
    seeded: SeededDomain;
    timings: InventoryTiming[];
}

/** Seeds a domain of `profiles` members and times `reps` inventories at each stand-in network delay. */
export async function benchInventory(options: { profiles: number; reps: number; delaysMs: number[] }): Promise<InventoryBench> {
    const users = [
        ...Array.from({ length: options.profiles }, (_, i) => `${memberName(i)}${i % 4 === 1 || i % 4 === 2 ? ":ds" : ""}`),
        ...Array.from({ length: GUESTS }, (_, i) => `guest-${i}`),
        "nobody:ds",
    ];
    const emulator = await startSageMakerLocal({ latencyMs: 0, seedDomains: [`${DOMAIN}:SSO`], seedUsers: users });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "inventory-bench-"));
    try {
        const seeded = await seedDomain(emulator, options.profiles);
        const timings: InventoryTiming[] = [];
        for (const delayMs of options.delaysMs) {
            emulator.clearFaults();
            if (delayMs > 0) emulator.addFaults({ operation: "*", fault: "delay", delayMs, probability: 1 });
            const runs: number[] = [];
            for (let rep = 0; rep < options.reps; rep++) {
                emulator.clearRequests();
                const file = path.join(out, "inventory.json");
                const run = await runTimed(
                    process.execPath,
                    [COMMAND, "inventory", "--domain", DOMAIN, "--region", "us-east-1", "--endpoint-url", emulator.url, "--identity-center-endpoint-url", emulator.url, "--out", file],
                    { env: { ...process.env, ...LOCAL_CREDENTIALS, AWS_EC2_METADATA_DISABLED: "true" } },
                );
                if (run.code !== 0) throw new Error(`sagemaker-studio inventory exited with ${run.code}:\n${run.output}`);
                runs.push(run.ms);
            }
            const calls: Record<string, number> = {};
            for (const r of emulator.requests()) calls[r.operation] = (calls[r.operation] ?? 0) + 1;
            timings.push({ delayMs, runs, calls, inventory: JSON.parse(fs.readFileSync(path.join(out, "inventory.json"), "utf8")) as Inventory });
        }
        return { seeded, timings };
    } finally {
        await emulator.stop();
        fs.rmSync(out, { recursive: true, force: true });
    }
}

export function benchMarkdown(bench: InventoryBench): string {
    const { seeded } = bench;
    const lines = [
        `${seeded.profiles} profiles (two stacks, an earlier release's tag, unmanaged), ${seeded.spaces} private spaces with a running app, ` +
            `an SSO domain with one assigned group and ${GUESTS} users assigned without a profile; \`sagemaker-studio inventory --out inventory.json\` as a child process.`,
        "",
        "| stand-in network delay per call | runs | median | min | max | calls | calls per profile |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ];
    for (const t of bench.timings) {
        const calls = Object.values(t.calls).reduce((a, b) => a + b, 0);
        lines.push(
            `| ${t.delayMs} ms | ${t.runs.length} | ${seconds(median(t.runs))} s | ${seconds(Math.min(...t.runs))} s | ${seconds(Math.max(...t.runs))} s | ${calls} | ${(calls / seeded.profiles).toFixed(2)} |`,
        );
    }
    const last = bench.timings[bench.timings.length - 1];
    if (last) {
        lines.push("", `Calls of one run: ${Object.entries(last.calls).sort(([a], [b]) => a.localeCompare(b)).map(([op, n]) => `${op} ${n}`).join(", ")}.`);
    }
    return `${lines.join("\n")}\n`;
}

if (require.main === module) {
    const { values } = parseArgs({ options: { profiles: { type: "string", default: "1000" }, reps: { type: "string", default: "3" }, delays: { type: "string", default: "0,50" } } });
    benchInventory({ profiles: Number(values.profiles), reps: Number(values.reps), delaysMs: values.delays.split(",").map(Number) }).then(
        (bench) => process.stdout.write(benchMarkdown(bench)),
        (error: unknown) => {
            console.error(error);
            process.exit(1);
        },
    );
}
