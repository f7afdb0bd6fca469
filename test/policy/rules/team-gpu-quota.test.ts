import * as assert from "assert";
import { teamGpuQuota } from "../../../policy/rules/team-gpu-quota";
import { profileProps, runStackPolicy, StackResourceInput, UNKNOWN } from "../harness";

const PROFILE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";
const TEAM = "sagemaker-studio:index:StudioTeam";
const SPACE = "pulumi-nodejs:dynamic/sagemaker:Space";

function member(team: string, name: string, instanceType: unknown): StackResourceInput {
    return {
        name: `${team}-${name}`, type: PROFILE, parent: team,
        props: profileProps({ userProfileName: name, userSettings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType } } } }),
    };
}

describe("policy sagemaker-team-gpu-quota", () => {
    it("is advisory and passes a team within its quota", async () => {
        const outcome = await runStackPolicy(teamGpuQuota, [
            { name: "ml", type: TEAM },
            member("ml", "alice", "ml.g5.xlarge"), member("ml", "bob", "ml.p4d.24xlarge"), member("ml", "carol", "ml.t3.medium"),
        ]);
        assert.strictEqual(outcome.level, "advisory");
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("blames the team over its quota and lists its GPU members", async () => {
        const outcome = await runStackPolicy(teamGpuQuota, [
            { name: "ml", type: TEAM },
            member("ml", "alice", "ml.g5.xlarge"), member("ml", "bob", "ml.t3.medium"),
            { name: "cv", type: TEAM },
            member("cv", "dan", "ml.g5.xlarge"),
        ], { maxGpuProfilesPerTeam: 0, teamQuotas: { cv: 1 } });
        assert.deepStrictEqual(outcome.violations.map((v) => v.split("\n")[1]), [
            'team "ml": 1 members or shared spaces have a GPU app default, above its quota of 0: ' +
            '"member alice (ml-alice userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType ml.g5.xlarge)"; ' +
            "GPU families: g4dn, g5, g6, g6e, g7, g7e, p3, p3dn, p4d, p4de, p5, p5en, p6-b200, trn1, trn1n.",
        ]);
        assert.deepStrictEqual(outcome.urns, [`urn:pulumi:dev::studio::${TEAM}::ml`]);
    });

    it("does not count profiles outside a team, and counts whole families", async () => {
        const outcome = await runStackPolicy(teamGpuQuota, [
            { name: "solo", type: PROFILE, props: profileProps({ userSettings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.g5.xlarge" } } } }) },
            { name: "ml", type: TEAM },
            member("ml", "alice", "ml.g5.xlarge"),
        ], { maxGpuProfilesPerTeam: 0, gpuFamilies: ["g5x"] });
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("counts a member's private space with their profile, and each shared space with a GPU default", async () => {
        const space = (name: string, props: Record<string, unknown>): StackResourceInput => ({ name, type: SPACE, parent: "ml", props });
        const gpuSpace = (instanceType: string) => ({ appType: "JupyterLab", jupyterLabAppSettings: { defaultResourceSpec: { instanceType } } });
        const outcome = await runStackPolicy(teamGpuQuota, [
            { name: "ml", type: TEAM },
            member("ml", "alice", "ml.g5.xlarge"),
            member("ml", "bob", "ml.t3.medium"),
            space("ml-alice-space", { spaceName: "alice-private", ownershipSettings: { ownerUserProfileName: "alice" }, spaceSharingSettings: { sharingType: "Private" }, spaceSettings: gpuSpace("ml.g5.2xlarge") }),
            space("ml-bob-space", { spaceName: "bob-private", ownershipSettings: { ownerUserProfileName: "bob" }, spaceSharingSettings: { sharingType: "Private" }, spaceSettings: gpuSpace("ml.g6.xlarge") }),
            space("ml-training", { spaceName: "training", spaceSharingSettings: { sharingType: "Shared" }, spaceSettings: gpuSpace("ml.p4d.24xlarge") }),
        ], { maxGpuProfilesPerTeam: 2 });
        assert.strictEqual(outcome.violations.length, 1);
        const message = outcome.violations[0].split("\n")[1];
        assert.match(message, /^team "ml": 3 members or shared spaces have a GPU app default, above its quota of 2: /);
        assert.match(message, /"member alice \(ml-alice userSettings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType ml\.g5\.xlarge; ml-alice-space spaceSettings\.jupyterLabAppSettings/);
        assert.match(message, /"member bob \(ml-bob-space spaceSettings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType ml\.g6\.xlarge\)"/);
        assert.match(message, /"shared space training \(ml-training spaceSettings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType ml\.p4d\.24xlarge\)"/);
    });

    it("counts the known members and notes an unknown default", async () => {
        const outcome = await runStackPolicy(teamGpuQuota, [
            { name: "ml", type: TEAM },
            member("ml", "alice", UNKNOWN.string), member("ml", "bob", "ml.g5.xlarge"),
        ], { maxGpuProfilesPerTeam: 0 });
        assert.strictEqual(outcome.violations.length, 1);
        assert.match(outcome.violations[0], /ml-bob/);
        assert.match(outcome.unknownNote ?? "", /string value at \.userSettings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType can't be known/);
    });
});
