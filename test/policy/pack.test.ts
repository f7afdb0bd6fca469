// The pack's shape: one rule per file with a rationale, a config schema and a default level, a
// unit-test file per rule, and unique names the engine accepts.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { POLICIES } from "../../policy/rules";

const RULES_DIR = path.resolve(__dirname, "..", "..", "policy", "rules");
const TESTS_DIR = path.join(__dirname, "rules");
const ruleFiles = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts");

describe("policy pack", () => {
    it("lists every rule file once, with unique names the engine accepts", () => {
        assert.strictEqual(POLICIES.length, ruleFiles.length);
        const names = POLICIES.map((p) => p.name);
        assert.strictEqual(new Set(names).size, names.length);
        for (const name of names) assert.match(name, /^sagemaker-[a-z0-9-]+$/);
    });

    for (const file of ruleFiles) {
        it(`rules/${file}: rationale, config schema, default level, description, and its test file`, () => {
            const source = fs.readFileSync(path.join(RULES_DIR, file), "utf8");
            assert.match(source, /^\/\/ Rationale: \S/, "first line is the rationale");
            const exported = Object.values(require(path.join(RULES_DIR, file))) as (typeof POLICIES)[number][];
            assert.strictEqual(exported.length, 1, "one policy per file");
            const [policy] = exported;
            assert.ok(POLICIES.includes(policy), "listed in rules/index.ts");
            assert.ok(policy.enforcementLevel && policy.enforcementLevel !== "disabled", "has a default level");
            assert.ok(policy.configSchema && Object.keys(policy.configSchema.properties).length > 0, "has a config schema");
            for (const [key, schema] of Object.entries(policy.configSchema.properties)) {
                assert.notStrictEqual(key, "enforcementLevel");
                assert.ok((schema as { default?: unknown }).default !== undefined, `${key} has a default`);
                assert.ok((schema as { description?: string }).description, `${key} is described`);
            }
            assert.match(policy.description, /^[A-Z].*\.$/, "description is a sentence");
            assert.ok(fs.existsSync(path.join(TESTS_DIR, file.replace(/\.ts$/, ".test.ts"))), "has a unit-test file");
        });
    }

    it("index.ts only constructs the PolicyPack", () => {
        const source = fs.readFileSync(path.join(RULES_DIR, "..", "index.ts"), "utf8");
        assert.match(source, /new PolicyPack\("sagemaker-studio-guard", \{ policies: POLICIES \}\);/);
        assert.strictEqual(source.split("\n").filter((l) => l.trim() && !l.startsWith("//")).length, 3);
    });
});
