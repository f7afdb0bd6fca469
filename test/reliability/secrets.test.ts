// Secrets: no credential (access key, secret key, session token, passphrase)
// lands in state, in the serialized provider, in any output or log, or in an
// error message; secret inputs stay encrypted in state, through refresh too.
// And the emulator listens on loopback only unless told otherwise.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { startSageMakerLocal, type SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, makeWorkDir, PulumiProject, REPO_ROOT } from "../support/engine";
import { DOMAIN, SSO_DOMAIN, startEmulator } from "../support/profiles-stack";
import { capturedOutput, okPulumi, runPulumi } from "../support/reliability";

const FIXTURE = path.join(REPO_ROOT, "test", "fixtures", "reliability", "secrets-project");

/** Distinctive fake credentials: any appearance of one of these is a leak. */
const CREDENTIALS = {
    AWS_ACCESS_KEY_ID: "AKIAFAKERELIAB1E7Q2Z",
    AWS_SECRET_ACCESS_KEY: "fakeSecretKey/Reliability+9dKq3VbXw7ZpL2mN4tR8sY6uA",
    AWS_SESSION_TOKEN: "FakeSessionToken//ReliabilitySuite+IQoJb3JpZ2luX2VjEJr0kenZ9x",
    PULUMI_CONFIG_PASSPHRASE: "fake-passphrase-reliability-5c1e7b",
};
const SECRET_TAG = "CC-SECRET-TAG-4f9e21";
const SECRET_SSO = "secret.user.7a3d@example.com";
const UNKNOWN_SECRET_SSO = "secret.stranger.91b0@example.com";

/** Every file under `dir`, as text. */
function filesUnder(dir: string): { file: string; text: string }[] {
    const out: { file: string; text: string }[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) out.push(...filesUnder(full));
        else if (entry.isFile()) out.push({ file: full, text: fs.readFileSync(full, "latin1") });
    }
    return out;
}

function assertNoneOf(values: string[], text: string, where: string): void {
    for (const value of values) {
        assert.ok(!text.includes(value), `${where} contains ${value.slice(0, 8)}…`);
    }
}

describe("reliability: secrets", function () {
    let emulator: SageMakerLocal;
    const runsBefore = capturedOutput.length;

    before(async () => {
        // The secret user exists in the identity store, so the profile is assigned to the domain's application.
        emulator = await startEmulator(100, [SECRET_SSO]);
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("keeps credentials out of state, outputs, logs and errors, and secret inputs encrypted", async () => {
        const project = new PulumiProject(makeWorkDir("secrets", FIXTURE), { endpoint: emulator.url, env: CREDENTIALS });
        await okPulumi(project, ["stack", "init", "dev"]);
        for (const [key, value] of [
            ["domainId", DOMAIN],
            ["ssoDomainId", SSO_DOMAIN],
            ["sagemaker:endpoint", emulator.url],
            ["sagemaker:pollMinDelay", "0.1"],
            ["sagemaker:pollMaxDelay", "0.3"],
        ]) {
            await okPulumi(project, ["config", "set", key, value]);
        }
        await okPulumi(project, ["config", "set", "--secret", "costCenter", SECRET_TAG]);
        await okPulumi(project, ["config", "set", "--secret", "ssoUser", SECRET_SSO]);

        await okPulumi(project, ["up", "--yes", "--skip-preview"]);
        await okPulumi(project, ["preview", "--diff", "--expect-no-changes"]);
        await okPulumi(project, ["refresh", "--yes", "--skip-preview"]);
        await okPulumi(project, ["preview", "--diff", "--expect-no-changes"]);
        // The provider saw the credentials (the emulator received signed calls with the session token).
        assert.ok(emulator.requests().length > 0);

        // Errors: rejected credentials, a server error, both with the service's message.
        await okPulumi(project, ["config", "set", "executionRole", "arn:aws:iam::123456789012:role/Other"]);
        emulator.addFaults([
            { operation: "UpdateUserProfile", fault: "clientError", code: "UnrecognizedClientException", message: "The security token included in the request is invalid." },
        ]);
        const failed = await runPulumi(project, ["up", "--yes", "--skip-preview"]);
        assert.notStrictEqual(failed.code, 0);
        assert.match(failed.output, /UpdateUserProfile of user profile d-testdomain01\/secret-tags failed: UnrecognizedClientException/);
        await okPulumi(project, ["up", "--yes", "--skip-preview"]);

        const exported = (await okPulumi(project, ["stack", "export"])).stdout;
        // Decrypted on purpose (so not among the captured runs, which must never show a secret value).
        const decrypted = (await project.ok(["stack", "export", "--show-secrets"])).stdout;
        const outputs = (await okPulumi(project, ["stack", "output", "--json"])).stdout;
        const secretValues = [SECRET_TAG, SECRET_SSO];
        const credentials = Object.values(CREDENTIALS);

        // Secret inputs stay encrypted: inputs and outputs of both profiles, after up, refresh and update.
        assertNoneOf(secretValues, exported, "pulumi stack export");
        assertNoneOf(secretValues, outputs, "pulumi stack output");
        assert.ok(decrypted.includes(SECRET_TAG) && decrypted.includes(SECRET_SSO), "the secrets are in state, encrypted");
        const resources = (JSON.parse(exported) as { deployment: { resources: { urn: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }[] } })
            .deployment.resources;
        const sso = resources.find((r) => r.urn.endsWith("::sso"))!;
        for (const side of [sso.inputs, sso.outputs]) {
            assert.ok(JSON.stringify(side?.singleSignOnUserValue).includes("ciphertext"), JSON.stringify(side?.singleSignOnUserValue));
        }
        const tagged = resources.find((r) => r.urn.endsWith("::tagged"))!;
        for (const side of [tagged.inputs, tagged.outputs]) {
            assert.ok(JSON.stringify(side?.tags).includes("ciphertext"), JSON.stringify(side?.tags));
        }

        // No credential anywhere: state (also decrypted), the serialized provider, the project folder
        // (state files, Pulumi home, logs, config), and every output of every run.
        assertNoneOf(credentials, exported, "pulumi stack export");
        assertNoneOf(credentials, decrypted, "pulumi stack export --show-secrets");
        for (const resource of resources) {
            assertNoneOf(credentials, String(resource.inputs?.__provider ?? ""), `the serialized provider of ${resource.urn}`);
        }
        for (const { file, text } of filesUnder(project.dir)) {
            assertNoneOf([...credentials, ...secretValues], text, file);
        }
        await okPulumi(project, ["destroy", "--yes", "--skip-preview"]);
        const runs = capturedOutput.slice(runsBefore);
        assert.ok(runs.length >= 10, `${runs.length} runs captured`);
        for (const [i, output] of runs.entries()) {
            assertNoneOf(credentials, output, `the output of run ${i}`);
            assertNoneOf(secretValues, output, `the output of run ${i}`);
        }
    });

    it("keeps a secret SSO user out of the error that says the identity store has no such user", async () => {
        const project = new PulumiProject(makeWorkDir("secrets-unknown-user", FIXTURE), { endpoint: emulator.url, env: CREDENTIALS });
        await okPulumi(project, ["stack", "init", "dev"]);
        for (const [key, value] of [
            ["domainId", DOMAIN],
            ["ssoDomainId", SSO_DOMAIN],
            ["sagemaker:endpoint", emulator.url],
        ]) {
            await okPulumi(project, ["config", "set", key, value]);
        }
        await okPulumi(project, ["config", "set", "--secret", "costCenter", SECRET_TAG]);
        await okPulumi(project, ["config", "set", "--secret", "ssoUser", UNKNOWN_SECRET_SSO]);
        const preview = await runPulumi(project, ["preview"]);
        assert.notStrictEqual(preview.code, 0, "an SSO user the identity store does not know fails the preview");
        const output = preview.output;
        assert.match(output, /no user named "\[secret\]" exists in the domain's IAM Identity Center identity store/);
        assertNoneOf([UNKNOWN_SECRET_SSO], output, "the preview's output");
    });

    it("listens on loopback by default and refuses a non-loopback address unless allowed", async () => {
        const local = await startSageMakerLocal({ latencyMs: 0 });
        try {
            assert.match(local.url, /^http:\/\/127\.0\.0\.1:\d+$/);
        } finally {
            await local.stop();
        }
        await assert.rejects(startSageMakerLocal({ host: "0.0.0.0" }), /non-loopback/);
        const open = await startSageMakerLocal({ host: "0.0.0.0", allowNonLoopback: true, latencyMs: 0 });
        await open.stop();
    });
});
