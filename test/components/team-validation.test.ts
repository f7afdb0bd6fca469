import * as assert from "assert";
import { formatProblem } from "../../components/team-problems";
import { MAX_TEAM_MEMBERS, type TeamSpec } from "../../components/team-spec";
import teamSchema from "../../schemas/team.schema.json";
import { validateTeam } from "../../components/team-validation";

const ROLE = "arn:aws:iam::123456789012:role/team";
const messages = (spec: TeamSpec) => validateTeam(spec).map(formatProblem);

describe("components/team-validation", () => {
    it("accepts a good team", () => {
        assert.deepStrictEqual(
            messages({
                domainId: "d-abcdefghijkl",
                defaults: { executionRole: ROLE, jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.large" } } },
                tags: { team: "fraud" },
                members: [{ name: "alice" }, { name: "bob", settings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.xlarge" } } } }],
            }),
            [],
        );
    });

    it("reports names that collide ignoring case, at the later member", () => {
        const found = messages({ members: [{ name: "alice" }, { name: "bob" }, { name: "Alice" }] });
        assert.deepStrictEqual(found, ['members[2].name: "Alice" duplicates members[0].name "alice" (profile names are not case-sensitive)']);
    });

    it("reports invalid and missing names with the member's index", () => {
        const found = messages({ members: [{ name: "ok" }, { name: "bad_name" }, {} as { name: string }] });
        assert.strictEqual(found.length, 2);
        assert.match(found[0], /^members\[1\]\.name: "bad_name" does not match the regular expression/);
        assert.match(found[1], /^members\[2\]\.name: is required/);
    });

    it("checks each member's merged settings against the service model, naming where the value comes from", () => {
        const found = messages({
            defaults: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.m5.huge" as never } } },
            members: [
                { name: "alice" },
                { name: "bob" },
                { name: "carol", settings: { jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.g5.tiny" as never } } } },
            ],
        });
        assert.strictEqual(found.length, 2, found.join("\n"));
        assert.match(found[0], /^members\[2\]\.settings\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType: .*\(member carol\)$/);
        assert.match(found[1], /^defaults\.jupyterLabAppSettings\.defaultResourceSpec\.instanceType \(members alice, bob\): /);
    });

    it("applies the cross-field user-profile rules to the merged settings", () => {
        // The team turns the web portal off; one member asks for the Studio landing page, which needs it.
        const found = messages({
            defaults: { studioWebPortal: "DISABLED" },
            members: [{ name: "alice" }, { name: "bob", settings: { defaultLandingUri: "studio::" } }],
        });
        assert.strictEqual(found.length, 1, found.join("\n"));
        assert.match(found[0], /^members\[1\]\.settings\.defaultLandingUri: .*studio.*\(member bob\)$/i);
    });

    it("checks every merged tag, and the team options with the provider's own check", () => {
        const found = messages({
            tags: { "bad|key": "x" },
            timeouts: { create: "soon" },
            adopt: "yes" as unknown as boolean,
            members: [{ name: "alice", tags: { owner: "a|b" } }],
        });
        assert.ok(found.some((m) => /^adopt: must be true, false or "takeover"/.test(m)), found.join("\n"));
        assert.ok(found.some((m) => /^timeouts\.create: /.test(m)), found.join("\n"));
        assert.ok(found.some((m) => /^members\[0\]\.tags\.owner: the value /.test(m)), found.join("\n"));
        assert.ok(found.some((m) => /^tags\["bad\|key"\] \(members alice\): the key /.test(m)), found.join("\n"));
    });

    it("checks a known domain id", () => {
        assert.match(messages({ domainId: "domain-1", members: [] })[0], /^domainId: /);
    });

    it("refuses more members than MAX_TEAM_MEMBERS before judging any, and allows that many", () => {
        const names = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `user-${i}` }));
        assert.deepStrictEqual(messages({ members: names(MAX_TEAM_MEMBERS + 1).map((m, i) => (i % 2 ? { name: "no spaces allowed" } : m)) }), [
            `members: has ${(MAX_TEAM_MEMBERS + 1).toLocaleString("en-US")} members; a team may have at most ${MAX_TEAM_MEMBERS.toLocaleString("en-US")}: split it into several teams`,
        ]);
        assert.deepStrictEqual(messages({ members: names(MAX_TEAM_MEMBERS) }), []);
    });

    it("the team file schema allows as many members as MAX_TEAM_MEMBERS", () => {
        const definitions = (teamSchema as { definitions: Record<string, { properties?: Record<string, { maxItems?: number }> }> }).definitions;
        assert.strictEqual(definitions.TeamSpec.properties?.members.maxItems, MAX_TEAM_MEMBERS);
    });
});
