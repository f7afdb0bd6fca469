import * as assert from "assert";
import { deniedInstanceFamilies } from "../../../policy/rules/denied-instance-families";
import { profileProps, runResourcePolicy, UNKNOWN } from "../harness";

const withDefault = (app: string, instanceType: unknown) =>
    profileProps({ userSettings: { [app]: { defaultResourceSpec: { instanceType } } } });

describe("policy sagemaker-userprofile-denied-instance-families", () => {
    it("is mandatory by default", async () => {
        const outcome = await runResourcePolicy(deniedInstanceFamilies, { name: "alice", props: profileProps() });
        assert.strictEqual(outcome.level, "mandatory");
        assert.deepStrictEqual(outcome.violations, []);
    });

    it("flags ml.p3 and ml.p3dn defaults, naming the member, path, value and denied set", async () => {
        const props = profileProps({
            userProfileName: "alice",
            userSettings: {
                jupyterLabAppSettings: { defaultResourceSpec: { instanceType: "ml.p3.2xlarge" } },
                kernelGatewayAppSettings: { defaultResourceSpec: { instanceType: "ml.p3dn.24xlarge" } },
            },
        });
        const { violations } = await runResourcePolicy(deniedInstanceFamilies, { name: "ml-team-alice", props });
        assert.deepStrictEqual(violations, [
            "A user profile's app default instance types must not belong to a denied instance family.\n" +
            'member "alice" (resource ml-team-alice): userSettings.kernelGatewayAppSettings.defaultResourceSpec.instanceType is ' +
            '"ml.p3dn.24xlarge", of denied family "p3dn"; denied families: "p3", "p3dn".',
            "A user profile's app default instance types must not belong to a denied instance family.\n" +
            'member "alice" (resource ml-team-alice): userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType is ' +
            '"ml.p3.2xlarge", of denied family "p3"; denied families: "p3", "p3dn".',
        ]);
    });

    it("checks every app with a default resource spec", async () => {
        for (const app of ["jupyterServerAppSettings", "kernelGatewayAppSettings", "tensorBoardAppSettings", "rSessionAppSettings",
            "codeEditorAppSettings", "jupyterLabAppSettings"]) {
            const { violations } = await runResourcePolicy(deniedInstanceFamilies, { name: "a", props: withDefault(app, "ml.p3.8xlarge") });
            assert.strictEqual(violations.length, 1, app);
            assert.match(violations[0], new RegExp(`userSettings\\.${app}\\.defaultResourceSpec\\.instanceType`));
        }
    });

    it("compares whole families: p3 does not catch p4d, g5 or a family that merely contains p3", async () => {
        for (const instanceType of ["ml.p4d.24xlarge", "ml.g5.xlarge", "ml.xp3.large", "ml.p3x.large", "system", "ml.t3.medium"]) {
            const { violations } = await runResourcePolicy(deniedInstanceFamilies, { name: "a", props: withDefault("jupyterLabAppSettings", instanceType) });
            assert.deepStrictEqual(violations, [], instanceType);
        }
    });

    it("takes the denied families from config", async () => {
        const props = withDefault("codeEditorAppSettings", "ml.g5.xlarge");
        const { violations } = await runResourcePolicy(deniedInstanceFamilies, { name: "a", props, config: { deniedFamilies: ["g5"] } });
        assert.match(violations[0], /"ml\.g5\.xlarge", of denied family "g5"; denied families: "g5"\./);
        const p3 = await runResourcePolicy(deniedInstanceFamilies, { name: "a", props: withDefault("codeEditorAppSettings", "ml.p3.2xlarge"), config: { deniedFamilies: ["g5"] } });
        assert.deepStrictEqual(p3.violations, []);
    });

    it("rejects config that is not a list of families", async () => {
        await assert.rejects(runResourcePolicy(deniedInstanceFamilies, { name: "a", props: profileProps(), config: { deniedFamilies: "p3" } }),
            /validating policy config: .*sagemaker-userprofile-denied-instance-families/);
    });

    it("reports known violations and an advisory note when another default is unknown during preview", async () => {
        const props = profileProps({
            userSettings: {
                jupyterLabAppSettings: { defaultResourceSpec: { instanceType: UNKNOWN.string } },
                codeEditorAppSettings: { defaultResourceSpec: { instanceType: "ml.p3.2xlarge" } },
            },
        });
        const outcome = await runResourcePolicy(deniedInstanceFamilies, { name: "alice", props });
        assert.strictEqual(outcome.violations.length, 1);
        assert.match(outcome.violations[0], /codeEditorAppSettings/);
        assert.strictEqual(outcome.unknownNote,
            "can't run policy 'sagemaker-userprofile-denied-instance-families' from policy pack 'sagemaker-studio-guard@v0.1.0' " +
            "during preview: string value at .userSettings.jupyterLabAppSettings.defaultResourceSpec.instanceType can't be known during preview");
    });

    it("is not applicable to other resource types", async () => {
        const outcome = await runResourcePolicy(deniedInstanceFamilies, { name: "b", type: "aws:s3/bucket:Bucket", props: {} });
        assert.strictEqual(outcome.notApplicable, "Policy only applies to resources of type 'pulumi-nodejs:dynamic/sagemaker:UserProfile'");
    });
});
