import * as assert from "assert";
import type { UserProfileInputs, UserProfileOutputs } from "../../../model/profile/profile-properties";
import { USER_PROFILE } from "../../../provider/kinds/user-profile";
import { computeDiff as diffOf } from "../../../provider/lifecycle/diff";
import { UNKNOWN } from "../../../provider/lifecycle/unknowns";

const computeDiff = (olds: UserProfileOutputs, news: UserProfileInputs) =>
    diffOf(USER_PROFILE, `${olds.domainId}/${olds.userProfileName}`, olds as unknown as Record<string, unknown>, news as unknown as Record<string, unknown>);

const olds: UserProfileOutputs = {
    domainId: "d-1",
    userProfileName: "alice",
    arn: "arn",
    status: "InService",
    tags: { team: "ml" },
    userSettings: {
        executionRole: "arn:aws:iam::123456789012:role/Exec",
        securityGroups: ["sg-a", "sg-b"],
        jupyterLabAppSettings: { lifecycleConfigArns: ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/x"] },
        // Filled in by the service; the program never set it.
        studioWebPortal: "ENABLED",
    },
};
const same: UserProfileInputs = {
    domainId: "d-1",
    userProfileName: "alice",
    tags: { team: "ml" },
    userSettings: {
        executionRole: "arn:aws:iam::123456789012:role/Exec",
        securityGroups: ["sg-b", "sg-a"],
        jupyterLabAppSettings: { lifecycleConfigArns: ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/x"] },
    },
};

describe("provider: diff", () => {
    it("sees no change for equal settings, set-like lists in another order, and server-filled members", () => {
        const d = computeDiff(olds, same);
        assert.deepStrictEqual([d.replaces, d.updates], [[], []]);
    });

    it("ignores a change of letter case in the name", () => {
        assert.deepStrictEqual(computeDiff(olds, { ...same, userProfileName: "ALICE" }).replaces, []);
    });

    it("replaces for a new name or domain, creating first", () => {
        const renamed = computeDiff(olds, { ...same, userProfileName: "bob" });
        assert.deepStrictEqual(renamed.replaces, ["userProfileName"]);
        assert.strictEqual(renamed.deleteBeforeReplace, false);
        assert.deepStrictEqual(computeDiff(olds, { ...same, domainId: "d-2" }).replaces, ["domainId"]);
    });

    it("replaces delete-before-replace when only the SSO user changes", () => {
        const d = computeDiff({ ...olds, singleSignOnUserValue: "a" }, { ...same, singleSignOnUserValue: "b" });
        assert.deepStrictEqual(d.replaces, ["singleSignOnUserValue"]);
        assert.strictEqual(d.deleteBeforeReplace, true);
    });

    it("deletes first when a renamed profile keeps the SSO user whose assignment the old one made", () => {
        const sso = { ...olds, singleSignOnUserIdentifier: "UserName", singleSignOnUserValue: "alice" } as UserProfileOutputs;
        const made = { ...sso, identityCenterAssignment: "made" } as UserProfileOutputs;
        const renamed = { ...same, singleSignOnUserIdentifier: "UserName", singleSignOnUserValue: "alice", userProfileName: "alice-2" };
        assert.strictEqual(computeDiff(made, renamed).deleteBeforeReplace, true, "the old profile's delete would remove the assignment the new one found");
        assert.strictEqual(computeDiff(sso, renamed).deleteBeforeReplace, false, "no assignment made: nothing to lose, create first");
        assert.strictEqual(computeDiff(made, { ...renamed, assignIdentityCenterUser: false }).deleteBeforeReplace, false, "the new profile wants no assignment");
        assert.strictEqual(computeDiff(made, { ...renamed, domainId: "d-2" }).deleteBeforeReplace, false, "another domain, another application");
    });

    it("updates in place for settings, tags and behaviour options, naming each changed setting", () => {
        const d = computeDiff(olds, {
            ...same,
            tags: { team: "ml", env: "prod" },
            deleteApps: true,
            userSettings: { ...same.userSettings, executionRole: "arn:aws:iam::123456789012:role/Other" },
        });
        assert.deepStrictEqual(d.replaces, []);
        assert.deepStrictEqual(d.updates, ["userSettings", "tags", "deleteApps"]);
        assert.deepStrictEqual(d.settings.map((c) => c.path.join(".")), ["ExecutionRole"]);
    });

    it("treats unknown values as changes", () => {
        assert.deepStrictEqual(computeDiff(olds, { ...same, userSettings: { executionRole: UNKNOWN } }).updates, ["userSettings"]);
        assert.deepStrictEqual(computeDiff(olds, { ...same, domainId: UNKNOWN }).replaces, ["domainId"]);
    });

    it("a new provider version alone is no change", () => {
        const d = computeDiff({ ...olds, __provider: "old code" } as UserProfileOutputs, { ...same, __provider: "new code" } as UserProfileInputs);
        assert.deepStrictEqual([d.replaces, d.updates], [[], []]);
    });
});
