// What changed in the project folder since a git revision: the commits since the revision's merge
// base with HEAD (what a pull request adds to its base branch), the working tree's uncommitted
// changes and its untracked files, so a local run sees what CI will see once it is committed.
import { execFile } from "child_process";
import { promisify } from "util";
import type { Change, ChangedPath } from "./stack-selection";

const git = promisify(execFile);

async function gitOutput(projectDir: string, args: string[]): Promise<string> {
    return (await git("git", args, { cwd: projectDir, maxBuffer: 256 * 1024 * 1024 })).stdout;
}

function changeOf(status: string): ChangedPath["change"] {
    return status.startsWith("A") ? "added" : status.startsWith("D") ? "deleted" : "modified";
}

/** The changes since `revision` in `projectDir`, paths relative to it. */
export async function changesSince(revision: string, projectDir: string): Promise<Change & { base: string }> {
    let base: string;
    try {
        base = (await gitOutput(projectDir, ["merge-base", revision, "HEAD"])).trim();
    } catch (error) {
        const said = String((error as { stderr?: string }).stderr ?? error).trim();
        throw new Error(`--changed-since ${revision}: no common history with HEAD in ${projectDir} (${said || "git merge-base failed"}); a shallow clone needs the history (actions/checkout with fetch-depth: 0)`);
    }
    // -z: names as they are; --relative: only the project folder, paths relative to it.
    const fields = (await gitOutput(projectDir, ["diff", "--name-status", "-z", "--no-renames", "--relative", base])).split("\0").filter((f) => f !== "");
    const paths: ChangedPath[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) paths.push({ path: fields[i + 1], change: changeOf(fields[i]) });
    const untracked = (await gitOutput(projectDir, ["ls-files", "-z", "--others", "--exclude-standard"])).split("\0").filter((f) => f !== "");
    for (const file of untracked) paths.push({ path: file, change: "added" });
    return {
        base,
        paths,
        oldText: async (file) => {
            try {
                return await gitOutput(projectDir, ["show", `${base}:./${file}`]);
            } catch {
                return undefined;
            }
        },
    };
}
