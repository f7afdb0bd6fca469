// The workflows' fan-out over team stacks: a plan job computes the matrix with `sagemaker-studio
// stacks list`, one job per stack runs it (one deployment of a stack at a time), each preview keeps
// its own comment, and a final job passes only when all of them did. The plan, comment and gate
// steps run here against stand-in `npx`, `gh` and `git`; test/github/team-stack-jobs.engine.test.ts
// runs the per-stack commands on the emulator.
import * as assert from "assert";
import { cleanWorkDirs, makeWorkDir } from "../support/engine";
import { git } from "../support/git";
import { readWorkflow, runStep, stepNamed, type Job } from "../support/workflows";

const FAN_OUT = ["preview.yml", "deploy.yml", "drift.yml"];
const MATRIX = '{"include":[{"team":"ml","file":"teams/ml.yaml","stack":"prod-ml","action":"deploy"},{"team":"cv","file":"teams/cv.yaml","stack":"prod-cv","action":"destroy"}]}';
/** An `npx` that logs its arguments and prints the matrix. */
const NPX = `#!/bin/sh\necho "$*" >> npx.log\necho '${MATRIX}'\n`;

describe("GitHub workflows: one job per team stack", () => {
    after(cleanWorkDirs);

    for (const file of FAN_OUT) {
        describe(file, () => {
            const workflow = readWorkflow(file);
            const { plan, stack, gate } = workflow.jobs as Record<string, Job>;

            it("plans, runs one job per stack of the plan's matrix without cancelling the others, and gates on all of them", () => {
                assert.deepStrictEqual(plan.outputs, { matrix: "${{ steps.plan.outputs.matrix }}", count: "${{ steps.plan.outputs.count }}" });
                assert.ok([stack.needs].flat().includes("plan"));
                assert.match(stack.if ?? "", /needs\.plan\.outputs\.count != '0'/, "an empty matrix runs no stack job");
                assert.strictEqual(stack.strategy?.matrix, "${{ fromJSON(needs.plan.outputs.matrix) }}");
                assert.strictEqual(stack.strategy?.["fail-fast"], false);
                assert.ok((stack.strategy?.["max-parallel"] ?? 0) > 0);
                assert.deepStrictEqual(stack.env && { stack: stack.env.PULUMI_STACK, file: stack.env.TEAM_FILE }, { stack: "${{ matrix.stack }}", file: "${{ matrix.file }}" });
                assert.match(stack.name ?? "", /\$\{\{ matrix\.stack \}\}/, "each job is named after its stack");
                assert.deepStrictEqual(gate.needs, ["plan", "stack"]);
                assert.strictEqual(gate.if, "always()", "the gate runs, and fails, when a stack failed");
            });

            it("serialises each stack on its own: a concurrency group per stack", () => {
                assert.match(stack.concurrency?.group ?? "", /-\$\{\{ matrix\.stack \}\}$/);
                const prepare = stepNamed(file, "Prepare the team stack", "stack").run!;
                assert.match(prepare, /pulumi stack select --create "\$PULUMI_STACK"/);
                assert.match(prepare, /pulumi config cp --stack "\$BASE_STACK" --dest "\$PULUMI_STACK"/);
                assert.match(prepare, /pulumi config set teams "\$TEAM_FILE" --stack "\$PULUMI_STACK"/);
            });

            it("writes the matrix and its size to the plan job's outputs", () => {
                const step = plan.steps.find((s) => s.id === "plan")!;
                const { status, outputs, read } = runStep(step, {
                    label: "plan",
                    stubs: { npx: NPX, gh: "#!/bin/sh\nexit 0\n" },
                    env: { ...staticEnv(file), CHANGED_SINCE: "abc123", GITHUB_EVENT_NAME: "workflow_dispatch" },
                });
                assert.strictEqual(status, 0);
                assert.deepStrictEqual(outputs(), { matrix: MATRIX, count: "2" });
                assert.match(read("npx.log"), /^sagemaker-studio stacks list teams\/\*\.yaml .*--stack-prefix prod- --base-stack prod .*--format github-matrix\n$/);
            });
        });
    }

    it("a deploy never cancels a deployment under way, and a preview gives way to a newer push", () => {
        const deploy = readWorkflow("deploy.yml").jobs.stack;
        assert.deepStrictEqual(deploy.concurrency, { group: "deploy-${{ matrix.stack }}", "cancel-in-progress": false });
        const preview = readWorkflow("preview.yml").jobs.stack;
        assert.deepStrictEqual(preview.concurrency, { group: "preview-${{ github.event.pull_request.number }}-${{ matrix.stack }}", "cancel-in-progress": true });
    });

    it("the preview's plan selects what the pull request changed since its base, the policy config counted as shared", () => {
        const { read } = runStep(stepNamed("preview.yml", "Team stacks this change touches", "plan"), { label: "preview-plan", stubs: { npx: NPX }, env: { ...staticEnv("preview.yml"), CHANGED_SINCE: "abc123" } });
        assert.match(read("npx.log"), /--changed-since abc123 .*--shared policy-config\.json/);
    });

    describe("the deploy's plan", () => {
        const step = stepNamed("deploy.yml", "Team stacks changed since the last successful deploy", "plan");

        /** A repository with one commit, and the plan step run in it with a `gh` that answers `lastSuccess`. */
        function plan(event: string, lastSuccess: (head: string) => string): { npx: string; gh: string } {
            const dir = makeWorkDir("deploy-plan");
            git(dir, "init", "-q");
            git(dir, "commit", "-q", "--allow-empty", "-m", "deployed");
            const head = git(dir, "rev-parse", "HEAD");
            const gh = `#!/bin/sh\necho "$*" >> gh.log\necho '${lastSuccess(head)}'\n`;
            const { status, read, stderr } = runStep(step, { label: "deploy-plan", dir, stubs: { npx: NPX, gh }, env: { ...staticEnv("deploy.yml"), GITHUB_EVENT_NAME: event, GITHUB_WORKFLOW: "deploy" } });
            assert.strictEqual(status, 0, stderr);
            return { npx: read("npx.log"), gh: read("gh.log") };
        }

        it("selects the changes since the last successful run's commit, so a run cancelled or failed is covered", () => {
            const { npx, gh } = plan("push", (head) => head);
            assert.strictEqual(gh, "run list --workflow deploy --branch main --status success --limit 1 --json headSha --jq .[0].headSha // \"\"\n");
            assert.match(npx, /stacks list teams\/\*\.yaml --changed-since [0-9a-f]{40} /);
        });

        it("deploys every stack by hand, before any successful run, or when that run's commit is not in the history", () => {
            assert.doesNotMatch(plan("workflow_dispatch", (head) => head).npx, /--changed-since/);
            assert.doesNotMatch(plan("push", () => "").npx, /--changed-since/);
            assert.doesNotMatch(plan("push", () => "0123456789abcdef0123456789abcdef01234567").npx, /--changed-since/);
        });
    });

    describe("the per-stack pull-request comment", () => {
        const step = stepNamed("preview.yml", "Comment on the pull request", "stack");

        /** The step with a `gh` that logs its calls and lists `existing` comment ids for the stack's marker. */
        function comment(existing: string): { calls: string[]; summary: string } {
            const gh = '#!/bin/sh\necho "$*" >> gh.log\nif [ "$1" = api ] && [ "$2" = --paginate ]; then printf "%s" "$GH_EXISTING"; fi\n';
            const { status, read, stderr } = runStep(step, {
                label: "comment",
                stubs: { gh },
                seed: { "summary.md": "## preview of prod-ml\n" },
                env: { GH_EXISTING: existing, PR: "12", PULUMI_STACK: "prod-ml", GITHUB_REPOSITORY: "o/r" },
            });
            assert.strictEqual(status, 0, stderr);
            return { calls: read("gh.log").trim().split("\n"), summary: read("summary.md") };
        }

        it("marks the comment with its stack and creates it the first time", () => {
            const { calls, summary } = comment("");
            assert.strictEqual(summary, "## preview of prod-ml\n\n<!-- sagemaker-studio preview: prod-ml -->\n");
            assert.match(calls[0], /^api --paginate repos\/o\/r\/issues\/12\/comments --jq .*contains\("<!-- sagemaker-studio preview: prod-ml -->"\)/);
            assert.deepStrictEqual(calls.slice(1), ["pr comment 12 --body-file summary.md"]);
        });

        it("replaces that stack's comment in place afterwards, leaving the other stacks' comments alone", () => {
            const { calls } = comment("901\n");
            assert.deepStrictEqual(calls.slice(1), ["api --method PATCH repos/o/r/issues/comments/901 -F body=@summary.md"]);
        });
    });

    describe("the gate", () => {
        for (const file of FAN_OUT) {
            const step = readWorkflow(file).jobs.gate.steps[0];
            const gate = (plan: string, stacks: string) => runStep(step, { label: "gate", env: { PLAN_RESULT: plan, STACKS_RESULT: stacks } }).status;

            it(`${file}: passes when every stack passed or none was touched, and fails otherwise`, () => {
                assert.deepStrictEqual(
                    [gate("success", "success"), gate("success", "skipped")],
                    [0, 0],
                );
                for (const [plan, stacks] of [["success", "failure"], ["success", "cancelled"], ["failure", "skipped"], ["cancelled", "skipped"]]) {
                    assert.notStrictEqual(gate(plan, stacks), 0, `plan ${plan}, stacks ${stacks}`);
                }
            });
        }
    });
});

/** The workflow-level settings as a repository without variables gets them, the policy config named. */
function staticEnv(file: string): Record<string, string> {
    const declared = readWorkflow(file).env ?? {};
    assert.strictEqual(declared.BASE_STACK, "${{ vars.PULUMI_STACK || 'prod' }}");
    assert.strictEqual(declared.STACK_PREFIX, "${{ vars.PULUMI_STACK_PREFIX || format('{0}-', vars.PULUMI_STACK || 'prod') }}");
    assert.strictEqual(declared.TEAM_FILES, "${{ vars.TEAM_FILES || 'teams/*.yaml' }}");
    return { BASE_STACK: "prod", STACK_PREFIX: "prod-", TEAM_FILES: "teams/*.yaml", POLICY_CONFIG: "policy-config.json" };
}
