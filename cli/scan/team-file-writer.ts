// Team files as `StudioTeam.fromFile` reads them: YAML with the schema line editors use, each
// file checked by loading it back before the scan reports success.
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { loadTeamFile } from "../../components/team-file";
import type { ScannedTeam } from "./team-factoring";

/** The team JSON Schema of this package: beside dist/ when built, beside cli/ in the sources. */
const SCHEMA = [path.resolve(__dirname, "..", "..", "..", "schemas"), path.resolve(__dirname, "..", "..", "schemas")]
    .map((dir) => path.join(dir, "team.schema.json"))
    .find((file) => fs.existsSync(file));

export function writeTeamFiles(outDir: string, teams: readonly ScannedTeam[], source: string): string[] {
    fs.mkdirSync(outDir, { recursive: true });
    const schemaLine = SCHEMA === undefined ? [] : [`# yaml-language-server: $schema=${path.relative(outDir, SCHEMA).split(path.sep).join("/")}`];
    return teams.map((team) => {
        const file = path.join(outDir, `${team.name}.yaml`);
        const header = [
            ...schemaLine,
            `# ${source}: ${team.spec.members.length} profile${team.spec.members.length === 1 ? "" : "s"}, taken over with adopt: true.`,
        ];
        fs.writeFileSync(file, `${header.join("\n")}\n${stringify({ name: team.name, ...team.spec }, { lineWidth: 0 })}`);
        loadTeamFile(file);
        return file;
    });
}
