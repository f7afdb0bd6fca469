import * as assert from "assert";
import { effectiveMember } from "../../components/member-merge";
import { privateSpaceName, privateSpaceResourceName, sharedSpaceResourceName } from "../../components/team-spaces";
import { judgeTeam } from "../../components/team-validation";
import type { TeamSpec } from "../../components/team-spec";
import { formatProblem } from "../../components/team-problems";

const ROLE = "arn:aws:iam::123456789012:role/team";
const spec = (extra: Partial<TeamSpec> = {}): TeamSpec => ({
    domainId: "d-testdomain01",
    defaults: { executionRole: ROLE, spaceStorageSettings: { defaultEbsStorageSettings: { defaultEbsVolumeSizeInGb: 10, maximumEbsVolumeSizeInGb: 50 } } },
    privateSpace: { appType: "JupyterLab", instanceType: "ml.t3.medium", ebsVolumeSizeInGb: 20 },
    members: [{ name: "alice" }, { name: "bob" }],
    ...extra,
});
const problems = (team: TeamSpec) => judgeTeam(team).problems.map(formatProblem);

describe("components/team-spaces", () => {
    it("names a private space after its member, fitting the SpaceName pattern and unique even when cut", () => {
        assert.strictEqual(privateSpaceName("dana-kim"), "dana-kim-private");
        const long = "a".repeat(60);
        const cut = privateSpaceName(long);
        assert.ok(cut.length <= 63 && /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(cut), cut);
        assert.notStrictEqual(cut, privateSpaceName(`${"a".repeat(59)}b`));
        assert.strictEqual(privateSpaceResourceName("ML", "Alice"), "ml-alice-space");
        assert.strictEqual(sharedSpaceResourceName("ML", "Data-Prep"), "ml-data-prep");
    });

    it("merges a member's privateSpace over the team's; false means none", () => {
        const team = spec();
        assert.deepStrictEqual(effectiveMember(team, { name: "alice", privateSpace: { ebsVolumeSizeInGb: 40 } }).privateSpace, {
            appType: "JupyterLab", instanceType: "ml.t3.medium", ebsVolumeSizeInGb: 40,
        });
        assert.strictEqual(effectiveMember(team, { name: "bob", privateSpace: false }).privateSpace, undefined);
        assert.strictEqual(effectiveMember({ ...team, privateSpace: undefined }, { name: "carol" }).privateSpace, undefined);
    });

    it("accepts a team with private and shared spaces", () => {
        assert.deepStrictEqual(problems(spec({ sharedSpaces: [{ name: "ml-shared", appType: "CodeEditor", ebsVolumeSizeInGb: 100 }] })), []);
    });

    it("places a size above the members' maximum at the team's privateSpace, naming the members it reaches", () => {
        assert.deepStrictEqual(problems(spec({ privateSpace: { appType: "JupyterLab", ebsVolumeSizeInGb: 60 } })), [
            "privateSpace.ebsVolumeSizeInGb (members alice, bob): EbsVolumeSizeInGb (60) must be less than or equal to the MaximumEbsVolumeSizeInGb (50) in the member's userSettings.spaceStorageSettings.defaultEbsStorageSettings",
        ]);
    });

    it("places a member's own problem at members[i].privateSpace, and a missing app type where it is missing", () => {
        const team = spec({ privateSpace: undefined, members: [{ name: "alice", privateSpace: { instanceType: "ml.t3.huge" } }] });
        const got = problems(team);
        assert.ok(got.includes("members[0].privateSpace.appType: is required: the app the private space runs (JupyterLab or CodeEditor) (member alice)"), got.join("\n"));
        assert.ok(got.some((p) => p.startsWith('members[0].privateSpace.instanceType: "ml.t3.huge" is not one of the')), got.join("\n"));
    });

    it("refuses shared spaces whose names collide with each other or with a private space, case ignored", () => {
        const got = problems(spec({ sharedSpaces: [{ name: "Alice-Private", appType: "JupyterLab" }, { name: "bob-space", appType: "JupyterLab" }, { name: "x", appType: "JupyterLab", ebsVolumeSizeInGb: 1 }] }));
        assert.ok(got.some((p) => p.startsWith('sharedSpaces[0].name: "Alice-Private" makes a space named like member alice')), got.join("\n"));
        assert.ok(got.some((p) => p.startsWith('sharedSpaces[1].name: "bob-space" makes a space resource named like member bob')), got.join("\n"));
        assert.ok(got.some((p) => p.startsWith("sharedSpaces[2].ebsVolumeSizeInGb")), got.join("\n"));
    });
});
