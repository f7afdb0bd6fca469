// `sagemaker-studio stacks operator`: the team stacks as Pulumi Kubernetes Operator Stack
// resources, from a project's team files and its base stack's settings file; the example in
// docs/kubernetes-operator.md is this command's output for the project below.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import YAML from "yaml";
import { cleanWorkDirs, makeWorkDir, REPO_ROOT } from "../support/engine";

const COMMAND = path.join(REPO_ROOT, "dist", "cli", "main.js");
const DOC = path.join(REPO_ROOT, "docs", "kubernetes-operator.md");

/** The project of the example: two teams, a base stack's config (with a secret value when asked). */
function project(withSecret = false): string {
    const dir = makeWorkDir("operator");
    fs.mkdirSync(path.join(dir, "teams"));
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: sagemaker-studio-teams\nruntime: nodejs\n");
    fs.writeFileSync(
        path.join(dir, "Pulumi.prod.yaml"),
        "encryptionsalt: v1:abc\nconfig:\n  sagemaker-studio-teams:domainId: d-xxxxxxxxxxxx\n  sagemaker-studio-teams:teams: teams/*.yaml\n  sagemaker:region: eu-west-1\n" +
            (withSecret ? "  sagemaker-studio-teams:webhook:\n    secure: v1:ciphertext\n" : ""),
    );
    fs.writeFileSync(path.join(dir, "teams", "ml.yaml"), "name: ml\nmembers: []\n");
    fs.writeFileSync(path.join(dir, "teams", "cv-research.yaml"), "name: cv-research\nmembers: []\n");
    return dir;
}

function operator(dir: string, ...args: string[]) {
    return spawnSync(process.execPath, [COMMAND, "stacks", "operator", "teams/*.yaml", ...args], { cwd: dir, encoding: "utf8" });
}

const EXAMPLE_ARGS = ["--repo", "https://github.com/example/studio-teams.git", "--stack-prefix", "prod-", "--base-stack", "prod", "--backend", "s3://example-pulumi-state"];

describe("sagemaker-studio stacks operator", () => {
    after(cleanWorkDirs);

    it("prints one Stack per team: the base stack's plain config with teams set to the team's file, its secrets from a Secret", () => {
        const result = operator(project(true), ...EXAMPLE_ARGS);
        assert.strictEqual(result.status, 0, result.stderr);
        const stacks = YAML.parseAllDocuments(result.stdout).map((d) => d.toJS());
        assert.deepStrictEqual(stacks.map((s) => [s.kind, s.metadata.name, s.spec.stack]), [["Stack", "prod-cv-research", "prod-cv-research"], ["Stack", "prod-ml", "prod-ml"]]);
        const [, ml] = stacks;
        assert.deepStrictEqual(ml.spec.config, { "sagemaker-studio-teams:domainId": "d-xxxxxxxxxxxx", "sagemaker:region": "eu-west-1", "sagemaker-studio-teams:teams": "teams/ml.yaml" });
        assert.deepStrictEqual(ml.spec.secretsRef, { "sagemaker-studio-teams:webhook": { type: "Secret", secret: { name: "sagemaker-studio", key: "sagemaker-studio-teams.webhook" } } });
        assert.deepStrictEqual(ml.spec.envRefs.PULUMI_CONFIG_PASSPHRASE, { type: "Secret", secret: { name: "sagemaker-studio", key: "PULUMI_CONFIG_PASSPHRASE" } });
        assert.deepStrictEqual([ml.spec.projectRepo, ml.spec.branch, ml.spec.backend, ml.spec.refresh, ml.spec.continueResyncOnCommitMatch, ml.spec.resyncFrequencySeconds], [
            "https://github.com/example/studio-teams.git",
            "main",
            "s3://example-pulumi-state",
            true,
            true,
            3600,
        ]);
        assert.strictEqual(result.stderr, "The Secret sagemaker-studio in namespace pulumi holds: PULUMI_CONFIG_PASSPHRASE, sagemaker-studio-teams.webhook\n");
    });

    it("is the example docs/kubernetes-operator.md shows", () => {
        const doc = fs.readFileSync(DOC, "utf8");
        assert.ok(doc.includes(`npx sagemaker-studio stacks operator 'teams/*.yaml' ${EXAMPLE_ARGS.join(" ")} > stacks.yaml`), "the command");
        assert.ok(doc.includes(`\`\`\`yaml\n${operator(project(), ...EXAMPLE_ARGS).stdout}\`\`\``), "its output");
    });

    it("exits 2 without --repo, or with a resync faster than the operator allows", () => {
        const dir = project();
        assert.strictEqual(operator(dir).status, 2);
        assert.strictEqual(operator(dir, "--repo", "r", "--resync-seconds", "30").status, 2);
    });
});
