// Which team stacks a change touches (cli/stacks/stack-selection.ts), and how `stacks list` prints
// them: the selection behind the workflows' matrix and `--stacks --changed-since`.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatStackList, GITHUB_MATRIX_LIMIT, parsePart, partOf } from "../../cli/stacks/stack-list-formats";
import { allTeamStacks, changedTeamStacks, teamFileMatcher, teamNameOf, type Change, type ChangedPath, type TeamStack } from "../../cli/stacks/stack-selection";

const readText = (file: string) => fs.readFileSync(file, "utf8");

describe("sagemaker-studio stacks: the team stacks a change touches", () => {
    let dir: string;
    const options = () => ({ teams: "teams/*.yaml", projectDir: dir, stackPrefix: "prod-", baseStack: "prod" });
    const change = (paths: ChangedPath[], old: Record<string, string> = {}): Change => ({ paths, oldText: async (file) => old[file] });
    const picked = (stacks: TeamStack[]) => stacks.map((s) => [s.action, s.stack, s.file]);

    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-selection-"));
        fs.mkdirSync(path.join(dir, "teams"));
        fs.writeFileSync(path.join(dir, "teams", "ml.yaml"), "name: ml\nmembers: []\n");
        fs.writeFileSync(path.join(dir, "teams", "cv-research.yaml"), "name: cv\nmembers: []\n");
        fs.writeFileSync(path.join(dir, "teams", "nlp.yaml"), "members: []\n");
    });

    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("names each team's stack after the file's team name, else its base name", () => {
        assert.deepStrictEqual(picked(allTeamStacks(options(), readText)), [
            ["deploy", "prod-cv", "teams/cv-research.yaml"],
            ["deploy", "prod-ml", "teams/ml.yaml"],
            ["deploy", "prod-nlp", "teams/nlp.yaml"],
        ]);
        assert.strictEqual(teamNameOf("teams/x.yaml", "name: [unclosed"), "x", "a file that does not parse keeps its base name");
    });

    it("refuses two team files that name one team: both would run the same stack", () => {
        fs.writeFileSync(path.join(dir, "teams", "ml-copy.yaml"), "name: ml\nmembers: []\n");
        assert.throws(() => allTeamStacks(options(), readText), /teams\/ml-copy\.yaml and teams\/ml\.yaml both name team ml \(stack prod-ml\)/);
    });

    it("selects the stack of a changed or added team file, and nothing for a file nobody deploys from", async () => {
        const stacks = await changedTeamStacks(
            change([
                { path: "teams/ml.yaml", change: "modified" },
                { path: "teams/cv-research.yaml", change: "added" },
                { path: "README.md", change: "modified" },
                { path: ".github/workflows/deploy.yml", change: "modified" },
                { path: "teams/notes.txt", change: "added" },
            ]),
            options(),
            readText,
        );
        assert.deepStrictEqual(picked(stacks), [
            ["deploy", "prod-cv", "teams/cv-research.yaml"],
            ["deploy", "prod-ml", "teams/ml.yaml"],
        ]);
        assert.deepStrictEqual(stacks.map((s) => s.reason), ["team file added", "team file modified"]);
    });

    it("selects a deleted team file's stack for its destroy, named by the team the file had", async () => {
        const stacks = await changedTeamStacks(change([{ path: "teams/old-team.yaml", change: "deleted" }], { "teams/old-team.yaml": "name: legacy\nmembers: []\n" }), options(), readText);
        assert.deepStrictEqual(picked(stacks), [["destroy", "prod-legacy", "teams/old-team.yaml"]]);
    });

    it("keeps a renamed team file's stack deployed: the team, and so the stack, stay", async () => {
        fs.writeFileSync(path.join(dir, "teams", "machine-learning.yaml"), "name: ml\nmembers: []\n");
        fs.rmSync(path.join(dir, "teams", "ml.yaml"));
        const stacks = await changedTeamStacks(
            change(
                [
                    { path: "teams/machine-learning.yaml", change: "added" },
                    { path: "teams/ml.yaml", change: "deleted" },
                ],
                { "teams/ml.yaml": "name: ml\nmembers: []\n" },
            ),
            options(),
            readText,
        );
        assert.deepStrictEqual(picked(stacks), [["deploy", "prod-ml", "teams/machine-learning.yaml"]]);
    });

    for (const shared of ["index.ts", "lib/naming.ts", "Pulumi.yaml", "package-lock.json", "package.json", "tsconfig.json", "Pulumi.prod.yaml"]) {
        it(`selects every stack when ${shared}, which every stack shares, changed`, async () => {
            const stacks = await changedTeamStacks(change([{ path: shared, change: "modified" }]), options(), readText);
            assert.deepStrictEqual(stacks.map((s) => s.stack), ["prod-cv", "prod-ml", "prod-nlp"]);
            assert.strictEqual(stacks[0].reason, `shared file changed: ${shared}`);
        });
    }

    it("counts the globs given as shared, such as the policy config, and leaves code under node_modules alone", async () => {
        const withPolicy = { ...options(), shared: ["policy/*.json"] };
        assert.strictEqual((await changedTeamStacks(change([{ path: "policy/production.json", change: "modified" }]), withPolicy, readText)).length, 3);
        assert.deepStrictEqual(await changedTeamStacks(change([{ path: "policy/production.json", change: "modified" }]), options(), readText), []);
        assert.deepStrictEqual(await changedTeamStacks(change([{ path: "node_modules/x/index.js", change: "modified" }]), options(), readText), []);
    });

    it("selects every stack and still the destroy of a deleted team when a shared file changed too", async () => {
        const stacks = await changedTeamStacks(
            change(
                [
                    { path: "package-lock.json", change: "modified" },
                    { path: "teams/gone.yaml", change: "deleted" },
                ],
                { "teams/gone.yaml": "name: gone\n" },
            ),
            options(),
            readText,
        );
        assert.deepStrictEqual(picked(stacks), [
            ["deploy", "prod-cv", "teams/cv-research.yaml"],
            ["destroy", "prod-gone", "teams/gone.yaml"],
            ["deploy", "prod-ml", "teams/ml.yaml"],
            ["deploy", "prod-nlp", "teams/nlp.yaml"],
        ]);
    });

    it("selects a team stack whose own settings file changed, and no other stack's settings", async () => {
        const stacks = await changedTeamStacks(
            change([
                { path: "Pulumi.prod-ml.yaml", change: "modified" },
                { path: "Pulumi.staging.yaml", change: "modified" },
            ]),
            options(),
            readText,
        );
        assert.deepStrictEqual(picked(stacks), [["deploy", "prod-ml", "teams/ml.yaml"]]);
        assert.strictEqual(stacks[0].reason, "stack settings changed: Pulumi.prod-ml.yaml");
    });

    it("matches team files by the same patterns as the program: globs in the last segment, paths, comma-separated lists", () => {
        const isTeamFile = teamFileMatcher(["teams/*.yaml", "extra/ops.yml,extra/data.yml"], dir);
        assert.deepStrictEqual(
            ["teams/a.yaml", "teams/sub/a.yaml", "teams/a.json", "extra/ops.yml", "extra/data.yml", "extra/other.yml"].map(isTeamFile),
            [true, false, false, true, true, false],
        );
    });
});

describe("sagemaker-studio stacks list: formats", () => {
    const stack = (i: number, action: TeamStack["action"] = "deploy"): TeamStack => ({ team: `t${i}`, file: `teams/t${i}.yaml`, stack: `prod-t${i}`, action, reason: "team file modified" });

    it("prints a GitHub Actions matrix on one line: team, file, stack and action of each job", () => {
        assert.strictEqual(
            formatStackList([stack(1), stack(2, "destroy")], "github-matrix"),
            '{"include":[{"team":"t1","file":"teams/t1.yaml","stack":"prod-t1","action":"deploy"},{"team":"t2","file":"teams/t2.yaml","stack":"prod-t2","action":"destroy"}]}\n',
        );
        assert.strictEqual(formatStackList([], "github-matrix"), '{"include":[]}\n');
    });

    it("refuses a matrix beyond GitHub's 256 jobs, naming the parts to run instead, and splits a list into parts", () => {
        const many = Array.from({ length: GITHUB_MATRIX_LIMIT + 1 }, (_, i) => stack(i));
        assert.throws(() => formatStackList(many, "github-matrix"), /257 team stacks are more than the 256 jobs GitHub runs from one matrix: split them with --part 1\/2 … --part 2\/2/);
        const [first, second] = [partOf(many, parsePart("1/2")), partOf(many, parsePart("2/2"))];
        assert.deepStrictEqual([first.length, second.length], [129, 128]);
        assert.deepStrictEqual([...first, ...second], many);
        assert.doesNotThrow(() => formatStackList(first, "github-matrix"));
        assert.deepStrictEqual(["0/2", "3/2", "1", "a/b"].map(parsePart), [undefined, undefined, undefined, undefined]);
    });

    it("prints a table for people, and says when nothing is selected", () => {
        assert.strictEqual(formatStackList([stack(1), stack(22, "destroy")], "text"), "deploy  prod-t1   teams/t1.yaml   team file modified\ndestroy prod-t22  teams/t22.yaml  team file modified\n");
        assert.strictEqual(formatStackList([], "text"), "no team stack selected\n");
        assert.deepStrictEqual(JSON.parse(formatStackList([stack(1)], "json")), [stack(1)]);
    });
});
