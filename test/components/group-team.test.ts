import * as assert from "assert";
import { profileNameFor } from "../../components/group-team";

describe("components/group-team", () => {
    it("names a profile after an Identity Center user name, within the profile-name pattern", () => {
        assert.strictEqual(profileNameFor("ana"), "ana");
        assert.strictEqual(profileNameFor("ana.lopez@example.com"), "ana-lopez-example-com");
        assert.strictEqual(profileNameFor("_svc__build_"), "svc-build");
        assert.strictEqual(profileNameFor("x".repeat(70)), "x".repeat(63));
        assert.strictEqual(profileNameFor(`${"a".repeat(62)}.b`), "a".repeat(62));
        assert.strictEqual(profileNameFor("@@@"), "");
        for (const name of ["ana.lopez@example.com", "Émile Zola", "a-b--c"]) assert.match(profileNameFor(name), /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/);
    });
});
