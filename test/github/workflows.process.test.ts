// The GitHub workflows: valid by action-validator (the workflow JSON schema, run from npm's
// @action-validator/cli), calling the commands, scripts, pack and config this repository tests,
// and the drift job's issue handling run against a stand-in `gh`, its inventory step against a
// stand-in `npx`.
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

/** action-validator on a copy of a workflow that `change` has broken. */
function validateBroken(file: string, change: (workflow: { on: Record<string, unknown>; jobs: Record<string, Record<string, unknown>> }) => void): { status: number | null; output: string } {
    const workflow = YAML.parse(fs.readFileSync(path.join(WORKFLOWS, file), "utf8"));
    change(workflow);
    const broken = path.join(makeWorkDir("workflow-lint"), file);
    fs.writeFileSync(broken, YAML.stringify(workflow));
    return validate(broken);
}

interface Step {
    name?: string;
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
    "continue-on-error"?: boolean;
}

function stepsOf(file: string): Step[] {
    const workflow = YAML.parse(fs.readFileSync(path.join(WORKFLOWS, file), "utf8"));
    return Object.values(workflow.jobs as Record<string, { steps: Step[] }>).flatMap((job) => job.steps);
}

function runScripts(file: string): string {
    return stepsOf(file).map((s) => s.run ?? "").join("\n");
}

/** Runs a step's script as GitHub does (bash -eo pipefail) in a fresh folder holding a drift report and the stand-in commands `stubs` (name → script). */
function runStepInFolder(label: string, step: Step, stubs: Record<string, string>, env: Record<string, string>): { status: number | null; read(file: string): string; files(): string[] } {
    const dir = makeWorkDir(label);
    for (const [name, script] of Object.entries(stubs)) fs.writeFileSync(path.join(dir, name), script, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, "drift.md"), "## drift report\n");
    fs.writeFileSync(path.join(dir, "step.sh"), step.run!);
    const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "step.sh"], {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: `${dir}${path.delimiter}${process.env.PATH}`, GITHUB_STEP_SUMMARY: path.join(dir, "step-summary.md"), ...env },
    });
    const read = (file: string) => (fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), "utf8") : "");
    return { status: result.status, read, files: () => fs.readdirSync(dir) };
}

describe("GitHub workflows", () => {
    after(cleanWorkDirs);

    it("has the pull-request preview, the main-branch deploy and the scheduled drift check", () => {
        assert.deepStrictEqual(files.sort(), ["deploy.yml", "drift.yml", "preview.yml"]);
    });

    for (const file of files) {
        it(`${file} passes action-validator`, () => {
            const { status, output } = validate(path.join(WORKFLOWS, file));
            assert.strictEqual(status, 0, output);
        });
    }

    for (const file of files) {
        it(`action-validator rejects a copy of ${file} whose job has no runs-on`, () => {
            const { status, output } = validateBroken(file, (workflow) => {
                for (const job of Object.values(workflow.jobs)) delete job["runs-on"];
            });
            assert.notStrictEqual(status, 0);
            assert.match(output, /runs-on/);
        });
    }

    it("action-validator rejects a copy of drift.yml whose schedule is not a cron expression", () => {
        const { status, output } = validateBroken("drift.yml", (workflow) => {
            workflow.on.schedule = [{ cron: "every morning" }];
        });
        assert.notStrictEqual(status, 0, output);
        assert.match(output, /cron|schedule/i);
    });

    it("the preview runs the pack with its config and summarizes with sagemaker-studio summary, looking up what deletes lose", () => {
        const run = runScripts("preview.yml");
        assert.match(run, /pulumi preview .*--json[\s\\]+--policy-pack "\$POLICY_PACK" --policy-pack-config "\$POLICY_CONFIG" > preview\.jsonl/);
        assert.match(run, /npx sagemaker-studio summary preview\.jsonl --region "\$AWS_REGION"/);
        assert.match(run, /gh pr comment "\$PR" --body-file summary\.md/);
    });

    it("the drift check runs on a schedule with the read-only role and reports with sagemaker-studio drift", () => {
        const workflow = YAML.parse(fs.readFileSync(path.join(WORKFLOWS, "drift.yml"), "utf8"));
        assert.ok(workflow.on.schedule?.[0]?.cron, "a schedule");
        assert.ok("workflow_dispatch" in workflow.on);
        assert.strictEqual(workflow.permissions.issues, "write");
        const credentials = stepsOf("drift.yml").find((s) => s.with?.["role-to-assume"]);
        assert.strictEqual(credentials?.with?.["role-to-assume"], "${{ secrets.AWS_PREVIEW_ROLE_ARN }}");
        assert.match(runScripts("drift.yml"), /npx sagemaker-studio drift --stack "\$PULUMI_STACK" --out drift\.md/);
    });

    it("every sagemaker-studio command the workflows run is one the package's bin has", () => {
        const bin = path.join(REPO_ROOT, require(path.join(REPO_ROOT, "package.json")).bin["sagemaker-studio"]);
        const commands = files.flatMap((file) => [...runScripts(file).matchAll(/npx sagemaker-studio (\S+)/g)].map((m) => m[1]));
        assert.deepStrictEqual([...new Set(commands)].sort(), ["drift", "inventory", "summary"]);
        for (const command of commands) {
            const help = spawnSync(process.execPath, [bin, command, "--help"], { encoding: "utf8" });
            assert.strictEqual(help.status, 0, help.stderr);
            assert.match(help.stdout, new RegExp(`^Usage: sagemaker-studio ${command} `));
        }
    });

    describe("the drift job's inventory", () => {
        const steps = stepsOf("drift.yml");
        const step = steps.find((s) => s.name === "Inventory of the domain")!;

        /** Runs the step as GitHub does, with an `npx` that writes each --out file (or fails) and a drift report already written. */
        function runStep(npxFails: boolean): { status: number | null; npx: string; driftReport: string; stepSummary: string; files: string[] } {
            const npx = npxFails
                ? '#!/bin/sh\necho "$*" > npx.log\necho "sagemaker-studio: ListApps of (inventory of d-abc) failed: AccessDeniedException" >&2\nexit 1\n'
                : '#!/bin/sh\necho "$*" > npx.log\nfor f in inventory.md inventory.json; do echo "# inventory as $f" > "$f"; done\n';
            const { status, read, files } = runStepInFolder("drift-inventory", step, { npx }, { STUDIO_DOMAIN_ID: "d-abc", RUN_URL: "https://github.com/o/r/actions/runs/7" });
            return { status, npx: read("npx.log"), driftReport: read("drift.md"), stepSummary: read("step-summary.md"), files: files().filter((f) => f.startsWith("inventory.")).sort() };
        }

        it("runs only with a domain to read, after the drift check and before the issue, and never stops the issue step", () => {
            const names = steps.map((s) => s.name);
            assert.ok(names.indexOf("Look for drift") < names.indexOf("Inventory of the domain"));
            assert.ok(names.indexOf("Keep the inventory") < names.indexOf("Open, update or close the drift issue"));
            assert.strictEqual(step.if, "vars.STUDIO_DOMAIN_ID != ''");
            assert.strictEqual(step["continue-on-error"], true);
            assert.strictEqual(step.env?.STUDIO_DOMAIN_ID, "${{ vars.STUDIO_DOMAIN_ID }}");
            const keep = steps.find((s) => s.name === "Keep the inventory")!;
            assert.strictEqual(keep.if, `steps.${step.id}.outcome == 'success'`);
            assert.match(keep.uses ?? "", /^actions\/upload-artifact@v\d+$/);
            assert.deepStrictEqual(keep.with?.path.trim().split("\n"), ["inventory.md", "inventory.json"]);
        });

        it("writes the Markdown and JSON forms from one read, puts the Markdown in the run's summary and links it from the drift report", () => {
            const { status, npx, driftReport, stepSummary, files } = runStep(false);
            assert.strictEqual(status, 0);
            assert.strictEqual(npx, "sagemaker-studio inventory --domain d-abc --out inventory.md --out inventory.json\n");
            assert.deepStrictEqual(files, ["inventory.json", "inventory.md"]);
            assert.strictEqual(stepSummary, "# inventory as inventory.md\n");
            assert.strictEqual(
                driftReport,
                "## drift report\n\n---\n\nInventory of domain `d-abc` (who can open Studio, which stack manages each profile and space): the summary and the `inventory` artifact of https://github.com/o/r/actions/runs/7\n",
            );
        });

        it("fails its step, leaving the drift report as it was, when the inventory fails", () => {
            const { status, driftReport, stepSummary } = runStep(true);
            assert.notStrictEqual(status, 0);
            assert.strictEqual(driftReport, "## drift report\n");
            assert.strictEqual(stepSummary, "");
        });
    });

    it("the deploy runs up with the same pack and config", () => {
        assert.match(runScripts("deploy.yml"), /pulumi up .*--yes[\s\\]+--policy-pack "\$POLICY_PACK" --policy-pack-config "\$POLICY_CONFIG"/);
    });

    describe("the drift job's issue", () => {
        const step = stepsOf("drift.yml").find((s) => s.name === "Open, update or close the drift issue")!;

        /** Runs the step as GitHub does (bash -eo pipefail), with a `gh` that logs its arguments and knows of `openIssue`. */
        function runStep(exitCode: number, openIssue: string): { status: number | null; calls: string[]; stepSummary: string } {
            const gh = '#!/bin/sh\necho "$*" >> gh.log\nif [ "$1 $2" = "issue list" ]; then printf "%s" "$GH_OPEN_ISSUE"; fi\n';
            const { status, read } = runStepInFolder("drift-issue", step, { gh }, { GH_OPEN_ISSUE: openIssue, EXIT_CODE: String(exitCode), PULUMI_STACK: "prod" });
            return { status, calls: read("gh.log").trim().split("\n"), stepSummary: read("step-summary.md") };
        }

        const LIST = /^issue list --label drift --state open --json number,title --jq /;
        const TITLE = "Drift in SageMaker Studio user profiles (prod)";

        it("opens one labelled issue with the report on drift", () => {
            const { status, calls, stepSummary } = runStep(3, "");
            assert.strictEqual(status, 0);
            assert.match(calls[0], LIST);
            assert.ok(calls[0].includes(TITLE), calls[0]);
            assert.match(calls[1], /^label create drift /);
            assert.strictEqual(calls[2], `issue create --title ${TITLE} --label drift --body-file drift.md`);
            assert.strictEqual(calls.length, 3);
            assert.strictEqual(stepSummary, "## drift report\n");
        });

        it("updates the open issue instead of opening another", () => {
            const { status, calls } = runStep(3, "42\n");
            assert.strictEqual(status, 0);
            assert.deepStrictEqual(calls.slice(1), ["issue edit 42 --body-file drift.md"]);
        });

        it("closes the open issue once nothing drifts, and does nothing without one", () => {
            const closed = runStep(0, "42\n");
            assert.strictEqual(closed.status, 0);
            assert.match(closed.calls[1], /^issue close 42 --comment No drift/);
            assert.strictEqual(closed.calls.length, 2);
            const quiet = runStep(0, "");
            assert.strictEqual(quiet.status, 0);
            assert.strictEqual(quiet.calls.length, 1);
        });

        it("fails the job, leaving the issue as it is, when the check itself failed", () => {
            const { status, calls } = runStep(1, "42\n");
            assert.notStrictEqual(status, 0);
            assert.strictEqual(calls.length, 1);
            assert.match(calls[0], LIST);
        });
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
