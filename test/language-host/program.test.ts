import * as assert from "assert";
import { legacyConfigKeys, programArguments, programEnvironment, RunInputs } from "../../language-host/program";
import { parseHostArgs } from "../../language-host/args";

const base: RunInputs = {
    monitorAddress: "127.0.0.1:1",
    engineAddress: "127.0.0.1:2",
    organization: "organization",
    project: "proj",
    stack: "dev",
    rootDirectory: "/p",
    programDirectory: "/p/src",
    entryPoint: ".",
    dryRun: true,
    parallel: 8,
    args: ["extra"],
    config: { "proj:region": "us-east-1", "aws:profile": "x" },
    configSecretKeys: ["proj:secret"],
    options: {},
};

describe("language host: how a program is started", () => {
    it("passes the engine's run request as the SDK runner's flags", () => {
        assert.deepStrictEqual(programArguments(base), [
            "--monitor", "127.0.0.1:1",
            "--engine", "127.0.0.1:2",
            "--organization", "organization",
            "--project", "proj",
            "--root-directory", "/p",
            "--stack", "dev",
            "--pwd", "/p/src",
            "--dry-run",
            "--parallel", "8",
            ".",
            "extra",
        ]);
    });

    it("omits empty flags and --dry-run for an update", () => {
        const args = programArguments({ ...base, organization: "", dryRun: false, entryPoint: "bin/index.js", args: [] });
        assert.ok(!args.includes("--organization"));
        assert.ok(!args.includes("--dry-run"));
        assert.strictEqual(args[args.length - 1], "bin/index.js");
    });

    it("presents config in the namespace:config:key form with its secret keys", () => {
        const env = programEnvironment(base);
        assert.deepStrictEqual(JSON.parse(env.PULUMI_CONFIG), { "proj:config:region": "us-east-1", "aws:config:profile": "x" });
        assert.deepStrictEqual(JSON.parse(env.PULUMI_CONFIG_SECRET_KEYS), ["proj:secret"]);
        assert.deepStrictEqual(legacyConfigKeys({ plain: "v" }), { plain: "v" });
    });

    it("honours the typescript and tsconfig runtime options", () => {
        assert.strictEqual(programEnvironment(base).PULUMI_NODEJS_TYPESCRIPT, "true");
        assert.strictEqual(programEnvironment({ ...base, options: { typescript: false } }).PULUMI_NODEJS_TYPESCRIPT, undefined);
        assert.strictEqual(
            programEnvironment({ ...base, options: { tsconfig: "tsconfig.app.json" } }).PULUMI_NODEJS_TSCONFIG_PATH,
            "tsconfig.app.json",
        );
    });

    it("finds the engine address among Go-style flags", () => {
        assert.deepStrictEqual(parseHostArgs(["-tracing", "file:/x", "-root=/p", "127.0.0.1:9"]), {
            engineAddress: "127.0.0.1:9",
            version: false,
        });
        assert.strictEqual(parseHostArgs(["--version"]).version, true);
    });
});
