// The config files shipped with the pack are valid for every policy they name.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { POLICIES } from "../../policy/rules";
import { policyConfig } from "./harness";

const CONFIG_DIR = path.resolve(__dirname, "..", "..", "policy", "config");
const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

describe("policy config files", () => {
    for (const file of fs.readdirSync(CONFIG_DIR).filter((f) => f.endsWith(".json"))) {
        it(`${file} names only pack policies, with valid settings`, () => {
            const config = JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, file), "utf8")) as Record<string, unknown>;
            for (const [name, value] of Object.entries(config)) {
                if (name === "all") {
                    assert.ok(LEVELS.includes(value as string));
                    continue;
                }
                const policy = POLICIES.find((p) => p.name === name);
                assert.ok(policy, `${file}: ${name} is not a policy of the pack`);
                if (typeof value === "string") assert.ok(LEVELS.includes(value), `${name}: ${value}`);
                else policyConfig(policy, value as Record<string, unknown>);
            }
        });
    }
});
