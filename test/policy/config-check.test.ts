// Config that names a policy or a setting the pack does not declare is refused, one line for each,
// with the closest declared name and what is allowed; declared config reaches the SDK's Configure
// handler untouched.
import * as assert from "assert";
import { ConfigureAnalyzerRequest, PolicyConfig } from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { undeclaredConfig } from "../../policy/lib/config-check";
import { closest } from "../../policy/lib/did-you-mean";
import { refusingUndeclaredConfig } from "../../policy/lib/policy-pack";
import { POLICIES } from "../../policy/rules";
import { deniedInstanceFamilies } from "../../policy/rules/denied-instance-families";
import { everyPolicyAtItsDefaults, profileProps, runResourcePolicy } from "./harness";

const DENIED = "sagemaker-userprofile-denied-instance-families";
const PACK_POLICIES = `all, ${POLICIES.map((p) => p.name).join(", ")}`;


describe("policy config: undeclared policies and keys", () => {
    it("accepts every policy's level and declared settings, and a level for all", () => {
        assert.deepStrictEqual(undeclaredConfig(POLICIES, { all: { enforcementLevel: "mandatory" }, ...everyPolicyAtItsDefaults(POLICIES) }), []);
        assert.deepStrictEqual(undeclaredConfig(POLICIES, { all: {}, [DENIED]: {} }), [], "levels as the engine sends them, taken out of the settings");
    });

    it("names an unknown key of a rule, the closest declared key and the allowed keys", () => {
        assert.deepStrictEqual(undeclaredConfig(POLICIES, { [DENIED]: { deniedFamilie: ["g5"] } }), [
            `policy config: ${DENIED}: unknown key "deniedFamilie" (did you mean "deniedFamilies"?); allowed keys: enforcementLevel, deniedFamilies`,
        ]);
        assert.deepStrictEqual(undeclaredConfig(POLICIES, { "sagemaker-space-shared-team-tag": { enforcementLevel: "advisory", owner: "x" } }), [
            'policy config: sagemaker-space-shared-team-tag: unknown key "owner"; allowed keys: enforcementLevel, teamTagKey',
        ]);
    });

    it("names an unknown policy, the closest policy name and the pack's policies", () => {
        assert.deepStrictEqual(undeclaredConfig(POLICIES, { "sagemaker-userprofile-denied-instance-familes": { enforcementLevel: "mandatory" } }), [
            `policy config: unknown policy "sagemaker-userprofile-denied-instance-familes" (did you mean "${DENIED}"?); the pack's policies: ${PACK_POLICIES}`,
        ]);
        assert.deepStrictEqual(undeclaredConfig(POLICIES, { "gpu-quota": {} }), [`policy config: unknown policy "gpu-quota"; the pack's policies: ${PACK_POLICIES}`]);
    });

    it("allows only a level for all", () => {
        assert.deepStrictEqual(undeclaredConfig(POLICIES, { all: { enforcementLevel: "advisory", deniedFamilies: ["g5"] } }), [
            'policy config: all: unknown key "deniedFamilies"; allowed keys: enforcementLevel',
        ]);
    });

    it("reports every undeclared name, one sorted line each", () => {
        const problems = undeclaredConfig(POLICIES, {
            "sagemaker-team-gpu-quota": { maxGpuProfilesPerTeam: 1, teamQuota: {} },
            [DENIED]: { deniedFamilie: [], denied: [] },
        });
        assert.deepStrictEqual(problems.map((p) => p.split(";")[0]), [
            'policy config: sagemaker-team-gpu-quota: unknown key "teamQuota" (did you mean "teamQuotas"?)',
            `policy config: ${DENIED}: unknown key "denied"`,
            `policy config: ${DENIED}: unknown key "deniedFamilie" (did you mean "deniedFamilies"?)`,
        ]);
    });

    it("suggests only a close name, ignoring case", () => {
        assert.strictEqual(closest("DeniedFamilies", ["deniedFamilies", "teamTagKey"]), "deniedFamilies");
        assert.strictEqual(closest("maxEbsSize", ["maxEbsVolumeSizeInGb"]), undefined);
        assert.strictEqual(closest("allowedInstanceType", ["allowedAppTypes", "allowedInstanceTypes"]), "allowedInstanceTypes");
    });

    it("refuses a misspelt setting in a rule's config instead of applying the defaults", async () => {
        await assert.rejects(runResourcePolicy(deniedInstanceFamilies, { name: "a", props: profileProps(), config: { deniedFamilie: ["g5"] } }),
            { message: `policy config: ${DENIED}: unknown key "deniedFamilie" (did you mean "deniedFamilies"?); allowed keys: enforcementLevel, deniedFamilies` });
    });
});

describe("policy pack Configure call", () => {
    type Handler = Parameters<typeof refusingUndeclaredConfig>[1];

    /** What the engine sends: each policy's settings as a Struct, its level in a field of its own. */
    const configureCall = (config: Record<string, Record<string, unknown>>) => {
        const request = new ConfigureAnalyzerRequest();
        for (const [name, settings] of Object.entries(config)) {
            request.getPolicyconfigMap().set(name, new PolicyConfig().setProperties(Struct.fromJavaScript(settings as Parameters<typeof Struct.fromJavaScript>[0])));
        }
        return { request } as unknown as Parameters<Handler>[0];
    };

    const configure = (config: Record<string, Record<string, unknown>>) => {
        const sdkCalls: unknown[][] = [];
        const replies: unknown[][] = [];
        const call = configureCall(config);
        const callback = (...reply: unknown[]) => replies.push(reply);
        refusingUndeclaredConfig(POLICIES, (...args) => sdkCalls.push(args))(call, callback);
        return { call, callback, sdkCalls, replies };
    };

    it("fails with the undeclared names and keys, without configuring the pack", () => {
        const { sdkCalls, replies } = configure({ all: {}, [DENIED]: { deniedFamilie: ["g5"] }, "sagemaker-nope": {} });
        assert.deepStrictEqual(sdkCalls, []);
        assert.deepStrictEqual(replies, [[{
            code: 3, // INVALID_ARGUMENT
            details: `policy config: ${DENIED}: unknown key "deniedFamilie" (did you mean "deniedFamilies"?); allowed keys: enforcementLevel, deniedFamilies\n` +
                `policy config: unknown policy "sagemaker-nope"; the pack's policies: ${PACK_POLICIES}`,
        }]]);
    });

    it("hands declared config to the SDK's handler as it came", () => {
        const { call, callback, sdkCalls, replies } = configure({ all: {}, ...everyPolicyAtItsDefaults(POLICIES) });
        assert.deepStrictEqual(replies, []);
        assert.strictEqual(sdkCalls.length, 1);
        assert.strictEqual(sdkCalls[0][0], call);
        assert.strictEqual(sdkCalls[0][1], callback);
    });
});
