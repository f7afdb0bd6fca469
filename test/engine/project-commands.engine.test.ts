// `pulumi install`, `pulumi about` and `pulumi new` from a local template, as a
// user runs them in the offline environment: the language host answers them
// from the project's own files.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanWorkDirs, makeWorkDir, NPM_LOCAL_INSTALL_ENV, pulumiBinDir, PulumiProject, REPO_ROOT } from "../support/engine";

const FIXTURES = path.join(REPO_ROOT, "test", "fixtures", "engine");

describe("engine: pulumi install, about and new", function () {
    let project: PulumiProject;

    before(async () => {
        pulumiBinDir();
        const dir = makeWorkDir("engine-about", path.join(FIXTURES, "counter-project"));
        // A dependency npm installs from the project itself, without the registry.
        fs.mkdirSync(path.join(dir, "vendor", "greeting"), { recursive: true });
        fs.writeFileSync(path.join(dir, "vendor", "greeting", "package.json"), JSON.stringify({ name: "greeting", version: "1.2.3" }));
        fs.writeFileSync(
            path.join(dir, "package.json"),
            JSON.stringify({ name: "engine-about", private: true, dependencies: { greeting: "file:./vendor/greeting" } }),
        );
        project = new PulumiProject(dir, { env: NPM_LOCAL_INSTALL_ENV });
        await project.ok(["stack", "init", "dev"]);
    });

    after(cleanWorkDirs);

    it("installs the project's dependencies with npm", async () => {
        const result = await project.ok(["install"]);
        assert.match(result.output, /Finished installing dependencies/);
        const installed = JSON.parse(fs.readFileSync(path.join(project.dir, "node_modules", "greeting", "package.json"), "utf8"));
        assert.strictEqual(installed.version, "1.2.3");
    });

    it("prints the Node.js on PATH and the project's dependencies", async () => {
        const result = await project.ok(["about"]);
        assert.doesNotMatch(result.output, /Failed to get information/);
        const onPath = execFileSync("node", ["--version"], { env: project.env(), encoding: "utf8" }).trim();
        // The engine prints the language host's metadata (packagemanager, packagemanagerVersion) in map order, which varies.
        const runtime = /This project is written in nodejs: executable='([^']+)' version='([^']+)'((?: \w+='[^']*')*)$/m.exec(result.stdout);
        assert.ok(runtime, result.output);
        assert.match(runtime[3], / packagemanager='npm'/, result.output);
        assert.strictEqual(runtime[2], onPath);
        assert.strictEqual(execFileSync(runtime[1], ["--version"], { encoding: "utf8" }).trim(), onPath);
        assert.match(result.stdout, /^Dependencies:\nNAME\s+VERSION\ngreeting\s+1\.2\.3\n/m);
    });

    it("creates a project from a local template and installs its dependencies", async () => {
        const template = makeWorkDir("engine-template");
        fs.writeFileSync(path.join(template, "Pulumi.yaml"), "name: ${PROJECT}\nruntime: nodejs\ntemplate:\n  description: A local template\n");
        fs.writeFileSync(path.join(template, "package.json"), JSON.stringify({ name: "${PROJECT}", private: true }));
        fs.writeFileSync(path.join(template, "index.ts"), "export const ready = true;\n");
        const created = new PulumiProject(makeWorkDir("engine-new"), { env: NPM_LOCAL_INSTALL_ENV });
        // --force: the offline environment's state and home folders are already in it.
        const result = await created.ok(["new", template, "--yes", "--force", "--name", "from-template", "--stack", "dev"]);
        assert.match(result.output, /Finished installing dependencies/);
        assert.ok(fs.existsSync(path.join(created.dir, "package-lock.json")), "npm install ran in the new project");
        assert.match(fs.readFileSync(path.join(created.dir, "Pulumi.yaml"), "utf8"), /^name: from-template$/m);
        await created.ok(["stack", "select", "dev"]);
    });
});
