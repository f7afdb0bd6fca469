import * as assert from "assert";
import { ssoConsistency } from "../../../policy/rules/sso-consistency";
import { profileProps, runResourcePolicy } from "../harness";

const modes = { domainAuthModes: { "d-sso": "SSO", "d-iam": "IAM" } };
const sso = (fields: Record<string, unknown>, domainId = "d-sso") => profileProps({ domainId, ...fields });

describe("policy sagemaker-userprofile-sso-consistency", () => {
    it("is mandatory and passes consistent profiles", async () => {
        const ok = await runResourcePolicy(ssoConsistency, { name: "a", props: sso({ singleSignOnUserIdentifier: "UserName", singleSignOnUserValue: "alice" }), config: modes });
        assert.strictEqual(ok.level, "mandatory");
        assert.deepStrictEqual(ok.violations, []);
        assert.deepStrictEqual((await runResourcePolicy(ssoConsistency, { name: "a", props: sso({}, "d-iam"), config: modes })).violations, []);
    });

    it("requires both fields in an SSO domain", async () => {
        const { violations } = await runResourcePolicy(ssoConsistency, { name: "alice", props: sso({}), config: modes });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice": singleSignOnUserIdentifier is not set in SSO domain "d-sso": SingleSignOnUserIdentifier is required because the domain\'s AuthMode is SSO.',
            'member "alice": singleSignOnUserValue is not set in SSO domain "d-sso": SingleSignOnUserValue is required because the domain\'s AuthMode is SSO.',
        ]);
    });

    it("forbids the fields in an IAM domain", async () => {
        const { violations } = await runResourcePolicy(ssoConsistency, { name: "a", props: sso({ singleSignOnUserIdentifier: "UserName", singleSignOnUserValue: "alice" }, "d-iam"), config: modes });
        assert.strictEqual(violations.length, 2);
        assert.match(violations[1], /singleSignOnUserValue is "alice" in IAM domain "d-iam": SingleSignOnUserValue cannot be specified because the domain's AuthMode is IAM/);
    });

    it("without a known auth mode, requires the fields together and the identifier UserName", async () => {
        const { violations } = await runResourcePolicy(ssoConsistency, { name: "a", props: sso({ singleSignOnUserIdentifier: "Email" }, "d-other") });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), [
            'member "alice" (resource a): singleSignOnUserValue is not set in domain "d-other": SingleSignOnUserValue must be specified together with SingleSignOnUserIdentifier.',
            'member "alice" (resource a): singleSignOnUserIdentifier is "Email"; the only allowed value is "UserName".',
        ]);
    });

    it("can require the SSO user to be the profile name", async () => {
        const config = { ...modes, requireValueMatchesProfileName: true };
        const { violations } = await runResourcePolicy(ssoConsistency, { name: "a", props: sso({ singleSignOnUserIdentifier: "UserName", singleSignOnUserValue: "bob" }), config });
        assert.deepStrictEqual(violations.map((v) => v.split("\n")[1]), ['member "alice" (resource a): singleSignOnUserValue is "bob"; it must equal userProfileName "alice".']);
    });

    it("rejects auth modes other than SSO and IAM in config", async () => {
        await assert.rejects(runResourcePolicy(ssoConsistency, { name: "a", props: sso({}), config: { domainAuthModes: { d: "OIDC" } } }), /validating policy config/);
    });
});
