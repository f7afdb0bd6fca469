// `git` in a folder, as a test's repository needs it: with an author, the output trimmed.
import { execFileSync } from "child_process";

export function git(dir: string, ...args: string[]): string {
    const author = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };
    return execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, ...author } }).trim();
}
