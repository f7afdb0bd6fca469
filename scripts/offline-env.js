#!/usr/bin/env node
// The one definition of the offline Pulumi environment, used by the tests, the
// benchmarks and the main job: a `file://` backend and a Pulumi home inside a
// project folder, a passphrase, no update check, no plugin acquisition, no
// registry resolve, and AWS settings that can only reach loopback.
//
// From Node: `require("./scripts/offline-env").offlineEnvironment(dir, opts)`.
// From a shell: `eval "$(node scripts/offline-env.js --shell DIR)"`.
"use strict";
const path = require("path");
const fs = require("fs");

/** Test credentials: only ever sent to a loopback endpoint. */
const LOCAL_CREDENTIALS = {
    AWS_ACCESS_KEY_ID: "AKIDSAGEMAKERLOCAL",
    AWS_SECRET_ACCESS_KEY: "sagemaker-local-secret",
};

/**
 * @param {string} projectDir where `.pulumi-state/` and `.pulumi-home/` live
 * @param {{binDir?: string, endpoint?: string, region?: string, passphrase?: string}} [opts]
 * @returns {Record<string, string>}
 */
function offlineEnvironment(projectDir, opts = {}) {
    const dir = path.resolve(projectDir);
    const stateDir = path.join(dir, ".pulumi-state");
    const homeDir = path.join(dir, ".pulumi-home");
    fs.mkdirSync(stateDir, { recursive: true });
    fs.mkdirSync(homeDir, { recursive: true });
    const env = {
        PULUMI_BACKEND_URL: `file://${stateDir}`,
        PULUMI_HOME: homeDir,
        PULUMI_CONFIG_PASSPHRASE: opts.passphrase ?? "sagemaker-local",
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
        PULUMI_DISABLE_REGISTRY_RESOLVE: "true",
        PULUMI_DIY_BACKEND_DISABLE_CHECKPOINT_BACKUPS: "true",
        PULUMI_NODEJS_TRANSPILE_ONLY: "true",
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_REGION: opts.region ?? "us-east-1",
        AWS_DEFAULT_REGION: opts.region ?? "us-east-1",
        // Keep a user's ~/.aws out of offline runs.
        AWS_CONFIG_FILE: path.join(homeDir, "aws-config"),
        AWS_SHARED_CREDENTIALS_FILE: path.join(homeDir, "aws-credentials"),
        ...LOCAL_CREDENTIALS,
    };
    if (opts.endpoint) {
        const url = new URL(opts.endpoint);
        if (!isLoopback(url.hostname)) {
            throw new Error(`offline runs only talk to loopback endpoints, not ${opts.endpoint}`);
        }
        // sagemaker-local serves SageMaker and IAM Identity Center on one endpoint.
        env.AWS_ENDPOINT_URL_SAGEMAKER = opts.endpoint;
        env.AWS_ENDPOINT_URL_SSO_ADMIN = opts.endpoint;
        env.AWS_ENDPOINT_URL_IDENTITYSTORE = opts.endpoint;
    }
    if (opts.binDir) {
        env.PATH = `${opts.binDir}${path.delimiter}${process.env.PATH ?? ""}`;
    }
    return env;
}

function isLoopback(hostname) {
    return hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127\./.test(hostname);
}

module.exports = { offlineEnvironment, isLoopback, LOCAL_CREDENTIALS };

if (require.main === module) {
    const args = process.argv.slice(2);
    const shell = args.includes("--shell");
    const dir = args.filter((a) => !a.startsWith("--"))[0] ?? process.cwd();
    const env = offlineEnvironment(dir);
    for (const [k, v] of Object.entries(env)) {
        console.log(shell ? `export ${k}=${JSON.stringify(v)}` : `${k}=${v}`);
    }
}
