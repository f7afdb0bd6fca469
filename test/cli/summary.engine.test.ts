// `sagemaker-studio summary` on real previews: the engine on sagemaker-local, with the policy pack,
// on a stack whose members are created, updated, replaced and deleted, and on a domain with
// history, where the provider reviews adoptions, warns about settings SageMaker keeps, and a
// deleted member still has a private space and an app.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import { CreateSpaceCommand, CreateUserProfileCommand, DescribeUserProfileCommand } from "@aws-sdk/client-sagemaker";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, REPO_ROOT } from "../support/engine";
import { addAppAndPrivateSpace, DOMAIN, emulatorClient, ProfilesStack, startEmulator } from "../support/profiles-stack";
import { profile } from "../policy/profiles";

const run = promisify(execFile);
const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");

/** The command's Markdown on standard output; it must exit 0. */
async function summarize(stack: ProfilesStack, ...args: string[]): Promise<string> {
    return (await run(process.execPath, [COMMAND, "summary", ...args], { env: stack.project.env() })).stdout;
}


/** The same preview as streamed events and as the digest, written to files in the project. */
async function recordPreviews(stack: ProfilesStack, args: string[] = []): Promise<{ events: string; digest: string; streamedCode: number }> {
    const streamed = await stack.project.run(["preview", "--json", ...args], { PULUMI_ENABLE_STREAMING_JSON_PREVIEW: "true" });
    const events = path.join(stack.project.dir, "preview.jsonl");
    fs.writeFileSync(events, streamed.stdout);
    const digest = path.join(stack.project.dir, "preview.json");
    fs.writeFileSync(digest, (await stack.project.run(["preview", "--json", ...args])).stdout);
    return { events, digest, streamedCode: streamed.code };
}

const NOT_LOOKED_UP =
    "_The apps and private spaces of deleted and replaced members were not looked up: run `sagemaker-studio summary` with `--region`, `--endpoint-url` or `--profile` to call out the storage a delete loses._";

const EXPECTED_REAL = `## SageMaker Studio user profiles: preview

**Members:** 1 to create, 1 to update, 1 to replace, 1 to delete. **Policy:** 1 mandatory, 2 advisory.

> [!CAUTION]
> **1 mandatory policy violation: this change cannot be deployed until it is fixed.**

> [!WARNING]
> **\`carol\` will be replaced** because \`userProfileName\` changes: the profile is deleted and created again, and the member loses access to the files in their EFS home directory (the new profile gets a new home).

${NOT_LOOKED_UP}

| Member | Change | Settings changed | Policy |
| --- | --- | --- | --- |
| \`carol\` | replace | 2 | ⚠️ 1 |
| \`dan\` | delete | — | ✅ |
| \`bob\` | create | 5 | ❌ 1 ⚠️ 1 |
| \`alice\` | update | 1 | ✅ |

### \`carol\`: replace

Profile \`carol2\`.

| Setting | From | To |
| --- | --- | --- |
| \`userProfileName\` | \`"carol"\` | \`"carol2"\` |
| \`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType\` | \`"ml.t3.medium"\` | \`"ml.g5.xlarge"\` |

- ⚠️ **advisory** (medium) \`sagemaker-userprofile-allowed-instance-types\`: member "carol2" (resource carol): userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.g5.xlarge", which is not allowed; allowed: "system", "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*".

### \`dan\`: delete

### \`bob\`: create

| Setting | From | To |
| --- | --- | --- |
| \`domainId\` | — | \`"d-testdomain01"\` |
| \`tags.owner\` | — | \`"bob@example.com"\` |
| \`userProfileName\` | — | \`"bob"\` |
| \`userSettings.executionRole\` | — | \`"arn:aws:iam::123456789012:role/sagemaker/studio-bob"\` |
| \`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType\` | — | \`"ml.p3.2xlarge"\` |

- ❌ **mandatory** (high) \`sagemaker-userprofile-denied-instance-families\`: member "bob": userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.p3.2xlarge", of denied family "p3"; denied families: "p3", "p3dn".
- ⚠️ **advisory** (medium) \`sagemaker-userprofile-allowed-instance-types\`: member "bob": userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is "ml.p3.2xlarge", which is not allowed; allowed: "system", "ml.t3.*", "ml.m5.*", "ml.m6i.*", "ml.c5.*", "ml.c6i.*".

### \`alice\`: update

| Setting | From | To |
| --- | --- | --- |
| \`userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType\` | \`"ml.t3.medium"\` | \`"ml.m5.large"\` |
`;

describe("sagemaker-studio summary on real previews", function () {
    let emulator: SageMakerLocal;
    let stack: ProfilesStack;
    let events: string;
    let digest: string;
    let eventLog: string;

    before(async () => {
        emulator = await startEmulator(0);
        stack = await ProfilesStack.create(emulator, "summary");
        await stack.declare({ alice: profile("alice", "ml.t3.medium"), carol: profile("carol", "ml.t3.medium"), dan: profile("dan", "ml.t3.medium") });
        await stack.up();
        await stack.declare({
            alice: profile("alice", "ml.m5.large"),
            bob: profile("bob", "ml.p3.2xlarge"),
            carol: { ...profile("carol", "ml.g5.xlarge"), userProfileName: "carol2" },
        });
        const config = path.join(stack.project.dir, "policy-config.json");
        fs.writeFileSync(config, JSON.stringify({ "sagemaker-userprofile-idle-shutdown": "disabled", "sagemaker-userprofile-lifecycle-config-required": "disabled" }));
        const policyArgs = ["--policy-pack", path.join(REPO_ROOT, "policy"), "--policy-pack-config", config];
        const previews = await recordPreviews(stack, policyArgs);
        assert.notStrictEqual(previews.streamedCode, 0, "the mandatory violation fails the preview");
        ({ events, digest } = previews);
        // --event-log is a hidden flag in this CLI version; PULUMI_DEBUG_COMMANDS lists it.
        eventLog = path.join(stack.project.dir, "events.jsonl");
        await stack.project.run(["preview", "--event-log", eventLog, ...policyArgs], { PULUMI_DEBUG_COMMANDS: "true" });
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("summarizes streamed engine events: changes per member, the replacement, every violation with its level", async () => {
        assert.strictEqual(await summarize(stack, events), EXPECTED_REAL);
    });

    it("gives the same summary from an --event-log file", async () => {
        assert.strictEqual(await summarize(stack, eventLog), EXPECTED_REAL);
    });

    it("gives the same summary from the digest and the events together", async () => {
        assert.strictEqual(await summarize(stack, digest, events), EXPECTED_REAL);
    });

    it("from the digest alone, shows the changes without policy results", async () => {
        const markdown = await summarize(stack, digest);
        assert.match(markdown, /\*\*Members:\*\* 1 to create, 1 to update, 1 to replace, 1 to delete\. \*\*Policy:\*\* 0 mandatory, 0 advisory\./);
        assert.match(markdown, /> \*\*The preview failed; see the job log\.\*\*/);
        assert.match(markdown, /\*\*`carol` will be replaced\*\*/);
        assert.doesNotMatch(markdown, /sagemaker-userprofile-/);
    });

    it("with AWS options, looks up what the deleted and the replaced profile would lose, and writes --out", async () => {
        emulator.clearRequests();
        const out = path.join(stack.project.dir, "summary.md");
        const printed = await summarize(stack, events, "--endpoint-url", emulator.url, "--region", "us-east-1", "--out", out);
        assert.strictEqual(printed, "");
        assert.strictEqual(fs.readFileSync(out, "utf8"), EXPECTED_REAL.replace(NOT_LOOKED_UP, "No deleted or replaced member has a private space or a running app."));
        const calls = emulator.requests().map((r) => r.operation).sort();
        // dan is deleted: whether another stack took him over (his owner tag) is read first; carol is replaced.
        assert.deepStrictEqual(calls, ["DescribeUserProfile", "ListApps", "ListApps", "ListSpaces", "ListSpaces", "ListTags"], "one read-only look-up for each of carol and dan");
    });
});

const EXPECTED_HISTORY = `## SageMaker Studio user profiles: preview

**Members:** 2 to adopt, 1 to delete. **Policy:** 0 mandatory, 0 advisory.

> [!WARNING]
> **Deleting \`erin\` loses the private space \`erin-private\` and the files on its storage volume.**
> Running apps: \`JupyterServer/default (InService)\`.
> With \`sagemaker:deleteApps\` on (or \`deleteApps: true\` on the member) the delete removes them first; otherwise the delete fails on them until they are deleted.

| Member | Change | Settings changed | Policy |
| --- | --- | --- | --- |
| \`erin\` | delete | — | ✅ |
| \`brown\` | adopt | 4 | ✅ |
| \`green\` | adopt | 0 | ✅ |
| \`kai\` | unchanged | 0 | ✅ |

### \`erin\`: delete

### \`brown\`: adopt

Adopts the existing profile \`d-testdomain01/brown\`; \`up\` changes what the program does not say:

| Setting | From | To |
| --- | --- | --- |
| \`userSettings.executionRole\` | \`"arn:aws:iam::123456789012:role/HandMade"\` | \`"arn:aws:iam::123456789012:role/Managed"\` |
| \`userSettings.securityGroups\` | \`["sg-0123456789abcdef0"]\` | — |
| \`tags.legacy\` | \`"yes"\` | — |
| \`tags.team\` | — | \`"cv"\` |

### \`green\`: adopt

Adopts the existing profile \`d-testdomain01/green\`; it already matches the program, so \`up\` only adds this stack's owner tag.

### \`kai\`: unchanged

- ⚠️ **kept by SageMaker** \`userSettings.executionRole\` is no longer set in the program, but SageMaker keeps "arn:aws:iam::123456789012:role/Managed" (a profile cannot go back to having no role of its own); write the role the profile should use (for example the domain's default execution role)
- ⚠️ **kept by SageMaker** \`userSettings.studioWebPortal\` is no longer set in the program, but SageMaker keeps "ENABLED" (the API has no value for 'not set'); write studioWebPortal: ENABLED or DISABLED
`;

describe("sagemaker-studio summary on a domain with history", function () {
    const OLD_ROLE = "arn:aws:iam::123456789012:role/HandMade";
    const NEW_ROLE = "arn:aws:iam::123456789012:role/Managed";
    const SG = "sg-0123456789abcdef0";
    let emulator: SageMakerLocal;
    let stack: ProfilesStack;
    let events: string;
    let digest: string;

    before(async () => {
        emulator = await startEmulator(0);
        const client = emulatorClient(emulator);
        // Made by hand before the stack existed: one to review, one that already matches.
        await client.send(
            new CreateUserProfileCommand({
                DomainId: DOMAIN,
                UserProfileName: "brown",
                Tags: [{ Key: "legacy", Value: "yes" }],
                UserSettings: { ExecutionRole: OLD_ROLE, SecurityGroups: [SG] },
            }),
        );
        await client.send(new CreateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "green", UserSettings: { ExecutionRole: NEW_ROLE } }));
        stack = await ProfilesStack.create(emulator, "summary-history");
        await stack.declare({
            kai: { domainId: DOMAIN, userProfileName: "kai", userSettings: { executionRole: NEW_ROLE, studioWebPortal: "ENABLED" } },
            erin: { domainId: DOMAIN, userProfileName: "erin" },
        });
        await stack.up();
        await addAppAndPrivateSpace(client, "erin");
        await client.send(new CreateSpaceCommand({ DomainId: DOMAIN, SpaceName: "team-shared", SpaceSharingSettings: { SharingType: "Shared" }, SpaceSettings: { AppType: "JupyterLab" } }));
        assert.strictEqual((await client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: "brown" }))).Status, "InService");
        await stack.declare({
            kai: { domainId: DOMAIN, userProfileName: "kai" },
            brown: { domainId: DOMAIN, userProfileName: "brown", adopt: true, tags: { team: "cv" }, userSettings: { executionRole: NEW_ROLE } },
            green: { domainId: DOMAIN, userProfileName: "green", adopt: true, userSettings: { executionRole: NEW_ROLE } },
        });
        const previews = await recordPreviews(stack);
        assert.strictEqual(previews.streamedCode, 0);
        ({ events, digest } = previews);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("shows adoptions with the live profile's old → new, the settings SageMaker keeps, and the private space a delete loses", async () => {
        const markdown = await summarize(stack, events, "--endpoint-url", emulator.url, "--region", "us-east-1");
        assert.strictEqual(markdown, EXPECTED_HISTORY);
    });

    it("reads the same from the digest, whose diagnostics carry what the provider said; an unchanged member is named by its profile", async () => {
        // The digest lists no step for an unchanged resource, so only the warning's profile id names kai.
        const markdown = await summarize(stack, digest, "--endpoint-url", emulator.url, "--region", "us-east-1");
        assert.strictEqual(markdown, EXPECTED_HISTORY.replaceAll("`kai`", "`d-testdomain01/kai`"));
        assert.strictEqual(await summarize(stack, digest, events, "--endpoint-url", emulator.url, "--region", "us-east-1"), EXPECTED_HISTORY);
    });

    it("without AWS options, says in one line that it did not look", async () => {
        const markdown = await summarize(stack, events);
        const warning = EXPECTED_HISTORY.slice(EXPECTED_HISTORY.indexOf("> [!WARNING]"), EXPECTED_HISTORY.indexOf("| Member |"));
        assert.strictEqual(markdown, EXPECTED_HISTORY.replace(warning, `${NOT_LOOKED_UP}\n\n`));
    });

    it("turns a look-up the credentials may not make into one line, not a failure", async () => {
        emulator.addFaults({ operation: "ListSpaces", fault: "clientError", code: "AccessDeniedException", message: "User is not authorized to perform: sagemaker:ListSpaces" });
        const markdown = await summarize(stack, events, "--endpoint-url", emulator.url, "--region", "us-east-1");
        const warning = EXPECTED_HISTORY.slice(EXPECTED_HISTORY.indexOf("> [!WARNING]"), EXPECTED_HISTORY.indexOf("| Member |"));
        const failure =
            "⚠️ **Could not look up the apps and private spaces of deleted and replaced members:** ListSpaces of user profile d-testdomain01/erin failed: " +
            "AccessDeniedException: User is not authorized to perform: sagemaker:ListSpaces. The caller's IAM policy must allow sagemaker:ListSpaces on this resource.";
        assert.strictEqual(markdown, EXPECTED_HISTORY.replace(warning, `${failure}\n\n`));
    });
});
