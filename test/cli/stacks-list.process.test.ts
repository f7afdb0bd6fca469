// `sagemaker-studio stacks list` as a command, in a git repository: the stacks a pull request
// touches (committed, uncommitted and untracked changes since the merge base), the matrix line a
// workflow writes to $GITHUB_OUTPUT, and its usage errors.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanWorkDirs, makeWorkDir, REPO_ROOT } from "../support/engine";
import { git as gitIn } from "../support/git";

const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");

/** A repository with a Pulumi project in `studio/` and three team files, committed on `main`. */
function repository(): { dir: string; project: string; git(...args: string[]): string } {
    const dir = makeWorkDir("stacks-list");
    const project = path.join(dir, "studio");
    const git = (...args: string[]) => gitIn(dir, ...args);
    fs.mkdirSync(path.join(project, "teams"), { recursive: true });
    fs.writeFileSync(path.join(project, "Pulumi.yaml"), "name: studio\nruntime: nodejs\n");
    fs.writeFileSync(path.join(project, "index.ts"), "export = {};\n");
    for (const team of ["ml", "cv", "nlp"]) fs.writeFileSync(path.join(project, "teams", `${team}.yaml`), `name: ${team}\nmembers: []\n`);
    fs.writeFileSync(path.join(dir, "README.md"), "# teams\n");
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "teams");
    return { dir, project, git };
}

function list(project: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [COMMAND, "stacks", "list", "teams/*.yaml", "--stack-prefix", "prod-", "--base-stack", "prod", ...args], { cwd: project, encoding: "utf8" });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("sagemaker-studio stacks list, in a git repository", () => {
    after(cleanWorkDirs);

    it("lists every team stack without --changed-since", () => {
        const { project } = repository();
        const { status, stdout } = list(project, "--format", "json");
        assert.strictEqual(status, 0);
        assert.deepStrictEqual(JSON.parse(stdout).map((s: { stack: string }) => s.stack), ["prod-cv", "prod-ml", "prod-nlp"]);
    });

    it("selects what a branch changed since its merge base, uncommitted and untracked changes included", () => {
        const { project, git } = repository();
        git("checkout", "-q", "-b", "change");
        fs.appendFileSync(path.join(project, "teams", "ml.yaml"), "# committed on the branch\n");
        git("commit", "-qam", "ml");
        git("checkout", "-q", "main");
        fs.appendFileSync(path.join(project, "..", "README.md"), "main moved on\n");
        git("commit", "-qam", "main moves on: not part of the branch's change");
        fs.appendFileSync(path.join(project, "teams", "nlp.yaml"), "# committed on main after the branch point\n");
        git("commit", "-qam", "nlp on main");
        git("checkout", "-q", "change");
        git("rm", "-q", "studio/teams/cv.yaml");
        fs.writeFileSync(path.join(project, "teams", "new.yaml"), "name: fresh\nmembers: []\n");
        const { status, stdout, stderr } = list(project, "--changed-since", "main");
        assert.strictEqual(status, 0, stderr);
        assert.strictEqual(
            stdout,
            ["destroy prod-cv     teams/cv.yaml   team file deleted", "deploy  prod-fresh  teams/new.yaml  team file added", "deploy  prod-ml     teams/ml.yaml   team file modified", ""].join("\n"),
        );
    });

    it("prints the matrix line for $GITHUB_OUTPUT, every stack when the program changed, none when nothing did", () => {
        const { project, git } = repository();
        const base = git("rev-parse", "HEAD");
        assert.strictEqual(list(project, "--changed-since", base, "--format", "github-matrix").stdout, '{"include":[]}\n');
        fs.appendFileSync(path.join(project, "index.ts"), "// a change every stack deploys\n");
        git("commit", "-qam", "program");
        const matrix = JSON.parse(list(project, "--changed-since", base, "--format", "github-matrix").stdout);
        assert.deepStrictEqual(matrix.include, ["cv", "ml", "nlp"].map((team) => ({ team, file: `teams/${team}.yaml`, stack: `prod-${team}`, action: "deploy" })));
    });

    it("fails, saying what to fetch, on a revision the checkout does not have", () => {
        const { project } = repository();
        const { status, stderr } = list(project, "--changed-since", "origin/main");
        assert.strictEqual(status, 1);
        assert.match(stderr, /--changed-since origin\/main: no common history with HEAD .*fetch-depth: 0/);
    });

    it("exits 2 on a wrong command line", () => {
        const { project } = repository();
        assert.strictEqual(list(project, "--format", "yaml").status, 2);
        assert.strictEqual(list(project, "--part", "3/2").status, 2);
        const bare = spawnSync(process.execPath, [COMMAND, "stacks"], { cwd: project, encoding: "utf8" });
        assert.strictEqual(bare.status, 2);
        assert.match(bare.stderr, /stacks needs one of list/);
    });
});
