// The fan-out shape under Pulumi mocks. StudioTeam comes from the installed
// package (npm run build), as a program gets it.
import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { StudioTeam, TeamSpecError } from "pulumi-sagemaker-studio";

interface Registered {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
    parent?: string;
}

const registered: Registered[] = [];

function promiseOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => output.apply(resolve));
}

const ROLE = "arn:aws:iam::123456789012:role/fraud";

describe("components/StudioTeam (mocks)", () => {
    before(async () => {
        await pulumi.runtime.setMocks(
            {
                newResource(args) {
                    registered.push({ type: args.type, name: args.name, inputs: args.inputs });
                    const state =
                        args.type === "pulumi-nodejs:dynamic/sagemaker:UserProfile"
                            ? { ...args.inputs, arn: `arn:aws:sagemaker:us-east-1:123456789012:user-profile/${args.inputs.domainId}/${args.inputs.userProfileName}`, status: "InService" }
                            : args.inputs;
                    return { id: `${args.name}-id`, state };
                },
                call: (args) => args.inputs,
            },
            "project",
            "stack",
            false,
        );
    });

    beforeEach(() => registered.splice(0));

    it("registers one component and one UserProfile per member, named and parented by member", async () => {
        const team = new StudioTeam("Fraud-ML", {
            domainId: "d-abcdefghijkl",
            defaults: { executionRole: ROLE, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" } } },
            tags: { team: "fraud", cost: "100" },
            deleteApps: true,
            timeouts: { create: "5m" },
            members: [
                { name: "alice" },
                { name: "Bob", settings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.2xlarge" } } }, tags: { cost: "200" } },
            ],
        });
        const urn = await promiseOf(team.urn);
        await promiseOf(team.profiles);
        assert.match(urn, /::sagemaker-studio:index:StudioTeam::Fraud-ML$/);
        const profiles = registered.filter((r) => r.type === "pulumi-nodejs:dynamic/sagemaker:UserProfile");
        assert.deepStrictEqual(profiles.map((p) => p.name), ["fraud-ml-alice", "fraud-ml-bob"]);

        const childUrn = await promiseOf(team.userProfiles.Bob.urn);
        assert.match(childUrn, /::sagemaker-studio:index:StudioTeam\$pulumi-nodejs:dynamic\/sagemaker:UserProfile::fraud-ml-bob$/, "parented to the team");

        const bob = profiles[1].inputs;
        assert.strictEqual(bob.domainId, "d-abcdefghijkl");
        assert.strictEqual(bob.userProfileName, "Bob");
        assert.deepStrictEqual(bob.userSettings, { executionRole: ROLE, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.2xlarge" } } });
        assert.deepStrictEqual(bob.tags, { team: "fraud", cost: "200" });
        assert.strictEqual(bob.deleteApps, true);
        assert.deepStrictEqual(bob.timeouts, { create: "5m" });
        assert.strictEqual(typeof bob.__provider, "string");
        assert.strictEqual(bob.__provider, 'exports.handler=()=>require("pulumi-sagemaker-studio/provider")', "one line naming the provider by package");

        assert.deepStrictEqual(profiles[0].inputs.userSettings, { executionRole: ROLE, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" } } });
        assert.deepStrictEqual(profiles[0].inputs.tags, { team: "fraud", cost: "100" });
    });

    it("outputs member → {arn, status} and the count", async () => {
        const team = new StudioTeam("cv", { domainId: "d-abcdefghijkl", members: [{ name: "carol" }, { name: "dan" }] });
        assert.deepStrictEqual(await promiseOf(team.profiles), {
            carol: { arn: "arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-abcdefghijkl/carol", status: "InService" },
            dan: { arn: "arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-abcdefghijkl/dan", status: "InService" },
        });
        assert.strictEqual(await promiseOf(team.memberCount), 2);
    });

    it("passes SSO members' identity with the team's identifier", async () => {
        const team = new StudioTeam("sso", { domainId: "d-ssodomain001", members: [{ name: "erin", singleSignOnUserValue: "erin@example.com" }] });
        await promiseOf(team.profiles);
        const erin = registered.find((r) => r.name === "sso-erin")!;
        assert.strictEqual(erin.inputs.singleSignOnUserIdentifier, "UserName");
        assert.strictEqual(erin.inputs.singleSignOnUserValue, "erin@example.com");
    });

    it("accepts a domain id from another resource", async () => {
        const team = new StudioTeam("later", { domainId: pulumi.output("d-abcdefghijkl"), members: [{ name: "fay" }] });
        await promiseOf(team.profiles);
        assert.strictEqual(registered.find((r) => r.name === "later-fay")?.inputs.domainId, "d-abcdefghijkl");
    });

    it("registers nothing when the spec has problems, and lists them all", async () => {
        assert.throws(
            () =>
                new StudioTeam("bad", {
                    domainId: "d-abcdefghijkl",
                    members: [{ name: "alice" }, { name: "ALICE" }, { name: "x_y" }],
                }),
            (error: unknown) => {
                assert.ok(error instanceof TeamSpecError);
                assert.strictEqual(error.problems.length, 2);
                assert.match(error.message, /members\[1\]\.name: "ALICE" duplicates/);
                assert.match(error.message, /members\[2\]\.name: "x_y" does not match/);
                return true;
            },
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        assert.deepStrictEqual(registered, []);
    });
});
