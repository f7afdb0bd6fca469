"use strict";
// Unit and integration tests share one run; integration tests drive the real
// Pulumi engine, so timeouts are generous. The reporter ends with the plain
// "N passed, N failed" line that CI reads.
module.exports = {
    require: ["ts-node/register/transpile-only"],
    extension: ["ts"],
    spec: process.env.TEST_SPEC ? process.env.TEST_SPEC.split(",") : ["test/**/*.test.ts"],
    timeout: 300000,
    reporter: require.resolve("./test/support/summary-reporter.js"),
    "node-option": ["no-warnings"],
};
