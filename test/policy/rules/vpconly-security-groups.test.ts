import * as assert from "assert";
import { vpcOnlySecurityGroups } from "../../../policy/rules/vpconly-security-groups";
import { profileProps, runResourcePolicy } from "../harness";

const config = { vpcOnlyDomainIds: ["d-vpc"], allowedSecurityGroupIds: ["sg-0a", "sg-0b"] };
const inVpc = (securityGroups?: string[], domainId = "d-vpc") => profileProps({ domainId, userSettings: securityGroups ? { securityGroups } : {} });

describe("policy sagemaker-userprofile-vpconly-security-groups", () => {
    it("is mandatory and ignores domains that are not VpcOnly", async () => {
        const outcome = await runResourcePolicy(vpcOnlySecurityGroups, { name: "a", props: inVpc(undefined, "d-public"), config });
        assert.strictEqual(outcome.level, "mandatory");
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("passes approved groups", async () => {
        assert.deepStrictEqual((await runResourcePolicy(vpcOnlySecurityGroups, { name: "a", props: inVpc(["sg-0a"]), config })).violations, []);
    });

    it("requires groups unless the domain provides defaults", async () => {
        const { violations } = await runResourcePolicy(vpcOnlySecurityGroups, { name: "alice", props: inVpc([]), config });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": userSettings.securityGroups is empty in VpcOnly domain "d-vpc", whose defaults provide none; set at least one of "sg-0a", "sg-0b".',
        ]);
        const withDefaults = await runResourcePolicy(vpcOnlySecurityGroups, { name: "a", props: inVpc(), config: { ...config, domainsWithDefaultSecurityGroups: ["d-vpc"] } });
        assert.deepStrictEqual(withDefaults.violations, []);
    });

    it("flags unapproved groups and too many groups", async () => {
        const { violations } = await runResourcePolicy(vpcOnlySecurityGroups, {
            name: "alice", props: inVpc(["sg-0a", "sg-0b", "sg-0c"]), config: { ...config, maxSecurityGroups: 2 },
        });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": userSettings.securityGroups has "sg-0c", not approved; allowed: "sg-0a", "sg-0b".',
            'member "alice": userSettings.securityGroups has 3 groups; at most 2 are allowed.',
        ]);
    });

    it("allows any group when no allow-list is configured", async () => {
        assert.deepStrictEqual((await runResourcePolicy(vpcOnlySecurityGroups, { name: "a", props: inVpc(["sg-zz"]), config: { vpcOnlyDomainIds: ["d-vpc"] } })).violations, []);
    });
});
