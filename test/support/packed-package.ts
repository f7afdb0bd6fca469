// The package as users get it: `npm pack` once, then installed into projects in a
// temporary folder outside this repository, so that nothing resolves from the
// repository's own node_modules. Installs run from the npm cache, without the network.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REPO_ROOT } from "./engine";

export const PACKAGE_NAME = "pulumi-sagemaker-studio";

/** A fresh folder under the system's temporary folder (outside the repository). */
export function makeOutsideDir(prefix: string): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Removes a folder made by makeOutsideDir, unless KEEP_TEST_WORK is set. */
export function removeOutsideDir(dir: string | undefined): void {
    if (dir && !process.env.KEEP_TEST_WORK) {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/** `npm pack` of this repository (which builds it) into `destination`; the tarball's path. */
export function packPackage(destination: string): string {
    const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", destination], { cwd: REPO_ROOT, encoding: "utf8" });
    return path.join(destination, out.trim().split("\n").pop()!);
}

/** A project folder copied to `destination`, without what an earlier run left in it. */
export function copyProject(source: string, destination: string): string {
    fs.cpSync(source, destination, {
        recursive: true,
        filter: (file) => !/^(node_modules|\.pulumi-.*|package-lock\.json|Pulumi\.[^.]+\.yaml)$/.test(path.basename(file)),
    });
    return destination;
}

/**
 * Installs the project's dependencies with the packed package in place of the version its
 * package.json names. The repository's lockfile goes with it, so every other package resolves to
 * the version this repository is tested with, which `npm ci` put in the npm cache: the install runs
 * `--offline`, and a range the project declares that those versions do not satisfy fails it.
 * Returns npm's output.
 */
export function installWithTarball(projectDir: string, tarball: string): string {
    const manifestPath = path.join(projectDir, "package.json");
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    if (manifest.dependencies?.[PACKAGE_NAME] === undefined) {
        throw new Error(`${manifestPath} does not depend on ${PACKAGE_NAME}`);
    }
    manifest.dependencies[PACKAGE_NAME] = `file:${tarball}`;
    fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    fs.copyFileSync(path.join(REPO_ROOT, "package-lock.json"), path.join(projectDir, "package-lock.json"));
    const install = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund"], { cwd: projectDir, encoding: "utf8" });
    const output = `${install.stdout}${install.stderr}`;
    if (install.status !== 0) {
        throw new Error(`npm install in ${projectDir} exited with ${install.status}:\n${output}`);
    }
    return output;
}
