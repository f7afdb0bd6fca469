// The upgrade fixture: state that a release of the package wrote, kept so that every later
// release proves it can still refresh, preview and destroy it. `npm run record:upgrade-fixture`
// records the current release into test/fixtures/reliability/upgrade-state/<version>/:
//   stack.json         `pulumi stack export` after `up` (secrets encrypted with the passphrase)
//   Pulumi.dev.yaml    the stack's config, with its encryption salt and secret ciphertext
//   emulator/          sagemaker-local's durable state, the service side of the same moment
//   recorded.json      which versions wrote it
import * as fs from "fs";
import * as path from "path";
import { startSageMakerLocal } from "../../emulator";
import { makeWorkDir, PulumiProject, REPO_ROOT } from "./engine";
import { DOMAIN, pointProjectAt } from "./profiles-stack";

export const UPGRADE_PROJECT = path.join(REPO_ROOT, "test", "fixtures", "reliability", "upgrade-project");
export const UPGRADE_STATES = path.join(REPO_ROOT, "test", "fixtures", "reliability", "upgrade-state");
export const STACK = "dev";

export async function recordUpgradeFixture(): Promise<string> {
    const version = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
    const out = path.join(UPGRADE_STATES, version);
    const emulatorDir = makeWorkDir("upgrade-record-emulator");
    const emulator = await startSageMakerLocal({ stateDir: emulatorDir, latencyMs: 100, seedDomains: [DOMAIN] });
    try {
        const project = new PulumiProject(makeWorkDir("upgrade-record", UPGRADE_PROJECT), { endpoint: emulator.url });
        await project.ok(["stack", "init", STACK]);
        await project.ok(["config", "set", "domainId", DOMAIN]);
        await project.ok(["config", "set", "--secret", "costCenter", "cc-4101"]);
        await pointProjectAt(project, emulator.url);
        await project.ok(["up", "--yes", "--skip-preview"]);
        const exported = (await project.ok(["stack", "export"])).stdout;
        const pulumiVersion = (await project.ok(["version"])).stdout.trim();
        fs.rmSync(out, { recursive: true, force: true });
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, "stack.json"), exported);
        fs.copyFileSync(path.join(project.dir, `Pulumi.${STACK}.yaml`), path.join(out, `Pulumi.${STACK}.yaml`));
        const sdkVersion = (JSON.parse(fs.readFileSync(require.resolve("@pulumi/pulumi/package.json"), "utf8")) as { version: string }).version;
        fs.writeFileSync(
            path.join(out, "recorded.json"),
            `${JSON.stringify({ package: version, pulumiCli: pulumiVersion, pulumiSdk: sdkVersion }, null, 2)}\n`,
        );
        await emulator.stop();
        fs.cpSync(emulatorDir, path.join(out, "emulator"), { recursive: true, filter: (src) => !src.endsWith(".lock") });
        return out;
    } finally {
        await emulator.stop().catch(() => undefined);
    }
}

if (require.main === module) {
    recordUpgradeFixture().then(
        (out) => console.log(`recorded ${path.relative(REPO_ROOT, out)}`),
        (error: unknown) => {
            console.error(error);
            process.exit(1);
        },
    );
}
