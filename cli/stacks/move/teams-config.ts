// A stack's config `teams` (the team files its program deploys: a glob, a comma-separated list, or
// a JSON list) with one team file added or taken out, written back as a comma-separated list.
import * as path from "path";
import { expandTeamFiles } from "../../../components/team-files";

function patternsOf(configured: string): string | string[] {
    return configured.trimStart().startsWith("[") ? (JSON.parse(configured) as string[]) : configured;
}

function filesOf(configured: string, projectDir: string): string[] {
    return expandTeamFiles(patternsOf(configured), projectDir).map((file) => path.relative(projectDir, file).split(path.sep).join("/"));
}

/** What `teams` becomes once `file` is deployed by the stack too. */
export function teamsWith(configured: string | undefined, file: string, projectDir: string): string {
    if (configured === undefined || configured.trim() === "") return file;
    return filesOf(configured, projectDir).includes(file) ? configured : [...filesOf(configured, projectDir), file].join(",");
}

/** What `teams` becomes once the stack no longer deploys `file` (empty when no team file is left). */
export function teamsWithout(configured: string, files: readonly string[], projectDir: string): string {
    return filesOf(configured, projectDir)
        .filter((f) => !files.includes(f))
        .join(",");
}
