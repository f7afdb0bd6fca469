// The GitHub workflows: valid by action-validator (the workflow JSON schema, run from npm's
// @action-validator/cli), calling the commands, scripts, pack and config this repository tests,
// and the drift job's issue handling run against a stand-in `gh`, its inventory against a
// stand-in `npx`. The fan-out over team stacks is tested in team-stack-matrix.process.test.ts.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import YAML from "yaml";
import { cleanWorkDirs, makeWorkDir, REPO_ROOT } from "../support/engine";
import { readWorkflow, runStep, stepNamed, stepsOf, WORKFLOWS } from "../support/workflows";

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

function runScripts(file: string): string {
    return stepsOf(file).map((s) => s.run ?? "").join("\n");
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
        assert.match(run, /pulumi preview --stack "\$PULUMI_STACK" .*--json[\s\\]+--policy-pack "\$POLICY_PACK" --policy-pack-config "\$POLICY_CONFIG" > preview\.jsonl/);
        assert.match(run, /npx sagemaker-studio summary preview\.jsonl --region "\$AWS_REGION"/);
        assert.match(run, /gh pr comment "\$PR" --body-file summary\.md/);
    });

    it("the drift check runs on a schedule with the read-only role and reports with sagemaker-studio drift", () => {
        const workflow = readWorkflow("drift.yml");
        assert.ok((workflow.on.schedule as { cron?: string }[] | undefined)?.[0]?.cron, "a schedule");
        assert.ok("workflow_dispatch" in workflow.on);
        assert.strictEqual(workflow.permissions?.issues, "write");
        const roles = stepsOf("drift.yml").flatMap((s) => (s.with?.["role-to-assume"] ? [s.with["role-to-assume"]] : []));
        assert.deepStrictEqual([...new Set(roles)], ["${{ secrets.AWS_PREVIEW_ROLE_ARN }}"]);
        assert.match(runScripts("drift.yml"), /npx sagemaker-studio drift --stack "\$PULUMI_STACK" --out drift\.md/);
    });

    it("every sagemaker-studio command the workflows run is one the package's bin has", () => {
        const bin = path.join(REPO_ROOT, require(path.join(REPO_ROOT, "package.json")).bin["sagemaker-studio"]);
        const commands = files.flatMap((file) => [...runScripts(file).matchAll(/npx sagemaker-studio (\S+)/g)].map((m) => m[1]));
        assert.deepStrictEqual([...new Set(commands)].sort(), ["drift", "inventory", "stacks", "summary"]);
        for (const command of commands) {
            const help = spawnSync(process.execPath, [bin, command, "--help"], { encoding: "utf8" });
            assert.strictEqual(help.status, 0, help.stderr);
            assert.match(help.stdout, new RegExp(`^Usage: sagemaker-studio ${command} `));
        }
    });

    describe("the drift job's inventory", () => {
        const workflow = readWorkflow("drift.yml");
        const step = stepNamed("drift.yml", "Inventory of the domain", "inventory");
        const link = stepNamed("drift.yml", "Link the inventory", "stack");

        /** Runs the inventory step as GitHub does, with an `npx` that writes each --out file (or fails). */
        function runInventory(npxFails: boolean): { status: number | null; npx: string; stepSummary: string; files: string[] } {
            const npx = npxFails
                ? '#!/bin/sh\necho "$*" > npx.log\necho "sagemaker-studio: ListApps of (inventory of d-abc) failed: AccessDeniedException" >&2\nexit 1\n'
                : '#!/bin/sh\necho "$*" > npx.log\nfor f in inventory.md inventory.json; do echo "# inventory as $f" > "$f"; done\n';
            const { status, read, files } = runStep(step, { label: "drift-inventory", stubs: { npx }, env: { STUDIO_DOMAIN_ID: "d-abc" } });
            return { status, npx: read("npx.log"), stepSummary: read("step-summary.md"), files: files().filter((f) => f.startsWith("inventory.")).sort() };
        }

        it("runs once for the domain, only with a domain to read, and never stops the stacks' drift checks", () => {
            const inventory = workflow.jobs.inventory;
            assert.strictEqual(inventory.if, "vars.STUDIO_DOMAIN_ID != ''");
            assert.strictEqual(inventory.strategy, undefined, "one job, not one per stack");
            assert.strictEqual(step["continue-on-error"], true);
            assert.strictEqual(step.env?.STUDIO_DOMAIN_ID, "${{ vars.STUDIO_DOMAIN_ID }}");
            assert.strictEqual(inventory.outputs?.taken, `\${{ steps.${step.id}.outcome == 'success' }}`);
            const keep = stepNamed("drift.yml", "Keep the inventory", "inventory");
            assert.strictEqual(keep.if, `steps.${step.id}.outcome == 'success'`);
            assert.match(keep.uses ?? "", /^actions\/upload-artifact@v\d+$/);
            assert.deepStrictEqual(keep.with?.path.trim().split("\n"), ["inventory.md", "inventory.json"]);
            const stack = workflow.jobs.stack;
            assert.deepStrictEqual(stack.needs, ["plan", "inventory"]);
            assert.match(stack.if ?? "", /^always\(\) && needs\.plan\.result == 'success'/, "a skipped or failed inventory does not skip the drift checks");
            const names = stack.steps.map((s) => s.name);
            assert.ok(names.indexOf("Look for drift") < names.indexOf("Link the inventory"));
            assert.ok(names.indexOf("Link the inventory") < names.indexOf("Open, update or close the drift issue"));
            assert.strictEqual(link.if, "needs.inventory.outputs.taken == 'true'");
        });

        it("writes the Markdown and JSON forms from one read and puts the Markdown in the run's summary", () => {
            const { status, npx, stepSummary, files } = runInventory(false);
            assert.strictEqual(status, 0);
            assert.strictEqual(npx, "sagemaker-studio inventory --domain d-abc --out inventory.md --out inventory.json\n");
            assert.deepStrictEqual(files, ["inventory.json", "inventory.md"]);
            assert.strictEqual(stepSummary, "# inventory as inventory.md\n");
        });

        it("fails its step, writing no summary, when the inventory fails", () => {
            const { status, stepSummary } = runInventory(true);
            assert.notStrictEqual(status, 0);
            assert.strictEqual(stepSummary, "");
        });

        it("links each stack's drift report to the run's inventory", () => {
            const { status, read } = runStep(link, {
                label: "drift-link",
                seed: { "drift.md": "## drift report\n" },
                env: { STUDIO_DOMAIN_ID: "d-abc", RUN_URL: "https://github.com/o/r/actions/runs/7" },
            });
            assert.strictEqual(status, 0);
            assert.strictEqual(
                read("drift.md"),
                "## drift report\n\n---\n\nInventory of domain `d-abc` (who can open Studio, which stack manages each profile and space): the summary and the `inventory` artifact of https://github.com/o/r/actions/runs/7\n",
            );
        });
    });

    it("the deploy runs up with the same pack and config", () => {
        assert.match(runScripts("deploy.yml"), /pulumi up --stack "\$PULUMI_STACK" .*--yes[\s\\]+--policy-pack "\$POLICY_PACK" --policy-pack-config "\$POLICY_CONFIG"/);
    });

    describe("the drift job's issue", () => {
        const step = stepNamed("drift.yml", "Open, update or close the drift issue");

        /** Runs the step as GitHub does (bash -eo pipefail), with a `gh` that logs its arguments and knows of `openIssue`. */
        function runIssueStep(exitCode: number, openIssue: string): { status: number | null; calls: string[]; stepSummary: string } {
            const gh = '#!/bin/sh\necho "$*" >> gh.log\nif [ "$1 $2" = "issue list" ]; then printf "%s" "$GH_OPEN_ISSUE"; fi\n';
            const { status, read } = runStep(step, {
                label: "drift-issue",
                stubs: { gh },
                seed: { "drift.md": "## drift report\n" },
                env: { GH_OPEN_ISSUE: openIssue, EXIT_CODE: String(exitCode), PULUMI_STACK: "prod" },
            });
            return { status, calls: read("gh.log").trim().split("\n"), stepSummary: read("step-summary.md") };
        }

        const LIST = /^issue list --label drift --state open --json number,title --jq /;
        const TITLE = "Drift in SageMaker Studio user profiles (prod)";

        it("opens one labelled issue with the report on drift", () => {
            const { status, calls, stepSummary } = runIssueStep(3, "");
            assert.strictEqual(status, 0);
            assert.match(calls[0], LIST);
            assert.ok(calls[0].includes(TITLE), calls[0]);
            assert.match(calls[1], /^label create drift /);
            assert.strictEqual(calls[2], `issue create --title ${TITLE} --label drift --body-file drift.md`);
            assert.strictEqual(calls.length, 3);
            assert.strictEqual(stepSummary, "## drift report\n");
        });

        it("updates the open issue instead of opening another", () => {
            const { status, calls } = runIssueStep(3, "42\n");
            assert.strictEqual(status, 0);
            assert.deepStrictEqual(calls.slice(1), ["issue edit 42 --body-file drift.md"]);
        });

        it("closes the open issue once nothing drifts, and does nothing without one", () => {
            const closed = runIssueStep(0, "42\n");
            assert.strictEqual(closed.status, 0);
            assert.match(closed.calls[1], /^issue close 42 --comment No drift/);
            assert.strictEqual(closed.calls.length, 2);
            const quiet = runIssueStep(0, "");
            assert.strictEqual(quiet.status, 0);
            assert.strictEqual(quiet.calls.length, 1);
        });

        it("fails the job, leaving the issue as it is, when the check itself failed", () => {
            const { status, calls } = runIssueStep(1, "42\n");
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
