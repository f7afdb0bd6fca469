#!/usr/bin/env node
// Builds the policy pack in policy/ as the package ships it: the rules compiled to policy/dist/
// (a pack in TypeScript would make Pulumi's runner fall back to the TypeScript bundled in
// @pulumi/pulumi, which cannot compile it), and policy/package.json written from this package's
// own, so the pack's version is the release's. The pack resolves @pulumi/policy and this
// package's model from the package's dependencies.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const pack = path.join(root, "policy");
const pkg = require(path.join(root, "package.json"));

fs.rmSync(path.join(pack, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(pack, "tsconfig.json")], { cwd: root, stdio: "inherit" });
const manifest = {
    name: `${pkg.name}-policy`,
    version: pkg.version,
    description: `CrossGuard policies for SageMaker Studio user profiles managed with ${pkg.name}.`,
    license: pkg.license,
    private: true,
    main: "dist/index.js",
};
fs.writeFileSync(path.join(pack, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

// The copy of this package in its own node_modules (scripts/install-self.js) gets the pack too, so
// the repository runs it from where a team's repository does.
const installed = path.join(root, "node_modules", pkg.name, "policy");
if (fs.existsSync(path.dirname(installed))) {
    fs.rmSync(installed, { recursive: true, force: true });
    for (const entry of ["PulumiPolicy.yaml", "package.json", "dist", "config"]) {
        fs.cpSync(path.join(pack, entry), path.join(installed, entry), { recursive: true });
    }
}
