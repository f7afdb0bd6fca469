// The package as users get it: `npm pack`, installed into a fresh Pulumi
// project outside this repository, deploys a profile on sagemaker-local with
// the provider loaded by name from that project's node_modules.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { startSageMakerLocal, SageMakerLocal } from "../../emulator";
import { PulumiProject, REPO_ROOT, resourcesOfType } from "../support/engine";
import { installWithTarball, makeOutsideDir, packPackage, PACKAGE_NAME, removeOutsideDir } from "../support/packed-package";
import { pointProjectAt } from "../support/profiles-stack";

const rootPackage = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));

describe("engine: the packed package in a fresh project", function () {
    let emulator: SageMakerLocal;
    let workDir: string;

    before(() => {
        workDir = makeOutsideDir("studio-user-project-");
    });

    after(async () => {
        await emulator?.stop();
        removeOutsideDir(workDir);
    });

    it("installs from the tarball and runs up, refresh and destroy", async () => {
        const tarball = packPackage(workDir);
        const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" });
        assert.match(files, /package\/dist\/lib\.d\.ts/);
        assert.match(files, /package\/dist\/provider\/provider\.js/);
        assert.doesNotMatch(files, /package\/test\//);

        const project = path.join(workDir, "project");
        fs.mkdirSync(project);
        const pin = (name: string) => rootPackage.dependencies[name] ?? rootPackage.devDependencies[name];
        fs.writeFileSync(
            path.join(project, "package.json"),
            JSON.stringify({
                name: "my-studio",
                private: true,
                main: "index.ts",
                dependencies: { "@pulumi/pulumi": pin("@pulumi/pulumi"), [PACKAGE_NAME]: rootPackage.version },
                devDependencies: { typescript: pin("typescript"), "ts-node": pin("ts-node"), "@types/node": pin("@types/node") },
            }),
        );
        fs.writeFileSync(path.join(project, "Pulumi.yaml"), "name: my-studio\nruntime: nodejs\n");
        fs.writeFileSync(
            path.join(project, "index.ts"),
            [
                'import { UserProfile } from "pulumi-sagemaker-studio";',
                'const bob = new UserProfile("bob", {',
                '    domainId: "d-userproject01",',
                '    userProfileName: "bob",',
                '    tags: { team: "fraud-ml", "cost-center": "4207" },',
                '    userSettings: { executionRole: "arn:aws:iam::123456789012:role/SageMakerExecution" },',
                "});",
                "export const arn = bob.arn;",
                "",
            ].join("\n"),
        );
        const install = installWithTarball(project, tarball);
        assert.doesNotMatch(install, /EBADENGINE/, `no engine warning on Node.js ${process.version}`);
        assert.ok(!fs.lstatSync(path.join(project, "node_modules", "pulumi-sagemaker-studio")).isSymbolicLink());

        emulator = await startSageMakerLocal({ latencyMs: 100, seedDomains: ["d-userproject01"] });
        const pulumi = new PulumiProject(project, { endpoint: emulator.url });
        await pulumi.ok(["stack", "init", "dev"]);
        await pointProjectAt(pulumi, emulator.url);
        await pulumi.ok(["up", "--yes"]);
        const [bob] = resourcesOfType(await pulumi.exportStack(), "pulumi-nodejs:dynamic/sagemaker:UserProfile");
        assert.strictEqual(bob.outputs?.status, "InService");
        assert.strictEqual(String(bob.outputs?.__provider), 'exports.handler=()=>require("pulumi-sagemaker-studio/provider")', "named by the package's exported path");
        await pulumi.ok(["refresh", "--yes"]);

        // The policy pack runs from node_modules and blocks a p3 default.
        const pack = path.join(project, "node_modules", "pulumi-sagemaker-studio", "policy");
        await pulumi.ok(["preview", "--policy-pack", pack, "--policy-pack-config", path.join(pack, "config", "production.json")]);
        fs.writeFileSync(path.join(project, "index.ts"), fs.readFileSync(path.join(project, "index.ts"), "utf8").replace('executionRole: "arn:aws:iam::123456789012:role/SageMakerExecution" }', 'executionRole: "arn:aws:iam::123456789012:role/SageMakerExecution", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.p3.2xlarge" } } }'));
        const blocked = await pulumi.run(["preview", "--policy-pack", pack]);
        assert.notStrictEqual(blocked.code, 0);
        assert.match(blocked.output, /sagemaker-userprofile-denied-instance-families/);
        assert.match(blocked.output, /mandatory/);

        await pulumi.ok(["destroy", "--yes"]);
    });
});
