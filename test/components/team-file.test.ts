import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadTeamFile, parseTeamFile } from "../../components/team-file";
import { TeamSpecError } from "../../components/team-problems";

function problemsOf(text: string, file = "teams/t.yaml"): string[] {
    try {
        parseTeamFile(text, file);
    } catch (error) {
        assert.ok(error instanceof TeamSpecError, String(error));
        return [...error.lines];
    }
    assert.fail("expected the team file to be rejected");
}

describe("components/team-file", () => {
    it("loads a YAML team file", () => {
        const spec = parseTeamFile(
            [
                "# yaml-language-server: $schema=../schemas/team.schema.json",
                "name: fraud-ml",
                "defaults:",
                "  jupyterLabAppSettings:",
                "    defaultResourceSpec: {instanceType: ml.m5.large}",
                "tags: {team: fraud}",
                "members:",
                "  - name: alice",
                "  - name: bob",
                "    settings:",
                "      jupyterLabAppSettings:",
                "        lifecycleConfigArns: null",
            ].join("\n"),
            "teams/fraud-ml.yaml",
        );
        assert.strictEqual(spec.name, "fraud-ml");
        assert.deepStrictEqual(spec.members!.map((m) => m.name), ["alice", "bob"]);
    });

    it("loads JSON from disk", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-"));
        const file = path.join(dir, "t.json");
        fs.writeFileSync(file, JSON.stringify({ members: [{ name: "alice" }] }, null, 2));
        assert.deepStrictEqual(loadTeamFile(file), { members: [{ name: "alice" }] });
        fs.rmSync(dir, { recursive: true });
    });

    it("reports schema problems with file:line:column and path, and suggests names", () => {
        const lines = problemsOf(
            [
                "defaults:",
                "  jupyterLabAppSetings:",
                "    foo: 1",
                "members:",
                "  - name: alice",
                "  - name: bob",
                "    settings:",
                "      kernelGatewayAppSettings:",
                "        defaultResourceSpec:",
                "          instanceType: ml.g5.xlarg",
                "  - settings: {}",
            ].join("\n"),
        );
        assert.deepStrictEqual(lines, [
            "teams/t.yaml:2:3: defaults.jupyterLabAppSetings (members alice, bob): is not a known property; did you mean jupyterLabAppSettings?",
            lines[1],
            "teams/t.yaml:11:5: members[2].name: is required: the member's user profile name",
        ]);
        assert.match(lines[1], /^teams\/t\.yaml:10:11: members\[1\]\.settings\.kernelGatewayAppSettings\.defaultResourceSpec\.instanceType: "ml\.g5\.xlarg" is not one of the 176 SageMaker app instance types \(such as ml\.t3\.medium\); did you mean ml\.g5\.xlarge\? \(member bob\)$/);
    });

    it("reports a schema problem and the model's problems together, in the order of the file", () => {
        const lines = problemsOf(
            [
                "adpot: true",
                "members:",
                "  - name: alice",
                "  - name: Alice",
                "  - name: bob",
                "    settings:",
                "      jupyterLabAppSettings:",
                "        defaultResourceSpec: {instanceType: ml.m5.lrge}",
            ].join("\n"),
        );
        assert.strictEqual(lines.length, 3, lines.join("\n"));
        assert.match(lines[0], /^teams\/t\.yaml:1:1: adpot: is not a known property; did you mean adopt\?$/);
        assert.match(lines[1], /^teams\/t\.yaml:4:5: members\[1\]\.name: "Alice" duplicates members\[0\]\.name "alice"/);
        assert.match(lines[2], /^teams\/t\.yaml:8:31: members\[2\]\.settings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType: .*did you mean ml\.m5\.large\? \(member bob\)$/);
    });

    it("reports the team rules (duplicates, merged settings) at the member's line", () => {
        const lines = problemsOf(
            [
                "members:",
                "  - name: alice",
                "  - name: ALICE",
                "  - name: carol",
                "    settings:",
                "      defaultLandingUri: 'studio::'",
                "      studioWebPortal: DISABLED",
            ].join("\n"),
        );
        assert.deepStrictEqual(lines.length, 2, lines.join("\n"));
        assert.match(lines[0], /^teams\/t\.yaml:3:5: members\[1\]\.name: "ALICE" duplicates members\[0\]\.name "alice"/);
        assert.match(lines[1], /^teams\/t\.yaml:6:7: members\[2\]\.settings\.defaultLandingUri: .*\(member carol\)$/);
    });

    it("loads the example team file for an SSO domain", () => {
        const file = path.join(__dirname, "..", "..", "teams", "sso-example.yaml.example");
        const spec = parseTeamFile(fs.readFileSync(file, "utf8"), file);
        assert.strictEqual(spec.identityCenterGroup, "ds-team");
        assert.deepStrictEqual(spec.members?.map((m) => m.name), ["ana"]);
    });

    it("reports YAML syntax errors with their line", () => {
        const lines = problemsOf("members:\n  - name: alice\n  - name: [bob\n");
        assert.ok(lines.length >= 1);
        assert.match(lines[0], /^teams\/t\.yaml:\d+:\d+: /);
        const dup = problemsOf("members: []\nmembers: []\n");
        assert.match(dup[0], /^teams\/t\.yaml:2:1: .*unique/i);
    });

    it("puts every problem in the error message", () => {
        try {
            parseTeamFile("members:\n  - name: a_b\n  - name: c_d\n", "x.yaml");
            assert.fail("expected an error");
        } catch (error) {
            assert.ok(error instanceof TeamSpecError);
            assert.match(error.message, /team x: 2 problems/);
            assert.match(error.message, /x\.yaml:2:/);
            assert.match(error.message, /x\.yaml:3:/);
        }
    });
});
