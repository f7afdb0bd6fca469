// What `npm pack` puts in the package: everything a team's repository needs (the library, the
// provider path every stack's state requires, the command, the compiled policy pack with its
// example configuration, the team schema), and nothing it must not carry (tests, fixtures,
// TypeScript sources, build leftovers, source maps that point at files the package lacks).
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT } from "../support/engine";

interface PackedFile {
    path: string;
}

describe("package: npm pack contents", function () {
    let files: string[];

    before(() => {
        const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
        files = (JSON.parse(out)[0].files as PackedFile[]).map((f) => f.path).sort();
    });

    it("has what a team's repository needs", () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
        const required = [
            "package.json",
            "README.md",
            "CHANGELOG.md",
            "dist/lib.js",
            "dist/lib.d.ts",
            "dist/model/index.js",
            "dist/model/index.d.ts",
            "dist/provider/provider.js",
            "dist/provider/team-roster-provider.js",
            "dist/cli/main.js",
            "dist/emulator/cli.js",
            "schemas/team.schema.json",
            "policy/PulumiPolicy.yaml",
            "policy/package.json",
            "policy/dist/index.js",
            "policy/config/production.json",
        ];
        for (const file of required) assert.ok(files.includes(file), `${file} is missing from the package`);
        for (const target of [...Object.values(pkg.bin as Record<string, string>), ...Object.values(pkg.exports as Record<string, string | { default: string }>).map((e) => (typeof e === "string" ? e : e.default))]) {
            assert.ok(files.includes(target.replace(/^\.\//, "")), `${target}, named in package.json, is missing`);
        }
        const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "policy", "package.json"), "utf8"));
        assert.strictEqual(manifest.version, pkg.version, "the pack's version is the release's");
        assert.ok(files.includes(`policy/${manifest.main}`), "the pack's main");
    });

    it("has no tests, fixtures, sources or build leftovers", () => {
        const unwanted = files.filter(
            (f) => /^(test|bench|scripts|\.ci|\.github|teams|emulator|provider|model|components|cli|language-host)\//.test(f) || /\.tsbuildinfo$/.test(f) || (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) || /(^|\/)fixtures\//.test(f),
        );
        assert.deepStrictEqual(unwanted, []);
    });

    it("has source maps that carry their sources, so none points at a file the package lacks", () => {
        const maps = files.filter((f) => f.endsWith(".map"));
        assert.ok(maps.length > 0);
        for (const map of maps) {
            const parsed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, map), "utf8")) as { sources: string[]; sourcesContent?: (string | null)[] };
            parsed.sources.forEach((source, i) => {
                const inline = typeof parsed.sourcesContent?.[i] === "string";
                const shipped = files.includes(path.posix.normalize(path.posix.join(path.posix.dirname(map), source)));
                assert.ok(inline || shipped, `${map} points at ${source}, which the package lacks`);
            });
        }
        for (const js of files.filter((f) => f.endsWith(".js"))) {
            const mapped = /\/\/# sourceMappingURL=(.+)$/m.exec(fs.readFileSync(path.join(REPO_ROOT, js), "utf8"))?.[1];
            if (mapped) assert.ok(files.includes(path.posix.join(path.posix.dirname(js), mapped)), `${js} names ${mapped}, which the package lacks`);
        }
    });
});
