import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { assertNpmProject } from "../../language-host/npm";
import { cleanWorkDirs, makeWorkDir } from "../support/engine";

function projectWith(...files: string[]): string {
    const dir = makeWorkDir("host-npm");
    for (const file of files) {
        fs.writeFileSync(path.join(dir, file), "");
    }
    return dir;
}

describe("language host: which projects it installs with npm", () => {
    after(cleanWorkDirs);

    it("installs when the packagemanager option is unset, auto or npm", () => {
        const dir = projectWith("package.json");
        for (const option of [undefined, "", "auto", "npm"]) {
            assert.doesNotThrow(() => assertNpmProject(dir, option));
        }
    });

    it("refuses another package manager named in the runtime options", () => {
        assert.throws(() => assertNpmProject(projectWith("package.json"), "pnpm"), /installs with npm, not pnpm/);
    });

    it("refuses a project that another package manager's lockfile claims", () => {
        assert.throws(() => assertNpmProject(projectWith("yarn.lock"), undefined), /has yarn\.lock, so yarn manages its dependencies/);
        assert.throws(() => assertNpmProject(projectWith("bun.lockb"), "auto"), /has bun\.lockb, so bun manages/);
    });

    it("installs despite a foreign lockfile beside package-lock.json, or when told to use npm", () => {
        assert.doesNotThrow(() => assertNpmProject(projectWith("yarn.lock", "package-lock.json"), undefined));
        assert.doesNotThrow(() => assertNpmProject(projectWith("pnpm-lock.yaml"), "npm"));
    });
});
