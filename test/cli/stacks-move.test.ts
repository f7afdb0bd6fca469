// What `sagemaker-studio stacks move` reads and rewrites, on hand-written state and team files: the
// resources a team or a member takes, the member's URNs under their new team, the teams' recorded
// sizes, the team files' entries and the stacks' `teams` config. The moves themselves run in
// stacks-move.engine.test.ts.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { memberRenames, renamed } from "../../cli/stacks/move/member-rename";
import { planMove, type MemberMove } from "../../cli/stacks/move/move-plan";
import { STUDIO_TEAM_TYPE } from "../../components/studio-team-type";
import { SPACE_TYPE, TEAM_ROSTER_TYPE, USER_PROFILE_TYPE } from "../../cli/engine-events";
import type { StackState, StateResource } from "../../cli/stacks/move/stack-state";
import { moveMemberEntry } from "../../cli/stacks/move/team-file-members";
import { recordTeamSize } from "../../cli/stacks/move/team-records";
import { teamsWith, teamsWithout } from "../../cli/stacks/move/teams-config";

const ROOT = (stack: string) => `urn:pulumi:${stack}::studio::pulumi:pulumi:Stack::studio-${stack}`;
const teamUrn = (stack: string, team: string) => `urn:pulumi:${stack}::studio::${STUDIO_TEAM_TYPE}::${team}`;
const childUrn = (stack: string, type: string, name: string) => `urn:pulumi:${stack}::studio::${STUDIO_TEAM_TYPE}$${type}::${name}`;
const record = (name: string, size: number) => ({ __team: { name, size, maxDeletedShare: 0.5 } });

function teamResources(stack: string, team: string, members: string[], options: { spaces?: boolean; group?: string } = {}): StateResource[] {
    const parent = teamUrn(stack, team);
    return [
        { urn: parent, type: STUDIO_TEAM_TYPE, parent: ROOT(stack) },
        ...(options.group ? [{ urn: childUrn(stack, TEAM_ROSTER_TYPE, `${team}-roster`), type: TEAM_ROSTER_TYPE, parent, inputs: { group: options.group } }] : []),
        ...members.map((m) => ({ urn: childUrn(stack, USER_PROFILE_TYPE, `${team}-${m}`), type: USER_PROFILE_TYPE, parent, inputs: { userProfileName: m, ...record(team, members.length) } })),
        ...(options.spaces
            ? members.map((m) => ({
                  urn: childUrn(stack, SPACE_TYPE, `${team}-${m}-space`),
                  type: SPACE_TYPE,
                  parent,
                  dependencies: [childUrn(stack, USER_PROFILE_TYPE, `${team}-${m}`)],
                  inputs: { spaceName: `${m}-private`, ownershipSettings: { ownerUserProfileName: m }, spaceSharingSettings: { sharingType: "Private" } },
              }))
            : []),
    ];
}

function stateOf(stack: string, ...resources: StateResource[][]): StackState {
    return { version: 3, deployment: { resources: [{ urn: ROOT(stack), type: "pulumi:pulumi:Stack" }, ...resources.flat()] } };
}

describe("sagemaker-studio stacks move: what moves", () => {
    const ml = stateOf("prod-ml", teamResources("prod-ml", "ml", ["ana", "bo"], { spaces: true }));
    const cv = stateOf("prod-cv", teamResources("prod-cv", "cv", ["cy"]));

    it("moves a team as its component (its children go with it) and names its members", () => {
        assert.deepStrictEqual(planMove("ml", { stack: "prod-ml", state: ml }, { stack: "org", state: undefined }), {
            kind: "team",
            team: "ml",
            urn: teamUrn("prod-ml", "ml"),
            members: ["ana", "bo"],
        });
        assert.throws(() => planMove("ml", { stack: "prod-ml", state: ml }, { stack: "prod-ml", state: ml }), /ml is a team: it moves to another stack/);
        assert.throws(() => planMove("ml", { stack: "prod-ml", state: ml }, { stack: "x", state: stateOf("x", teamResources("x", "ml", [])) }), /x already has a team ml/);
    });

    it("moves a member with their private space, renamed for the destination's only team, knowing how many the source team keeps", () => {
        const plan = planMove("ANA", { stack: "prod-ml", state: ml }, { stack: "prod-cv", state: cv }) as MemberMove;
        assert.deepStrictEqual(
            { ...plan, resources: plan.resources.map((r) => [r.name, r.newName]) },
            {
                kind: "member",
                member: "ana",
                fromTeam: "ml",
                fromTeamUrn: teamUrn("prod-ml", "ml"),
                toTeam: "cv",
                toTeamUrn: teamUrn("prod-cv", "cv"),
                resources: [["ml-ana", "cv-ana"], ["ml-ana-space", "cv-ana-space"]],
                membersLeft: 1,
            },
        );
    });

    it("refuses a member it cannot move, saying why", () => {
        const source = { stack: "prod-ml", state: ml };
        const two = stateOf("prod-cv", teamResources("prod-cv", "cv", ["cy"]), teamResources("prod-cv", "nlp", ["ny"]));
        assert.throws(() => planMove("zed", source, { stack: "prod-cv", state: cv }), /prod-ml has no team and no member named zed \(its teams: ml\)/);
        assert.throws(() => planMove("ana", source, { stack: "prod-cv", state: undefined }), /prod-cv does not exist/);
        assert.throws(() => planMove("ana", source, { stack: "prod-cv", state: two }), /prod-cv has teams cv, nlp: name the member's new team with --team/);
        assert.strictEqual((planMove("ana", source, { stack: "prod-cv", state: two }, "nlp") as MemberMove).resources[0].newName, "nlp-ana");
        assert.throws(() => planMove("ana", source, { stack: "prod-ml", state: ml }), /prod-ml has no other team/);
        assert.throws(() => planMove("ana", source, { stack: "prod-ml", state: ml }, "ml"), /the member is in team ml already/);
        const taken = stateOf("prod-cv", teamResources("prod-cv", "cv", ["ana"]));
        assert.throws(() => planMove("ana", source, { stack: "prod-cv", state: taken }), /prod-cv already has cv-ana in team cv/);
        const group = stateOf("g", teamResources("g", "ops", ["oz"], { group: "Ops Engineers" }));
        assert.throws(() => planMove("oz", { stack: "g", state: group }, { stack: "prod-cv", state: cv }), /team ops takes its members from Ops Engineers: move oz between the groups in Identity Center instead/);
        const depended = stateOf("prod-ml", teamResources("prod-ml", "ml", ["ana"]), [{ urn: "urn:pulumi:prod-ml::studio::aws:s3/bucket:Bucket::notes", type: "aws:s3/bucket:Bucket", dependencies: [childUrn("prod-ml", USER_PROFILE_TYPE, "ml-ana")] }]);
        assert.throws(() => planMove("ana", { stack: "prod-ml", state: depended }, { stack: "prod-cv", state: cv }), /notes in prod-ml depend on ana's resources/);
    });

    it("renames a moved member under the new team, follows every reference, and puts them after their new parent", () => {
        const plan = planMove("ana", { stack: "prod-ml", state: ml }, { stack: "prod-cv", state: cv }) as MemberMove;
        // As `pulumi state move` leaves them: under the destination's root, with their old names.
        const atRoot = (type: string, name: string) => `urn:pulumi:prod-cv::studio::${type}::${name}`;
        const moved: StackState = stateOf("prod-cv", teamResources("prod-cv", "cv", ["cy"]), [
            { urn: atRoot(USER_PROFILE_TYPE, "ml-ana"), type: USER_PROFILE_TYPE, parent: ROOT("prod-cv") },
            { urn: atRoot(SPACE_TYPE, "ml-ana-space"), type: SPACE_TYPE, parent: ROOT("prod-cv"), dependencies: [atRoot(USER_PROFILE_TYPE, "ml-ana")], propertyDependencies: { ownershipSettings: [atRoot(USER_PROFILE_TYPE, "ml-ana")] } },
        ]);
        const renames = memberRenames(plan, "prod-cv", true);
        assert.deepStrictEqual(renames, [
            { from: atRoot(USER_PROFILE_TYPE, "ml-ana"), to: childUrn("prod-cv", USER_PROFILE_TYPE, "cv-ana") },
            { from: atRoot(SPACE_TYPE, "ml-ana-space"), to: childUrn("prod-cv", SPACE_TYPE, "cv-ana-space") },
        ]);
        const resources = renamed(moved, renames, plan.toTeamUrn).deployment.resources!;
        const space = resources.find((r) => r.type === SPACE_TYPE)!;
        assert.deepStrictEqual([space.urn, space.parent, space.dependencies, space.propertyDependencies], [
            childUrn("prod-cv", SPACE_TYPE, "cv-ana-space"),
            teamUrn("prod-cv", "cv"),
            [childUrn("prod-cv", USER_PROFILE_TYPE, "cv-ana")],
            { ownershipSettings: [childUrn("prod-cv", USER_PROFILE_TYPE, "cv-ana")] },
        ]);
        const order = resources.map((r) => r.urn);
        assert.ok(order.indexOf(teamUrn("prod-cv", "cv")) < order.indexOf(childUrn("prod-cv", USER_PROFILE_TYPE, "cv-ana")));
        assert.throws(() => renamed(cv, renames, plan.toTeamUrn), /the state has no urn:pulumi:prod-cv::studio::pulumi-nodejs:dynamic\/sagemaker:UserProfile::ml-ana/);
    });

    it("within one stack, renames the member where they are, and puts them after the new team", () => {
        const both = stateOf("org", teamResources("org", "ml", ["ana", "bo"]), teamResources("org", "cv", ["cy"]));
        const plan = planMove("ana", { stack: "org", state: both }, { stack: "org", state: both }, "cv") as MemberMove;
        const resources = renamed(both, memberRenames(plan, "org", false), plan.toTeamUrn).deployment.resources!;
        assert.deepStrictEqual(resources.slice(-1).map((r) => [r.urn, r.parent]), [[childUrn("org", USER_PROFILE_TYPE, "cv-ana"), teamUrn("org", "cv")]]);
    });

    it("records each team's new size in its members' state, in the team's own maxDeletedShare", () => {
        const both = stateOf("org", teamResources("org", "ml", ["bo"]), teamResources("org", "cv", ["cy"]), [
            { urn: childUrn("org", USER_PROFILE_TYPE, "cv-ana"), type: USER_PROFILE_TYPE, parent: teamUrn("org", "cv"), inputs: { ...record("ml", 2) }, outputs: { ...record("ml", 2) } },
        ]);
        both.deployment.resources!.find((r) => r.urn.endsWith("::cv-cy"))!.inputs = { userProfileName: "cy", __team: { name: "cv", size: 1, maxDeletedShare: 0.25 } };
        const resources = recordTeamSize(recordTeamSize(both, teamUrn("org", "ml")), teamUrn("org", "cv")).deployment.resources!;
        const teamOf = (name: string) => resources.find((r) => r.urn.endsWith(`::${name}`))!;
        assert.deepStrictEqual(teamOf("ml-bo").inputs?.__team, { name: "ml", size: 1, maxDeletedShare: 0.5 });
        assert.deepStrictEqual(teamOf("cv-cy").inputs?.__team, { name: "cv", size: 2, maxDeletedShare: 0.25 });
        assert.deepStrictEqual([teamOf("cv-ana").inputs?.__team, (teamOf("cv-ana").outputs as Record<string, unknown>).__team], [
            { name: "cv", size: 2, maxDeletedShare: 0.25 },
            { name: "cv", size: 2, maxDeletedShare: 0.25 },
        ]);
    });
});

describe("sagemaker-studio stacks move: the team files and the stacks' teams", () => {
    const ml = { file: "teams/ml.yaml", text: "name: ml\nmembers:\n  - name: ana # lead\n    settings: {jupyterLabAppSettings: {defaultResourceSpec: {instanceType: ml.t3.large}}}\n  - name: bo\n" };
    const cv = { file: "teams/cv.yaml", text: "name: cv\n# the vision team\nmembers:\n  - name: cy\n" };

    it("moves the member's entry, with its settings and comment, to the end of the other team's members", () => {
        assert.deepStrictEqual(moveMemberEntry("Ana", ml, cv), {
            from: "name: ml\nmembers:\n  - name: bo\n",
            to: "name: cv\n# the vision team\nmembers:\n  - name: cy\n  - name: ana # lead\n    settings: {jupyterLabAppSettings: {defaultResourceSpec: {instanceType: ml.t3.large}}}\n",
        });
    });

    it("gives a team without members its list, keeps JSON team files JSON, and says when the files are moved already", () => {
        assert.strictEqual(moveMemberEntry("bo", ml, { file: "teams/new.yaml", text: "name: new\n" })?.to, "name: new\nmembers:\n  - name: bo\n");
        const moved = moveMemberEntry("t1", { file: "a.json", text: '{"name": "a", "members": [{"name": "t1"}, {"name": "t2"}]}\n' }, { file: "b.json", text: '{"name": "b", "members": [{"name": "t3"}]}\n' })!;
        assert.deepStrictEqual([JSON.parse(moved.from), JSON.parse(moved.to)], [{ name: "a", members: [{ name: "t2" }] }, { name: "b", members: [{ name: "t3" }, { name: "t1" }] }]);
        assert.strictEqual(moveMemberEntry("cy", ml, cv), undefined);
    });

    it("refuses an entry listed in both files or in neither, and one that uses an alias of its file", () => {
        assert.throws(() => moveMemberEntry("zed", ml, cv), /neither teams\/ml\.yaml nor teams\/cv\.yaml lists member zed/);
        assert.throws(() => moveMemberEntry("ana", ml, { ...cv, text: `${cv.text}  - name: ana\n` }), /both teams\/ml\.yaml and teams\/cv\.yaml list member ana/);
        const aliased = { file: "teams/ml.yaml", text: "name: ml\nx: &gpu {instanceType: ml.g5.xlarge}\nmembers:\n  - name: ana\n    settings: {jupyterLabAppSettings: {defaultResourceSpec: *gpu}}\n" };
        assert.throws(() => moveMemberEntry("ana", aliased, cv), /member ana's entry uses a YAML alias of that file; move the entry by hand/);
    });

    it("adds a team file to a stack's teams, and takes team files out, as comma-separated lists", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "teams-config-"));
        try {
            fs.mkdirSync(path.join(dir, "teams"));
            for (const team of ["a", "b", "c"]) fs.writeFileSync(path.join(dir, "teams", `${team}.yaml`), `name: ${team}\n`);
            assert.strictEqual(teamsWith(undefined, "teams/a.yaml", dir), "teams/a.yaml");
            assert.strictEqual(teamsWith("teams/b.yaml", "teams/a.yaml", dir), "teams/b.yaml,teams/a.yaml");
            assert.strictEqual(teamsWith("teams/*.yaml", "teams/a.yaml", dir), "teams/*.yaml", "already deployed");
            assert.strictEqual(teamsWithout("teams/*.yaml", ["teams/b.yaml"], dir), "teams/a.yaml,teams/c.yaml");
            assert.strictEqual(teamsWithout('["teams/a.yaml", "teams/c.yaml"]', ["teams/a.yaml", "teams/c.yaml"], dir), "");
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
