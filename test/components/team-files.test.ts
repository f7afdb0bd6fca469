import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { expandTeamFiles } from "../../components/team-files";

describe("components/team-files", () => {
    let dir: string;

    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "teams-"));
        fs.mkdirSync(path.join(dir, "teams"));
        for (const f of ["b.yaml", "a.yaml", "c.json", "notes.txt"]) {
            fs.writeFileSync(path.join(dir, "teams", f), "members: []\n");
        }
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("expands a glob in the file name, sorted", () => {
        assert.deepStrictEqual(expandTeamFiles("teams/*.yaml", dir), [path.join(dir, "teams", "a.yaml"), path.join(dir, "teams", "b.yaml")]);
    });

    it("takes comma-separated lists and lists, without duplicates", () => {
        const expected = [path.join(dir, "teams", "a.yaml"), path.join(dir, "teams", "c.json")];
        assert.deepStrictEqual(expandTeamFiles("teams/c.json, teams/a.yaml", dir), expected);
        assert.deepStrictEqual(expandTeamFiles(["teams/?.json", "teams/a.yaml", "teams/a.yaml"], dir), expected);
    });

    it("fails on a missing file or a pattern that matches nothing", () => {
        assert.throws(() => expandTeamFiles("teams/x.yaml", dir), /team file teams\/x\.yaml does not exist/);
        assert.throws(() => expandTeamFiles("teams/*.yml", dir), /no team file matches teams\/\*\.yml/);
    });
});
