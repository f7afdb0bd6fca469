"use strict";
// The test suites. `npm test` runs the fast one: everything that needs no Pulumi engine and no
// other process (test/support/no-child-process.js enforces it), in a few minutes. The engine
// suite drives the real `pulumi` CLI and other processes (`*.engine.test.ts`, `*.process.test.ts`),
// the reliability suite its kills and storms, the package suite the packed package and the
// examples; `npm run test:all` runs all of them in one run, as CI does. TEST_SPEC (comma-separated
// files or globs) runs just those. The reporter ends with the plain "N passed, N failed" line CI reads.
const PROCESS_TESTS = ["test/**/*.engine.test.ts", "test/**/*.process.test.ts"];
const RELIABILITY_TESTS = ["test/reliability/**/*.test.ts"];
const PACKAGE_TESTS = ["test/package/**/*.test.ts", "test/examples/**/*.test.ts"];

const SUITES = {
    fast: { spec: ["test/**/*.test.ts"], ignore: [...PROCESS_TESTS, ...RELIABILITY_TESTS, ...PACKAGE_TESTS], require: [require.resolve("./test/support/no-child-process.js")] },
    engine: { spec: PROCESS_TESTS, ignore: [...RELIABILITY_TESTS, ...PACKAGE_TESTS] },
    reliability: { spec: RELIABILITY_TESTS },
    package: { spec: PACKAGE_TESTS },
    all: { spec: ["test/**/*.test.ts"] },
};

const suite = SUITES[process.env.TEST_SUITE ?? "fast"];
if (suite === undefined) {
    throw new Error(`TEST_SUITE must be one of ${Object.keys(SUITES).join(", ")}`);
}

module.exports = {
    require: ["ts-node/register/transpile-only", ...(process.env.TEST_SPEC ? [] : (suite.require ?? []))],
    extension: ["ts"],
    spec: process.env.TEST_SPEC ? process.env.TEST_SPEC.split(",") : suite.spec,
    ignore: process.env.TEST_SPEC ? [] : (suite.ignore ?? []),
    timeout: 300000,
    reporter: require.resolve("./test/support/summary-reporter.js"),
    "node-option": ["no-warnings"],
};
