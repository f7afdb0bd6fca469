import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { NameRegistry, teamClaims } from "../../components/organisation";
import { StudioTeam } from "../../components/studio-team";
import { TeamSpecError } from "../../components/team-problems";

function teamFiles(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "organisation-"));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
}

/** loadAll's refusal of the team files in `dir`. */
async function refusal(dir: string): Promise<TeamSpecError> {
    const error = await StudioTeam.loadAll("*.yaml", { domainId: "d-abcdefghijkl", baseDir: dir }).then(
        () => assert.fail("loadAll should refuse the team files"),
        (e: unknown) => e,
    );
    assert.ok(error instanceof TeamSpecError, String(error));
    return error;
}

describe("components/organisation: names across the teams of a program", () => {
    it("refuses a person in two teams before any team registers, naming the member and both teams' file:line:col", async () => {
        const dir = teamFiles({
            "cv.yaml": ["name: cv", "members:", "  - name: ana", "  - name: zoe", ""].join("\n"),
            "ml.yaml": ["name: ml", "members:", "  - name: bo", "  - name: Zoe", ""].join("\n"),
        });
        const error = await refusal(dir);
        assert.strictEqual(error.team, "ml");
        assert.deepStrictEqual(error.lines, [
            `${path.join(dir, "ml.yaml")}:4:5: members[1].name: "Zoe" is also a member of team cv (${path.join(dir, "cv.yaml")}:4:5); a profile name is unique in a domain (compared without regard to case), so a person is a member of one team of a stack: remove them from one of the teams`,
        ]);
    });

    it("refuses one Identity Center user with two profiles, in two teams or twice in one, naming both places", async () => {
        const dir = teamFiles({
            "cv.yaml": ["name: cv", "members:", "  - name: ana", "    singleSignOnUserValue: ana@example.com", ""].join("\n"),
            "ml.yaml": ["name: ml", "members:", "  - name: ana-lopez", "    singleSignOnUserValue: Ana@example.com", ""].join("\n"),
        });
        const error = await refusal(dir);
        assert.deepStrictEqual(error.lines, [
            `${path.join(dir, "ml.yaml")}:4:5: members[0].singleSignOnUserValue: Identity Center user "Ana@example.com" is also the user of member ana of team cv (${path.join(dir, "cv.yaml")}:4:5); one person has one profile in a domain (two would each take the user's assignment to Studio for their own): remove one of them`,
        ]);
        const registry = new NameRegistry();
        const twice = teamClaims([{ name: "bo", singleSignOnUserValue: "bo" }, { name: "bo-2", singleSignOnUserValue: "bo" }], (name) => ["members", name === "bo" ? 0 : 1, "name"]);
        const problems = registry.claim("ops", "d-1", twice, (p) => `ops.yaml ${p.join(".")}`);
        assert.deepStrictEqual(problems.map((p) => [p.path.join("."), p.reason.split(";")[0]]), [["members.1.singleSignOnUserValue", 'Identity Center user "bo" is also the user of member bo of this team (ops.yaml members.0.singleSignOnUserValue)']]);
    });

    it("refuses a space name two teams use, and compares nothing across domains or with an unknown domain", () => {
        const registry = new NameRegistry();
        const at = (team: string) => (p: (string | number)[]) => `team ${team} ${p.join(".")}`;
        const lab = teamClaims([], () => [], [{ name: "lab", appType: "JupyterLab" }]);
        assert.deepStrictEqual(registry.claim("cv", "d-1", lab, at("cv")), []);
        assert.deepStrictEqual(registry.claim("ml", "d-2", lab, at("ml")), [], "another domain");
        assert.deepStrictEqual(registry.claim("ml", undefined, lab, at("ml")), [], "a domain not known");
        const clash = registry.claim("nlp", "d-1", lab, at("nlp"));
        assert.strictEqual(clash.length, 1);
        assert.match(clash[0].reason, /^space "lab" is also a space of team cv \(team cv sharedSpaces\.0\.name\); a space name is unique in a domain/);
        const privateSpace = teamClaims([{ name: "lab", privateSpace: { appType: "JupyterLab" } }], () => ["members", 0, "name"]);
        assert.deepStrictEqual(registry.claim("ops", "d-1", privateSpace, at("ops")), [], "lab's private space is lab-private, not lab");
    });
});
