import * as assert from "assert";
import { checkUserProfileRules, USER_PROFILE_RULES, USER_PROFILE_RULES_BY_ID, type RuleContext } from "../../../model/validation/cross-field-rules";
import { formatPath } from "../../../model/schema/names";
import { describeViolation } from "../../../model/validation/failure-reasons";
import { type Violation } from "../../../model/validation/shape-validator";

const base = { DomainId: "d-abcdefghijkl", UserProfileName: "alice" };
const withSettings = (UserSettings: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ ...base, ...extra, UserSettings });

function run(id: string, input: unknown, context: RuleContext = {}): Violation[] {
    const vs = USER_PROFILE_RULES_BY_ID[id].check(input, context);
    for (const v of vs) {
        assert.strictEqual(v.kind, "rule");
        assert.strictEqual(v.rule, id);
        assert.ok(v.constraint.length > 20);
    }
    return vs;
}
const paths = (vs: Violation[]) => vs.map((v) => v.path.join("."));

describe("model/validation/cross-field-rules", () => {
    it("every rule has a unique id, a description and a severity", () => {
        assert.strictEqual(new Set(USER_PROFILE_RULES.map((r) => r.id)).size, USER_PROFILE_RULES.length);
        for (const r of USER_PROFILE_RULES) {
            assert.match(r.id, /^[a-z0-9-]+$/);
            assert.ok(r.description.length > 20);
            assert.ok(r.severity === "error" || r.severity === "warning");
        }
    });

    describe("sso-user-fields-match-auth-mode", () => {
        const id = "sso-user-fields-match-auth-mode";
        const sso = { ...base, SingleSignOnUserIdentifier: "UserName", SingleSignOnUserValue: "alice@example.com" };
        it("requires both fields in an SSO domain", () => {
            assert.deepStrictEqual(paths(run(id, base, { domain: { authMode: "SSO" } })), ["SingleSignOnUserIdentifier", "SingleSignOnUserValue"]);
            assert.deepStrictEqual(run(id, sso, { domain: { authMode: "SSO" } }), []);
        });
        it("forbids them in an IAM domain", () => {
            const vs = run(id, sso, { domain: { authMode: "IAM" } });
            assert.deepStrictEqual(paths(vs), ["SingleSignOnUserIdentifier", "SingleSignOnUserValue"]);
            assert.match(vs[0].constraint, /cannot be specified because the domain's AuthMode is IAM/);
            assert.deepStrictEqual(run(id, base, { domain: { authMode: "IAM" } }), []);
        });
        it("without domain facts, only requires them together", () => {
            assert.deepStrictEqual(run(id, sso), []);
            assert.deepStrictEqual(run(id, base), []);
            assert.deepStrictEqual(paths(run(id, { ...base, SingleSignOnUserIdentifier: "UserName" })), ["SingleSignOnUserValue"]);
        });
        it("does not apply to updates", () => {
            assert.deepStrictEqual(run(id, base, { operation: "UpdateUserProfile", domain: { authMode: "SSO" } }), []);
        });
    });

    describe("rstudio-user-group-requires-access-enabled", () => {
        const id = "rstudio-user-group-requires-access-enabled";
        it("rejects UserGroup unless AccessStatus is ENABLED", () => {
            for (const AccessStatus of ["DISABLED", undefined]) {
                const vs = run(id, withSettings({ RStudioServerProAppSettings: { AccessStatus, UserGroup: "R_STUDIO_ADMIN" } }));
                assert.deepStrictEqual(paths(vs), ["UserSettings.RStudioServerProAppSettings.UserGroup"]);
            }
        });
        it("accepts UserGroup with AccessStatus ENABLED, and AccessStatus alone", () => {
            assert.deepStrictEqual(run(id, withSettings({ RStudioServerProAppSettings: { AccessStatus: "ENABLED", UserGroup: "R_STUDIO_USER" } })), []);
            assert.deepStrictEqual(run(id, withSettings({ RStudioServerProAppSettings: { AccessStatus: "DISABLED" } })), []);
        });
        it("on update, takes AccessStatus from the current settings when the request omits it", () => {
            const input = withSettings({ RStudioServerProAppSettings: { UserGroup: "R_STUDIO_USER" } });
            const context: RuleContext = { operation: "UpdateUserProfile", currentUserSettings: { RStudioServerProAppSettings: { AccessStatus: "ENABLED" } } };
            assert.deepStrictEqual(run(id, input, context), []);
        });
    });

    describe("studio-landing-uri-requires-web-portal", () => {
        const id = "studio-landing-uri-requires-web-portal";
        it("rejects studio:: with the web portal disabled", () => {
            const vs = run(id, withSettings({ DefaultLandingUri: "studio::", StudioWebPortal: "DISABLED" }));
            assert.deepStrictEqual(paths(vs), ["UserSettings.DefaultLandingUri"]);
        });
        it("rejects studio:: when the domain default disables the portal", () => {
            const context: RuleContext = { domain: { defaultUserSettings: { StudioWebPortal: "DISABLED" } } };
            assert.strictEqual(run(id, withSettings({ DefaultLandingUri: "studio::" }), context).length, 1);
        });
        it("rejects disabling the portal while the landing URI stays studio::", () => {
            const context: RuleContext = { operation: "UpdateUserProfile", currentUserSettings: { DefaultLandingUri: "studio::" } };
            assert.deepStrictEqual(paths(run(id, withSettings({ StudioWebPortal: "DISABLED" }), context)), ["UserSettings.StudioWebPortal"]);
        });
        it("accepts studio:: with the portal enabled, Classic with it disabled, and unknowns", () => {
            assert.deepStrictEqual(run(id, withSettings({ DefaultLandingUri: "studio::", StudioWebPortal: "ENABLED" })), []);
            assert.deepStrictEqual(run(id, withSettings({ DefaultLandingUri: "app:JupyterServer:", StudioWebPortal: "DISABLED" })), []);
            assert.deepStrictEqual(run(id, withSettings({ DefaultLandingUri: "studio::" })), []);
            assert.deepStrictEqual(run(id, withSettings({ StudioWebPortal: "DISABLED" })), []);
        });
    });

    describe("ebs-maximum-not-below-default", () => {
        const id = "ebs-maximum-not-below-default";
        const ebs = (d: number, m: number) => withSettings({ SpaceStorageSettings: { DefaultEbsStorageSettings: { DefaultEbsVolumeSizeInGb: d, MaximumEbsVolumeSizeInGb: m } } });
        it("rejects a maximum below the default", () => {
            const vs = run(id, ebs(100, 50));
            assert.deepStrictEqual(paths(vs), ["UserSettings.SpaceStorageSettings.DefaultEbsStorageSettings.MaximumEbsVolumeSizeInGb"]);
            assert.strictEqual(vs[0].constraint, "MaximumEbsVolumeSizeInGb (50) must be greater than or equal to DefaultEbsVolumeSizeInGb (100)");
        });
        it("accepts equal and larger maximums", () => {
            assert.deepStrictEqual(run(id, ebs(100, 100)), []);
            assert.deepStrictEqual(run(id, ebs(5, 16384)), []);
        });
    });

    describe("vpc-only-requires-security-groups", () => {
        const id = "vpc-only-requires-security-groups";
        const vpc = (defaults: Record<string, unknown> | undefined): RuleContext => ({ domain: { appNetworkAccessType: "VpcOnly", defaultUserSettings: defaults } });
        it("requires security groups when neither profile nor domain has them", () => {
            assert.deepStrictEqual(paths(run(id, withSettings({}), vpc({}))), ["UserSettings.SecurityGroups"]);
            assert.strictEqual(run(id, withSettings({ SecurityGroups: [] }), vpc({ SecurityGroups: [] })).length, 1);
        });
        it("accepts the profile's or the domain's security groups, public domains and unknown defaults", () => {
            assert.deepStrictEqual(run(id, withSettings({ SecurityGroups: ["sg-1"] }), vpc({})), []);
            assert.deepStrictEqual(run(id, withSettings({}), vpc({ SecurityGroups: ["sg-1"] })), []);
            assert.deepStrictEqual(run(id, withSettings({}), { domain: { appNetworkAccessType: "PublicInternetOnly", defaultUserSettings: {} } }), []);
            assert.deepStrictEqual(run(id, withSettings({}), vpc(undefined)), []);
        });
        it("on update, an omitted list keeps the current security groups", () => {
            const context: RuleContext = { ...vpc({}), operation: "UpdateUserProfile", currentUserSettings: { SecurityGroups: ["sg-1"] } };
            assert.deepStrictEqual(run(id, withSettings({}), context), []);
            assert.strictEqual(run(id, withSettings({ SecurityGroups: [] }), context).length, 1);
        });
    });

    describe("security-groups-leave-room-for-nfs", () => {
        const id = "security-groups-leave-room-for-nfs";
        it("rejects a fifth security group, counting the domain's", () => {
            assert.strictEqual(run(id, withSettings({ SecurityGroups: ["a", "b", "c", "d", "e"] })).length, 1);
            const context: RuleContext = { domain: { defaultUserSettings: { SecurityGroups: ["x", "y"] } } };
            assert.strictEqual(run(id, withSettings({ SecurityGroups: ["a", "b", "c"] }), context).length, 1);
        });
        it("accepts four, shared groups counted once, and leaves more than five to the shape check", () => {
            assert.deepStrictEqual(run(id, withSettings({ SecurityGroups: ["a", "b", "c", "d"] })), []);
            const context: RuleContext = { domain: { defaultUserSettings: { SecurityGroups: ["a", "b"] } } };
            assert.deepStrictEqual(run(id, withSettings({ SecurityGroups: ["a", "b", "c", "d"] }), context), []);
            assert.deepStrictEqual(run(id, withSettings({ SecurityGroups: ["1", "2", "3", "4", "5", "6"] })), []);
        });
    });

    describe("jupyter-server-lifecycle-configs-need-default-resource-spec", () => {
        const id = "jupyter-server-lifecycle-configs-need-default-resource-spec";
        const lcc = ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/x"];
        it("requires DefaultResourceSpec with lifecycle configurations", () => {
            assert.deepStrictEqual(paths(run(id, withSettings({ JupyterServerAppSettings: { LifecycleConfigArns: lcc } }))),
                ["UserSettings.JupyterServerAppSettings.DefaultResourceSpec"]);
        });
        it("accepts them with a DefaultResourceSpec (here or current), and an empty list alone", () => {
            assert.deepStrictEqual(run(id, withSettings({ JupyterServerAppSettings: { LifecycleConfigArns: lcc, DefaultResourceSpec: { InstanceType: "system" } } })), []);
            assert.deepStrictEqual(run(id, withSettings({ JupyterServerAppSettings: { LifecycleConfigArns: [] } })), []);
            const context: RuleContext = { operation: "UpdateUserProfile", currentUserSettings: { JupyterServerAppSettings: { DefaultResourceSpec: {} } } };
            assert.deepStrictEqual(run(id, withSettings({ JupyterServerAppSettings: { LifecycleConfigArns: lcc } }), context), []);
        });
    });

    describe("jupyter-server-instance-type-system", () => {
        const id = "jupyter-server-instance-type-system";
        it("rejects other instance types for JupyterServer, and only there", () => {
            assert.strictEqual(run(id, withSettings({ JupyterServerAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } } })).length, 1);
            assert.deepStrictEqual(run(id, withSettings({ JupyterServerAppSettings: { DefaultResourceSpec: { InstanceType: "system" } } })), []);
            assert.deepStrictEqual(run(id, withSettings({ KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: "ml.t3.medium" } } })), []);
        });
    });

    describe("training-plan-only-jupyterlab-code-editor (warning)", () => {
        const id = "training-plan-only-jupyterlab-code-editor";
        const plan = "arn:aws:sagemaker:us-east-1:123456789012:training-plan/p";
        it("warns about a training plan on other apps", () => {
            assert.deepStrictEqual(paths(run(id, withSettings({ KernelGatewayAppSettings: { DefaultResourceSpec: { TrainingPlanArn: plan } } }))),
                ["UserSettings.KernelGatewayAppSettings.DefaultResourceSpec.TrainingPlanArn"]);
            assert.strictEqual(USER_PROFILE_RULES_BY_ID[id].severity, "warning");
        });
        it("accepts it on JupyterLab and Code Editor, and None anywhere", () => {
            assert.deepStrictEqual(run(id, withSettings({
                JupyterLabAppSettings: { DefaultResourceSpec: { TrainingPlanArn: plan } },
                CodeEditorAppSettings: { DefaultResourceSpec: { TrainingPlanArn: plan } },
                KernelGatewayAppSettings: { DefaultResourceSpec: { TrainingPlanArn: "None" } },
            })), []);
        });
    });

    describe("notebook-sharing-needs-output-path (warning)", () => {
        const id = "notebook-sharing-needs-output-path";
        it("warns when sharing is allowed without an output path", () => {
            assert.strictEqual(run(id, withSettings({ SharingSettings: { NotebookOutputOption: "Allowed" } })).length, 1);
        });
        it("accepts an output path, and disabled sharing", () => {
            assert.deepStrictEqual(run(id, withSettings({ SharingSettings: { NotebookOutputOption: "Allowed", S3OutputPath: "s3://b/p" } })), []);
            assert.deepStrictEqual(run(id, withSettings({ SharingSettings: { NotebookOutputOption: "Disabled" } })), []);
        });
    });

    describe("checkUserProfileRules", () => {
        it("runs all rules, can leave out warnings, and never throws", () => {
            const input = withSettings({
                DefaultLandingUri: "studio::", StudioWebPortal: "DISABLED",
                SharingSettings: { NotebookOutputOption: "Allowed" },
            });
            assert.deepStrictEqual(checkUserProfileRules(input).map((v) => v.rule),
                ["studio-landing-uri-requires-web-portal", "notebook-sharing-needs-output-path"]);
            assert.deepStrictEqual(checkUserProfileRules(input, {}, { warnings: false }).map((v) => v.rule),
                ["studio-landing-uri-requires-web-portal"]);
            const hostile = Object.defineProperty({}, "UserSettings", { enumerable: true, get() { throw new Error("boom"); } });
            for (const v of [undefined, null, 1, "x", [], hostile, { UserSettings: [] }, { UserSettings: { SecurityGroups: "x" } }]) {
                assert.ok(Array.isArray(checkUserProfileRules(v, { operation: "UpdateUserProfile", domain: { appNetworkAccessType: "VpcOnly", defaultUserSettings: {} } })));
            }
        });

        it("produces Pulumi check failures with camelCase paths", () => {
            const vs = checkUserProfileRules(withSettings({ RStudioServerProAppSettings: { UserGroup: "R_STUDIO_USER" } }));
            assert.deepStrictEqual(vs.map(describeViolation).map((f) => ({ property: formatPath(f.path), reason: f.reason })), [{
                property: "userSettings.rStudioServerProAppSettings.userGroup",
                reason: "UserGroup can only be set when AccessStatus is ENABLED (AccessStatus is not set)",
            }]);
        });
    });
});
