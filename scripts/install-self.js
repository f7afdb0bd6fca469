#!/usr/bin/env node
// Installs this package into its own node_modules as a real copy (never a symlink).
//
// A dynamic provider is serialized into state and loaded later, by package name,
// from the node_modules of the project that runs it. Inside this repository the
// package is not a dependency of itself, so the example stack and the tests would
// otherwise capture the provider by value (large state, broken relative requires).
// A symlink is not enough: a module reached through one has a real path outside
// node_modules and is serialized by value too.
//
// The copy is swapped in with renames, so a provider process starting meanwhile
// sees either the old copy or the new one, never a half-written one.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pkg = require(path.join(root, "package.json"));
const target = path.join(root, "node_modules", pkg.name);
const staging = `${target}.staging-${process.pid}`;
const retired = `${target}.retired-${process.pid}`;

fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(staging, { recursive: true });
fs.copyFileSync(path.join(root, "package.json"), path.join(staging, "package.json"));
for (const entry of ["dist", "schemas"]) {
    const from = path.join(root, entry);
    if (fs.existsSync(from)) {
        fs.cpSync(from, path.join(staging, entry), {
            recursive: true,
            filter: (src) => !src.endsWith(".tsbuildinfo"),
        });
    }
}
if (fs.existsSync(target)) {
    fs.renameSync(target, retired);
}
fs.renameSync(staging, target);
fs.rmSync(retired, { recursive: true, force: true });
