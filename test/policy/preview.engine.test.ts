// The pack through the real CLI on sagemaker-local: `--policy-pack policy` blocks mandatory
// violations in preview and up (with no mutating call reaching the service), lets advisory ones
// through with a warning, `--policy-pack-config` changes what a rule allows, and a config that
// names a setting or a policy the pack does not declare fails before anything is previewed.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { SageMakerLocal } from "../../emulator";
import { cleanWorkDirs, REPO_ROOT } from "../support/engine";
import { ProfilesStack, startEmulator } from "../support/profiles-stack";
import { POLICIES } from "../../policy/rules";
import { everyPolicyAtItsDefaults } from "./harness";
import { profile } from "./profiles";

const PACK = path.join(REPO_ROOT, "policy");
const MUTATING = /^(Create|Update|Delete)|^(AddTags|DeleteTags)$/;

describe("policy pack through the CLI", function () {
    let emulator: SageMakerLocal;
    let stack: ProfilesStack;

    const mutatingCallsDuring = async (run: () => Promise<void>): Promise<string[]> => {
        const before = emulator.requests().length;
        await run();
        return emulator.requests().slice(before).map((r) => r.operation).filter((op) => MUTATING.test(op));
    };

    const writeConfig = (name: string, config: unknown): string => {
        const file = path.join(stack.project.dir, name);
        fs.writeFileSync(file, JSON.stringify(config, null, 2));
        return file;
    };

    before(async () => {
        emulator = await startEmulator(0);
        stack = await ProfilesStack.create(emulator, "policy-gate");
    });

    after(async () => {
        await emulator?.stop();
        cleanWorkDirs();
    });

    it("preview exits non-zero on a mandatory violation and names the rule, the member and the value", async () => {
        await stack.declare({ "ml-bob": profile("bob", "ml.p3dn.24xlarge"), "ml-alice": profile("alice", "ml.t3.medium") });
        const result = await stack.project.run(["preview", "--policy-pack", PACK]);
        assert.notStrictEqual(result.code, 0, result.output);
        assert.match(result.output, /\[mandatory\] \[severity: high\]\s+sagemaker-userprofile-denied-instance-families\s+\(pulumi-nodejs:dynamic\/sagemaker:UserProfile: ml-bob\)/);
        assert.match(result.output, /member "bob" \(resource ml-bob\): userSettings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType is "ml\.p3dn\.24xlarge", of denied family "p3dn"; denied families: "p3", "p3dn"\./);
        assert.doesNotMatch(result.output, /denied-instance-families\s+\(pulumi-nodejs:dynamic\/sagemaker:UserProfile: ml-alice\)/);
        assert.match(result.output, /error: preview failed/);
    });

    it("up with a mandatory violation changes nothing, with or without its preview", async () => {
        await stack.declare({ "ml-bob": profile("bob", "ml.p3dn.24xlarge") });
        for (const args of [["up", "--yes"], ["up", "--yes", "--skip-preview"]]) {
            let output = "";
            const calls = await mutatingCallsDuring(async () => {
                const result = await stack.project.run([...args, "--policy-pack", PACK]);
                assert.notStrictEqual(result.code, 0, result.output);
                output = result.output;
            });
            assert.match(output, /sagemaker-userprofile-denied-instance-families/);
            assert.deepStrictEqual(calls, [], `${args.join(" ")} made mutating calls:\n${output}`);
            assert.deepStrictEqual(await stack.profiles(), [], "no profile in state");
        }
    });

    it("an advisory violation passes with a warning, and the profile is created", async () => {
        await stack.declare({ "ml-carol": profile("carol", "ml.g5.xlarge") });
        let output = "";
        const calls = await mutatingCallsDuring(async () => {
            const result = await stack.project.run(["up", "--yes", "--policy-pack", PACK]);
            assert.strictEqual(result.code, 0, result.output);
            output = result.output;
        });
        assert.match(output, /\[advisory\] \[severity: medium\]\s+sagemaker-userprofile-allowed-instance-types\s+\(pulumi-nodejs:dynamic\/sagemaker:UserProfile: ml-carol\)/);
        assert.match(output, /"ml\.g5\.xlarge", which is not allowed; allowed: "system", "ml\.t3\.\*"/);
        assert.ok(calls.includes("CreateUserProfile"), calls.join(", "));
        assert.ok((await stack.profiles()).some((p) => p.urn.endsWith("::ml-carol")));
    });

    it("a policy config file makes a rule mandatory and changes what it allows", async () => {
        const strict = writeConfig("strict.json", {
            "sagemaker-userprofile-allowed-instance-types": { enforcementLevel: "mandatory", allowedInstanceTypes: ["ml.t3.*", "ml.g5.2xlarge"] },
        });
        const blocked = await stack.project.run(["preview", "--policy-pack", PACK, "--policy-pack-config", strict]);
        assert.notStrictEqual(blocked.code, 0, blocked.output);
        assert.match(blocked.output, /\[mandatory\] \[severity: medium\]\s+sagemaker-userprofile-allowed-instance-types\s+\(pulumi-nodejs:dynamic\/sagemaker:UserProfile: ml-carol\)/);
        assert.match(blocked.output, /allowed: "ml\.t3\.\*", "ml\.g5\.2xlarge"\./);

        await stack.declare({ "ml-carol": profile("carol", "ml.g5.xlarge"), "ml-bob": profile("bob", "ml.p3dn.24xlarge") });
        const relaxed = writeConfig("relaxed.json", { "sagemaker-userprofile-denied-instance-families": { deniedFamilies: ["p2"] } });
        const passes = await stack.project.run(["preview", "--policy-pack", PACK, "--policy-pack-config", relaxed]);
        assert.strictEqual(passes.code, 0, passes.output);
        assert.doesNotMatch(passes.output, /\[mandatory\]/);
    });

    /** Runs preview with `config`; it must fail with `message` as its one error, before the program registers anything. */
    const refusedConfig = async (name: string, config: unknown, message: string | RegExp) => {
        const requests = emulator.requests().length;
        const result = await stack.project.run(["preview", "--policy-pack", PACK, "--policy-pack-config", writeConfig(name, config)]);
        assert.notStrictEqual(result.code, 0, result.output);
        const errors = result.output.split("\n").map((l) => l.trim()).filter((l) => /^error:|^\w*Error\b/.test(l));
        assert.strictEqual(errors.length, 1, result.output);
        assert.match(errors[0], /^error: configuring policy pack "sagemaker-studio-guard" at "[^"]+": /);
        if (typeof message === "string") assert.ok(errors[0].endsWith(message), `${errors[0]}\nexpected to end with\n${message}`);
        else assert.match(errors[0], message);
        assert.doesNotMatch(result.output, /^\s+at /m, "no stack frames");
        assert.doesNotMatch(result.output, /warning:|Policies:|sagemaker:UserProfile/);
        assert.strictEqual(emulator.requests().length, requests, "no call reached the service");
    };

    it("refuses a misspelt setting of a rule, naming the rule, the key, the closest key and the allowed keys", async () => {
        await refusedConfig("typo.json", { "sagemaker-userprofile-denied-instance-families": { deniedFamilie: ["g5"] } },
            'policy config: sagemaker-userprofile-denied-instance-families: unknown key "deniedFamilie" (did you mean "deniedFamilies"?); ' +
            "allowed keys: enforcementLevel, deniedFamilies");
        await refusedConfig("typo-with-level.json", { all: "advisory", "sagemaker-space-max-ebs-size": { enforcementLevel: "disabled", maxEbsSize: 100 } },
            'policy config: sagemaker-space-max-ebs-size: unknown key "maxEbsSize"; allowed keys: enforcementLevel, maxEbsVolumeSizeInGb');
    });

    it("refuses a policy name the pack does not have", async () => {
        const names = `all, ${POLICIES.map((p) => p.name).join(", ")}`;
        await refusedConfig("unknown-policy.json", { "sagemaker-userprofile-denied-instance-familes": "mandatory" },
            'policy config: unknown policy "sagemaker-userprofile-denied-instance-familes" (did you mean "sagemaker-userprofile-denied-instance-families"?); ' +
            `the pack's policies: ${names}`);
        // With settings but no level, the engine refuses it before asking the pack.
        await refusedConfig("unknown-policy-settings.json", { "sagemaker-gpu-quota": { maxGpuProfilesPerTeam: 1 } },
            /: (invalid enforcement level ""|policy config: unknown policy "sagemaker-gpu-quota"; .*)$/);
    });

    it("accepts every policy's level and every declared setting", async () => {
        await stack.declare({ "ml-alice": profile("alice", "ml.t3.medium") });
        const everything = writeConfig("every-setting.json", { all: "advisory", ...everyPolicyAtItsDefaults(POLICIES) });
        const result = await stack.project.run(["preview", "--policy-pack", PACK, "--policy-pack-config", everything]);
        assert.strictEqual(result.code, 0, result.output);
        assert.doesNotMatch(result.output, /error:/);
    });

    it("rejects an invalid policy config before the program runs", async () => {
        const invalid = writeConfig("invalid.json", { "sagemaker-userprofile-denied-instance-families": { deniedFamilies: "p3" } });
        const result = await stack.project.run(["preview", "--policy-pack", PACK, "--policy-pack-config", invalid]);
        assert.notStrictEqual(result.code, 0, result.output);
        assert.match(result.output, /validating policy config: .*sagemaker-userprofile-denied-instance-families/);
    });
});
