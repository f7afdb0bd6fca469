// The GitHub workflows: valid by action-validator (the workflow JSON schema, run from npm's
// @action-validator/cli), and calling the scripts, pack and config this repository tests.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import YAML from "yaml";
import { cleanWorkDirs, makeWorkDir, REPO_ROOT } from "../support/engine";

const WORKFLOWS = path.join(REPO_ROOT, ".github", "workflows");
const VALIDATOR = require.resolve("@action-validator/cli/cli.mjs", { paths: [REPO_ROOT] });
const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

function validate(file: string): { status: number | null; output: string } {
    const result = spawnSync(process.execPath, [VALIDATOR, file], { encoding: "utf8" });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function runScripts(file: string): string {
    const workflow = YAML.parse(fs.readFileSync(path.join(WORKFLOWS, file), "utf8"));
    return Object.values(workflow.jobs as Record<string, { steps: { run?: string }[] }>)
        .flatMap((job) => job.steps.map((s) => s.run ?? "")).join("\n");
}

describe("GitHub workflows", () => {
    after(cleanWorkDirs);

    it("has the pull-request preview and the main-branch deploy", () => {
        assert.deepStrictEqual(files.sort(), ["deploy.yml", "preview.yml"]);
    });

    for (const file of files) {
        it(`${file} passes action-validator`, () => {
            const { status, output } = validate(path.join(WORKFLOWS, file));
            assert.strictEqual(status, 0, output);
        });
    }

    it("action-validator rejects a job without runs-on", () => {
        const workflow = YAML.parse(fs.readFileSync(path.join(WORKFLOWS, "preview.yml"), "utf8"));
        delete workflow.jobs.preview["runs-on"];
        const broken = path.join(makeWorkDir("workflow-lint"), "broken.yml");
        fs.writeFileSync(broken, YAML.stringify(workflow));
        const { status, output } = validate(broken);
        assert.notStrictEqual(status, 0);
        assert.match(output, /runs-on/);
    });

    it("the preview runs the pack with its config and summarizes with scripts/preview-summary.js", () => {
        const run = runScripts("preview.yml");
        assert.match(run, /pulumi preview .*--json[\s\\]+--policy-pack policy --policy-pack-config "\$POLICY_CONFIG" > preview\.jsonl/);
        assert.match(run, /node scripts\/preview-summary\.js preview\.jsonl/);
        assert.match(run, /gh pr comment "\$PR" --body-file summary\.md/);
    });

    it("the deploy runs up with the same pack and config", () => {
        assert.match(runScripts("deploy.yml"), /pulumi up .*--yes[\s\\]+--policy-pack policy --policy-pack-config "\$POLICY_CONFIG"/);
    });

    it("every file the workflows name exists", () => {
        for (const file of files) {
            const text = fs.readFileSync(path.join(WORKFLOWS, file), "utf8");
            for (const ref of text.match(/(?:scripts|policy)\/[\w./-]+/g) ?? []) {
                assert.ok(fs.existsSync(path.join(REPO_ROOT, ref)), `${file} names ${ref}`);
            }
        }
    });
});
