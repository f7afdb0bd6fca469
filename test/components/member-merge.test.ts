import * as assert from "assert";
import { effectiveMember, mergeDeep, mergeSettings, mergeTags } from "../../components/member-merge";
import type { UserSettings } from "../../model/shapes";

describe("components/member-merge", () => {
    const defaults: UserSettings = {
        executionRole: "arn:aws:iam::123456789012:role/team",
        securityGroups: ["sg-11111111", "sg-22222222"],
        jupyterLabAppSettings: {
            defaultResourceSpec: { instanceType: "ml.m5.large", lifecycleConfigArn: "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/setup" },
            lifecycleConfigArns: ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/setup"],
        },
    };

    it("merges objects deeply: a member's override keeps the team's sibling values", () => {
        const merged = mergeSettings(defaults, { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.2xlarge" } } });
        assert.deepStrictEqual(merged?.jupyterLabAppSettings?.defaultResourceSpec, {
            instanceType: "ml.m5.2xlarge",
            lifecycleConfigArn: "arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/setup",
        });
        assert.deepStrictEqual(merged?.jupyterLabAppSettings?.lifecycleConfigArns, defaults.jupyterLabAppSettings?.lifecycleConfigArns);
        assert.strictEqual(merged?.executionRole, defaults.executionRole);
    });

    it("replaces lists as a whole", () => {
        const merged = mergeSettings(defaults, { securityGroups: ["sg-33333333"] });
        assert.deepStrictEqual(merged?.securityGroups, ["sg-33333333"]);
        assert.deepStrictEqual(mergeSettings(defaults, { securityGroups: [] })?.securityGroups, []);
    });

    it("removes an inherited value where the member says null", () => {
        const merged = mergeSettings(defaults, { jupyterLabAppSettings: { lifecycleConfigArns: null } } as unknown as UserSettings);
        assert.ok(merged?.jupyterLabAppSettings);
        assert.ok(!("lifecycleConfigArns" in merged.jupyterLabAppSettings));
        assert.ok("defaultResourceSpec" in merged.jupyterLabAppSettings);
    });

    it("never modifies its inputs and shares no objects with them", () => {
        const before = JSON.stringify(defaults);
        const merged = mergeSettings(defaults, { securityGroups: ["sg-33333333"] })!;
        merged.jupyterLabAppSettings!.defaultResourceSpec!.instanceType = "ml.t3.medium";
        assert.strictEqual(JSON.stringify(defaults), before);
    });

    it("gives undefined when neither side has settings or tags", () => {
        assert.strictEqual(mergeSettings(undefined, undefined), undefined);
        assert.strictEqual(mergeTags(undefined, {}), undefined);
    });

    it("merges tags with the member winning", () => {
        assert.deepStrictEqual(mergeTags({ team: "fraud", cost: "100" }, { cost: "200", owner: "alice" }), { team: "fraud", cost: "200", owner: "alice" });
    });

    it("treats __proto__ as an ordinary key", () => {
        const merged = mergeDeep({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
        assert.ok(Object.prototype.hasOwnProperty.call(merged, "__proto__"));
        assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    });

    it("builds the member's effective profile", () => {
        const member = effectiveMember(
            { defaults, tags: { team: "fraud" } },
            { name: "alice", singleSignOnUserValue: "alice@example.com", settings: { defaultLandingUri: "studio::" }, tags: { owner: "alice" } },
        );
        assert.deepStrictEqual(member.tags, { team: "fraud", owner: "alice" });
        assert.strictEqual(member.userSettings?.defaultLandingUri, "studio::");
        assert.strictEqual(member.userSettings?.executionRole, defaults.executionRole);
        assert.strictEqual(member.singleSignOnUserValue, "alice@example.com");
    });
});
