// The drift report from hand-written refresh-preview events: what counts as drift and what does not.
import * as assert from "assert";
import { readDrift } from "../../cli/drift/drift-events";
import { renderDriftReport } from "../../cli/drift/drift-report";

const PROFILE = "pulumi-nodejs:dynamic/sagemaker:UserProfile";
const SPACE = "pulumi-nodejs:dynamic/sagemaker:Space";
const urnOf = (type: string, name: string) => `urn:pulumi:prod::studio::sagemaker-studio:index:StudioTeam$${type}::${name}`;

/** A refresh's pre-event (the old state twice) and outputs event (old and live), as the CLI streams them. */
function refreshed(type: string, name: string, op: string, old: object, live: object | null): string[] {
    const urn = urnOf(type, name);
    return [
        JSON.stringify({ resourcePreEvent: { metadata: { op: "refresh", urn, type, old: { inputs: old }, new: { inputs: old } } } }),
        JSON.stringify({ resOutputsEvent: { metadata: { op, urn, type, old: { inputs: old }, new: live && { inputs: live } } } }),
    ];
}

describe("sagemaker-studio drift reading refresh events", () => {
    const alice = { __owner: "abc", domainId: "d-testdomain01", userProfileName: "alice", tags: { team: "fraud" }, userSettings: { executionRole: "arn:a", securityGroups: [] } };

    it("names a team member's profile, and ignores what the provider keeps for itself and empty lists", () => {
        const live = { domainId: "d-testdomain01", userProfileName: "alice", tags: { team: "fraud" }, userSettings: { executionRole: "arn:b" } };
        const drift = readDrift(refreshed(PROFILE, "fraud-ml-alice", "update", alice, live).join("\n"));
        assert.deepStrictEqual(drift.resources.map((r) => [r.name, r.profile, r.changes]), [["fraud-ml-alice", "d-testdomain01/alice", [{ path: "userSettings.executionRole", from: "arn:a", to: "arn:b" }]]]);
        const report = renderDriftReport(drift);
        assert.ok(report.startsWith("## SageMaker Studio user profiles: drift of `prod`\n\n**Drift** in 1 member (1 changed).\n"), report);
        assert.ok(report.includes("### `fraud-ml-alice`: changed\n\nProfile `d-testdomain01/alice`.\n\n| Setting | From | To |"), report);
    });

    it("counts a member whose only difference is its outputs (a new status or modification time) as clean", () => {
        const drift = readDrift(refreshed(PROFILE, "fraud-ml-alice", "update", alice, { ...alice, __owner: undefined }).join("\n"));
        assert.deepStrictEqual(drift.resources, []);
        assert.strictEqual(renderDriftReport(drift), "## SageMaker Studio user profiles: drift of `prod`\n\n**No drift:** every member is as the stack's state records it.\n");
    });

    it("lists other resources that changed by name and type, after the members", () => {
        const events = [...refreshed("aws:s3/bucket:Bucket", "notebooks", "update", { acl: "private" }, { acl: "public-read" }), ...refreshed(PROFILE, "fraud-ml-bo", "delete", { domainId: "d-testdomain01", userProfileName: "bo" }, null)];
        const report = renderDriftReport(readDrift(events.join("\n")), { stack: "prod-eu" });
        assert.ok(report.startsWith("## SageMaker Studio user profiles: drift of `prod-eu`\n\n**Drift** in 1 member (1 deleted) and 1 other resource.\n"), report);
        assert.ok(report.includes("### `fraud-ml-bo`: deleted\n\nProfile `d-testdomain01/bo` no longer exists; `pulumi up --refresh` creates it again.\n"), report);
        assert.ok(report.endsWith("### Other resources\n\n- `notebooks` (`aws:s3/bucket:Bucket`): changed\n"), report);
    });

    it("reads spaces setting by setting like members: one changed, one gone, and one whose outputs alone differ is clean", () => {
        const lab = { __owner: "abc", domainId: "d-testdomain01", spaceName: "kim-private", spaceSettings: { appType: "JupyterLab", jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.t3.medium" } } } };
        const events = [
            ...refreshed(SPACE, "cv-kim-space", "update", lab, { ...lab, spaceSettings: { ...lab.spaceSettings, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.g5.xlarge" } } } }),
            ...refreshed(SPACE, "cv-shared", "delete", { domainId: "d-testdomain01", spaceName: "cv-shared" }, null),
            ...refreshed(SPACE, "cv-lee-space", "update", { ...lab, spaceName: "lee-private" }, { ...lab, spaceName: "lee-private", __owner: undefined }),
            ...refreshed(PROFILE, "cv-kim", "update", alice, { ...alice, tags: { team: "cv" } }),
        ];
        const drift = readDrift(events.join("\n"));
        assert.deepStrictEqual(drift.resources.map((r) => [r.name, r.space ?? r.profile, r.changes.length]), [["cv-kim-space", "d-testdomain01/kim-private", 1], ["cv-shared", "d-testdomain01/cv-shared", 0], ["cv-kim", "d-testdomain01/alice", 1]]);
        const report = renderDriftReport(drift);
        assert.ok(report.includes("**Drift** in 1 member (1 changed) and 2 spaces (1 changed, 1 deleted).\n"), report);
        assert.ok(report.includes("| Space | Drift | Settings changed |\n| --- | --- | --- |\n| `cv-shared` | deleted | — |\n| `cv-kim-space` | changed | 1 |\n"), report);
        assert.ok(report.includes("### `cv-shared`: deleted\n\nSpace `d-testdomain01/cv-shared` no longer exists; `pulumi up --refresh` creates it again, empty: the files of its storage volume are not restored.\n"), report);
        assert.ok(report.includes('### `cv-kim-space`: changed\n\nSpace `d-testdomain01/kim-private`.\n\n| Setting | From | To |\n| --- | --- | --- |\n| `spaceSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType` | `"ml.t3.medium"` | `"ml.g5.xlarge"` |'), report);
        assert.doesNotMatch(report, /Other resources/);
    });

    it("names who joined and left a team's Identity Center group, from the refresh's look-up and not an older one", () => {
        const ROSTER = "pulumi-nodejs:dynamic/sagemaker:TeamRoster";
        const urn = urnOf(ROSTER, "ds-roster");
        const recorded = { team: "ds", group: "ds-team", members: ["ana", "ben"], removeDepartedMembers: false, membersAtRefresh: ["zed"] };
        const step = (event: string, now: string[]) => JSON.stringify({ [event]: { metadata: { op: "update", urn, type: ROSTER, old: { outputs: recorded }, new: { outputs: { ...recorded, membersAtRefresh: now } } } } });
        const same = readDrift([step("resourcePreEvent", ["zed"]), step("resOutputsEvent", ["ana", "ben"])].join("\n"));
        assert.deepStrictEqual(same.resources, [], "the same members are no drift, whatever an older refresh recorded");
        const report = renderDriftReport(readDrift([step("resourcePreEvent", ["zed"]), step("resOutputsEvent", ["ana", "cleo"])].join("\n")));
        assert.ok(report.includes("**Drift** in 1 Identity Center group (1 joined, 1 left).\n"), report);
        assert.ok(
            report.endsWith(
                "### Team `ds`: Identity Center group `ds-team`\n\n- `cleo` joined the group: the next `pulumi up` creates their profile.\n" +
                    "- `ben` left the group: the next `pulumi up` keeps their profile and stops managing it (`removeDepartedMembers: true` deletes it).\n",
            ),
            report,
        );
    });

    it("counts a member the program leaves out, live at the value removing it resets to, as no drift", () => {
        const live = { ...alice, userSettings: { ...alice.userSettings, sharingSettings: { notebookOutputOption: "Disabled" } } };
        assert.deepStrictEqual(readDrift(refreshed(PROFILE, "fraud-ml-alice", "update", alice, live).join("\n")).resources, []);
        const allowed = { ...alice, userSettings: { ...alice.userSettings, sharingSettings: { notebookOutputOption: "Allowed" } } };
        assert.deepStrictEqual(readDrift(refreshed(PROFILE, "fraud-ml-alice", "update", alice, allowed).join("\n")).resources.map((r) => r.changes), [
            [{ path: "userSettings.sharingSettings.notebookOutputOption", from: undefined, to: "Allowed" }],
        ]);
    });

    it("keeps the engine's errors for the message of a failed check", () => {
        const drift = readDrift(JSON.stringify({ diagnosticEvent: { message: "error: the stack is currently locked by 1 lock(s)\n", severity: "error" } }));
        assert.deepStrictEqual(drift.errors, ["error: the stack is currently locked by 1 lock(s)"]);
    });
});
