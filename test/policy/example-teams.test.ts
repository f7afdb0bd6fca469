// The example stack's teams (teams/*.yaml), merged the way StudioTeam merges them, against the pack
// with the configuration the workflows use: no mandatory violation, and the gate still bites when a
// member's effective settings break a mandatory rule.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { effectiveMember } from "../../components/member-merge";
import { memberResourceName, STUDIO_TEAM_TYPE } from "../../components/studio-team";
import { loadTeamFile } from "../../components/team-file";
import { POLICIES } from "../../policy/rules";
import { USER_PROFILE_TYPE } from "../../policy/lib/profile";
import { Outcome, runResourcePolicy, runStackPolicy, StackResourceInput } from "./harness";

const ROOT = path.resolve(__dirname, "..", "..");
const CONFIG = JSON.parse(fs.readFileSync(path.join(ROOT, "policy", "config", "production.json"), "utf8")) as Record<string, Record<string, unknown> | string>;
const teamFiles = fs.readdirSync(path.join(ROOT, "teams")).filter((f) => f.endsWith(".yaml")).map((f) => path.join(ROOT, "teams", f));

const configFor = (name: string): Record<string, unknown> => {
    const value = CONFIG[name];
    return typeof value === "string" ? { enforcementLevel: value } : { ...(value ?? {}) };
};

interface Member { resourceName: string; team: string; props: Record<string, unknown> }

function members(): Member[] {
    return teamFiles.flatMap((file) => {
        const spec = loadTeamFile(file);
        const team = spec.name ?? path.basename(file).replace(/\.(ya?ml|json)$/i, "");
        return (spec.members ?? []).map((m) => {
            const effective = effectiveMember(spec, m);
            return {
                resourceName: memberResourceName(team, m.name),
                team,
                props: {
                    domainId: "d-example00001",
                    userProfileName: effective.name,
                    ...(effective.singleSignOnUserValue ? { singleSignOnUserIdentifier: "UserName", singleSignOnUserValue: effective.singleSignOnUserValue } : {}),
                    ...(effective.tags ? { tags: effective.tags } : {}),
                    ...(effective.userSettings ? { userSettings: effective.userSettings } : {}),
                },
            };
        });
    });
}

async function mandatory(member: Member): Promise<string[]> {
    const out: string[] = [];
    for (const policy of POLICIES.filter((p): p is ResourceValidationPolicy => "validateResource" in p)) {
        const outcome: Outcome = await runResourcePolicy(policy, { name: member.resourceName, props: member.props, config: configFor(policy.name) });
        if (outcome.level === "mandatory") out.push(...outcome.violations);
    }
    return out;
}

describe("policy pack on the example teams with policy/config/production.json", () => {
    it("has example teams to check", () => {
        assert.ok(members().length >= 3);
    });

    it("finds no mandatory violation in any member's effective settings", async () => {
        for (const member of members()) {
            assert.deepStrictEqual(await mandatory(member), [], member.resourceName);
        }
    });

    it("keeps every team within its GPU quota", async () => {
        const resources: StackResourceInput[] = [];
        for (const team of new Set(members().map((m) => m.team))) {
            resources.push({ name: team, type: STUDIO_TEAM_TYPE });
            for (const m of members().filter((x) => x.team === team)) {
                resources.push({ name: m.resourceName, type: USER_PROFILE_TYPE, parent: team, props: m.props });
            }
        }
        const quota = POLICIES.find((p): p is StackValidationPolicy => p.name === "sagemaker-team-gpu-quota")!;
        const outcome = await runStackPolicy(quota, resources, configFor(quota.name));
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("blocks a member whose effective default becomes a denied family", async () => {
        const [member] = members();
        const settings = { ...(member.props.userSettings as object), kernelGatewayAppSettings: { defaultResourceSpec: { instanceType: "ml.p3dn.24xlarge" } } };
        const violations = await mandatory({ ...member, props: { ...member.props, userSettings: settings } });
        assert.deepStrictEqual(violations.filter((v) => v.includes('of denied family "p3dn"')), [
            "A user profile's app default instance types must not belong to a denied instance family.\n" +
            `member ${JSON.stringify(member.props.userProfileName)} (resource ${member.resourceName}): ` +
            'userSettings.kernelGatewayAppSettings.defaultResourceSpec.instanceType is "ml.p3dn.24xlarge", of denied family "p3dn"; denied families: "p3", "p3dn".',
        ]);
    });
});
