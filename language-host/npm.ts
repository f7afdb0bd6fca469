// The one package manager the stand-in host installs with: the `npm` on PATH.
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const NPM_INSTALL_ARGS = ["install", "--loglevel=error"];

/** Lockfiles of other package managers, which `npm install` must not override. */
const FOREIGN_LOCKFILES: Record<string, string> = {
    "yarn.lock": "yarn",
    "pnpm-lock.yaml": "pnpm",
    "bun.lock": "bun",
    "bun.lockb": "bun",
};

/**
 * Throws unless npm is the project's package manager: the `packagemanager`
 * runtime option is unset, `auto` or `npm`, and (unless it says `npm`) no other
 * package manager's lockfile stands in `directory` without a package-lock.json.
 */
export function assertNpmProject(directory: string, packagemanager: unknown): void {
    const official = "use the official pulumi-language-nodejs for other package managers";
    if (packagemanager !== undefined && packagemanager !== "" && packagemanager !== "auto" && packagemanager !== "npm") {
        throw new Error(`the stand-in Node.js language host installs with npm, not ${String(packagemanager)}; ${official}`);
    }
    if (packagemanager === "npm" || fs.existsSync(path.join(directory, "package-lock.json"))) {
        return;
    }
    for (const [lockfile, manager] of Object.entries(FOREIGN_LOCKFILES)) {
        if (fs.existsSync(path.join(directory, lockfile))) {
            throw new Error(
                `${directory} has ${lockfile}, so ${manager} manages its dependencies; the stand-in Node.js language host installs with npm only (set the runtime option packagemanager: npm to use npm anyway); ${official}`,
            );
        }
    }
}

/** The version `npm --version` prints, or undefined when npm cannot be run. */
export function npmVersion(): Promise<string | undefined> {
    return new Promise((resolve) =>
        execFile("npm", ["--version"], { encoding: "utf8" }, (err, stdout) => resolve(err ? undefined : stdout.trim())),
    );
}
