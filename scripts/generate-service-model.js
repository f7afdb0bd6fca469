#!/usr/bin/env node
// Writes model/generated/{service-model,sso-admin-model,identitystore-model}.ts: the parts of
// botocore's SageMaker, IAM Identity Center admin and identity store service models that the
// code validates against, reduced to what validation needs.
//
//   node scripts/generate-service-model.js [--out-dir <dir>] [--cache <dir>]
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

const BOTOCORE_VERSION = "1.44.18";
const WHEEL = `botocore-${BOTOCORE_VERSION}-py3-none-any.whl`;
const WHEEL_SHA256 = "300bc45095e810c5d915cefacdd6ea9ef786fe566aa4e221bf0449b4e0e95076";
// One generated file per service: the operations the code uses and every shape they reach.
const SERVICES = [
    {
        file: "service-model.ts",
        modelPath: "botocore/data/sagemaker/2017-07-24/service-2.json.gz",
        operations: [
            "CreateUserProfile", "DescribeUserProfile", "UpdateUserProfile", "DeleteUserProfile", "ListUserProfiles",
            "CreateDomain", "DescribeDomain", "ListDomains", "DeleteDomain",
            "CreateApp", "DescribeApp", "DeleteApp", "ListApps",
            "CreateSpace", "DescribeSpace", "UpdateSpace", "DeleteSpace", "ListSpaces",
            "AddTags", "ListTags", "DeleteTags",
        ],
    },
    {
        file: "sso-admin-model.ts",
        modelPath: "botocore/data/sso-admin/2020-07-20/service-2.json.gz",
        operations: [
            "ListInstances",
            "CreateApplicationAssignment", "DeleteApplicationAssignment", "DescribeApplicationAssignment",
            "ListApplicationAssignments",
        ],
    },
    {
        file: "identitystore-model.ts",
        modelPath: "botocore/data/identitystore/2020-06-15/service-2.json.gz",
        operations: [
            "CreateUser", "DescribeUser", "ListUsers", "GetUserId", "DeleteUser",
            "CreateGroup", "GetGroupId",
            "CreateGroupMembership", "ListGroupMemberships", "DeleteGroupMembership",
        ],
    },
];

const root = path.resolve(__dirname, "..");
const DEFAULT_OUT_DIR = path.join(root, "model", "generated");

function parseArgs(argv) {
    const args = {
        "out-dir": DEFAULT_OUT_DIR,
        cache: process.env.SAGEMAKER_MODEL_CACHE ||
            path.join(os.homedir(), ".cache", "pulumi-sagemaker-studio", "botocore"),
    };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = argv[i + 1];
        if ((flag === "--out-dir" || flag === "--cache") && value) {
            args[flag.slice(2)] = path.resolve(value);
            i++;
        } else {
            throw new Error(`unknown argument ${flag}; usage: generate-service-model.js [--out-dir <dir>] [--cache <dir>]`);
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

function readServiceModel(wheel, modelPath) {
    // A wheel is a zip; python3's zipfile avoids a zip dependency on the Node side.
    const script = [
        "import gzip, sys, zipfile",
        "with zipfile.ZipFile(sys.argv[1]) as z:",
        "    sys.stdout.buffer.write(gzip.decompress(z.read(sys.argv[2])))",
    ].join("\n");
    const json = execFileSync("python3", ["-c", script, wheel, modelPath], { maxBuffer: 512 * 1024 * 1024 });
    return JSON.parse(json.toString("utf8"));
}

function reachableShapes(model, operations) {
    const seen = new Set();
    const visit = (name) => {
        if (seen.has(name)) return;
        const shape = model.shapes[name];
        if (!shape) throw new Error(`shape ${name} is referenced but not defined`);
        seen.add(name);
        for (const member of Object.values(shape.members || {})) visit(member.shape);
        for (const key of ["member", "key", "value"]) if (shape[key]) visit(shape[key].shape);
    };
    for (const op of operations) {
        const def = model.operations[op];
        if (!def) throw new Error(`operation ${op} is not in the model`);
        if (def.input) visit(def.input.shape);
        if (def.output) visit(def.output.shape);
        for (const error of def.errors || []) visit(error.shape);
    }
    return [...seen].sort();
}

// Only what validation and name conversion need; documentation and `box` are dropped. A document
// (any JSON value) gets a type of its own rather than botocore's member-less structure.
function compactShape(shape) {
    const out = { type: shape.document ? "document" : shape.type };
    if (shape.members && !shape.document) {
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
    if (shape.sensitive) out.sensitive = true;
    return out;
}

function render(model, service) {
    const names = reachableShapes(model, service.operations);
    const lines = [];
    lines.push("// Generated file; do not edit.");
    lines.push(`// Source: botocore==${BOTOCORE_VERSION} (PyPI wheel sha256 ${WHEEL_SHA256}), ${service.modelPath}.`);
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
    for (const op of [...service.operations].sort()) {
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
    const wheel = ensureWheel(args.cache);
    fs.mkdirSync(args["out-dir"], { recursive: true });
    for (const service of SERVICES) {
        const out = path.join(args["out-dir"], service.file);
        fs.writeFileSync(out, render(readServiceModel(wheel, service.modelPath), service));
        process.stdout.write(`wrote ${path.relative(process.cwd(), out) || out}\n`);
    }
}

main();
