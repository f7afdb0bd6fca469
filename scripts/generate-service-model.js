#!/usr/bin/env node
// Writes model/generated/service-model.ts: the part of botocore's SageMaker service model that
// the user-profile code validates against, reduced to what validation needs.
//
//   node scripts/generate-service-model.js [--out <file>] [--cache <dir>]
//
// The wheel is fetched once with pip into a cache outside the repository (default
// ~/.cache/pulumi-sagemaker-studio/botocore, or $SAGEMAKER_MODEL_CACHE) and checked against a
// pinned sha256, so every run reads byte-identical input.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");
const { execFileSync } = require("child_process");

const BOTOCORE_VERSION = "1.44.8";
const WHEEL = `botocore-${BOTOCORE_VERSION}-py3-none-any.whl`;
const WHEEL_SHA256 = "76342a76c338701db80dcb8afe1c9bd079283d6fffbb9d881442abb02a215043";
const MODEL_PATH = "botocore/data/sagemaker/2017-07-24/service-2.json.gz";

const OPERATIONS = [
    "CreateUserProfile", "DescribeUserProfile", "UpdateUserProfile", "DeleteUserProfile", "ListUserProfiles",
    "CreateDomain", "DescribeDomain", "ListDomains", "DeleteDomain",
    "CreateApp", "DescribeApp", "DeleteApp", "ListApps",
    "CreateSpace", "DescribeSpace", "DeleteSpace", "ListSpaces",
    "AddTags", "ListTags", "DeleteTags",
];

const root = path.resolve(__dirname, "..");
const DEFAULT_OUT = path.join(root, "model", "generated", "service-model.ts");

function parseArgs(argv) {
    const args = {
        out: DEFAULT_OUT,
        cache: process.env.SAGEMAKER_MODEL_CACHE ||
            path.join(os.homedir(), ".cache", "pulumi-sagemaker-studio", "botocore"),
    };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = argv[i + 1];
        if ((flag === "--out" || flag === "--cache") && value) {
            args[flag.slice(2)] = path.resolve(value);
            i++;
        } else {
            throw new Error(`unknown argument ${flag}; usage: generate-service-model.js [--out <file>] [--cache <dir>]`);
        }
    }
    return args;
}

function sha256(file) {
    return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function ensureWheel(cacheDir) {
    const wheel = path.join(cacheDir, WHEEL);
    if (!fs.existsSync(wheel) || sha256(wheel) !== WHEEL_SHA256) {
        fs.mkdirSync(cacheDir, { recursive: true });
        execFileSync("python3", [
            "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
            "-q", `botocore==${BOTOCORE_VERSION}`, "-d", cacheDir,
        ], { stdio: ["ignore", "ignore", "inherit"] });
    }
    const digest = sha256(wheel);
    if (digest !== WHEEL_SHA256) {
        throw new Error(`${wheel}: sha256 ${digest}, expected ${WHEEL_SHA256}`);
    }
    return wheel;
}

function readServiceModel(wheel) {
    // A wheel is a zip; python3's zipfile avoids a zip dependency on the Node side.
    const script = [
        "import gzip, sys, zipfile",
        "with zipfile.ZipFile(sys.argv[1]) as z:",
        "    sys.stdout.buffer.write(gzip.decompress(z.read(sys.argv[2])))",
    ].join("\n");
    const json = execFileSync("python3", ["-c", script, wheel, MODEL_PATH], { maxBuffer: 512 * 1024 * 1024 });
    return JSON.parse(json.toString("utf8"));
}

function reachableShapes(model) {
    const seen = new Set();
    const visit = (name) => {
        if (seen.has(name)) return;
        const shape = model.shapes[name];
        if (!shape) throw new Error(`shape ${name} is referenced but not defined`);
        seen.add(name);
        for (const member of Object.values(shape.members || {})) visit(member.shape);
        for (const key of ["member", "key", "value"]) if (shape[key]) visit(shape[key].shape);
    };
    for (const op of OPERATIONS) {
        const def = model.operations[op];
        if (!def) throw new Error(`operation ${op} is not in the model`);
        if (def.input) visit(def.input.shape);
        if (def.output) visit(def.output.shape);
        for (const error of def.errors || []) visit(error.shape);
    }
    return [...seen].sort();
}

// Only what validation and name conversion need; documentation, `box`, `sensitive` are dropped.
function compactShape(shape) {
    const out = { type: shape.type };
    if (shape.members) {
        out.members = {};
        for (const [name, member] of Object.entries(shape.members)) out.members[name] = member.shape;
    }
    if (shape.required && shape.required.length) out.required = [...shape.required];
    if (shape.union) out.union = true;
    if (shape.exception) out.error = true;
    if (shape.member) out.member = shape.member.shape;
    if (shape.key) out.key = shape.key.shape;
    if (shape.value) out.value = shape.value.shape;
    if (shape.min !== undefined) out.min = shape.min;
    if (shape.max !== undefined) out.max = shape.max;
    if (shape.pattern !== undefined) out.pattern = shape.pattern;
    if (shape.enum) out.enum = [...shape.enum];
    return out;
}

function render(model) {
    const names = reachableShapes(model);
    const lines = [];
    lines.push("// Generated file; do not edit.");
    lines.push(`// Source: botocore==${BOTOCORE_VERSION} (PyPI wheel sha256 ${WHEEL_SHA256}), ${MODEL_PATH}.`);
    lines.push("// Regenerate with `npm run generate:model` (node scripts/generate-service-model.js).");
    lines.push("import type { OperationDef, ShapeDef } from \"../shape-def\";");
    lines.push("");
    lines.push(`export const BOTOCORE_VERSION = "${BOTOCORE_VERSION}";`);
    lines.push("");
    lines.push("export const SHAPES = {");
    for (const name of names) lines.push(`    ${name}: ${JSON.stringify(compactShape(model.shapes[name]))},`);
    lines.push("} as const satisfies Record<string, ShapeDef>;");
    lines.push("");
    lines.push("export const OPERATIONS = {");
    for (const op of [...OPERATIONS].sort()) {
        const def = model.operations[op];
        const entry = {
            input: def.input ? def.input.shape : null,
            output: def.output ? def.output.shape : null,
            errors: (def.errors || []).map((e) => e.shape),
        };
        lines.push(`    ${op}: ${JSON.stringify(entry)},`);
    }
    lines.push("} as const satisfies Record<string, OperationDef>;");
    lines.push("");
    lines.push("export type ShapeName = keyof typeof SHAPES;");
    lines.push("export type OperationName = keyof typeof OPERATIONS;");
    lines.push("");
    return lines.join("\n");
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    const model = readServiceModel(ensureWheel(args.cache));
    fs.mkdirSync(path.dirname(args.out), { recursive: true });
    fs.writeFileSync(args.out, render(model));
    process.stdout.write(`wrote ${path.relative(process.cwd(), args.out) || args.out}\n`);
}

main();
