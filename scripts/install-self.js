#!/usr/bin/env node
// Installs this package into its own node_modules as a real copy (never a symlink).
//
// Every resource's provider is loaded, by package name, from the node_modules of
// the project that runs it, and the test projects' programs import the package by
// name. Inside this repository the package is not a dependency of itself, so the
// example stack and the tests get this copy of the build. A real copy, not a
// symlink, so that modules reached through it have their paths in node_modules,
// as in a user's project.
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
