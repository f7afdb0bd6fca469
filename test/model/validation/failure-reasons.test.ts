import * as assert from "assert";
import { SHAPES } from "../../../model/generated/service-model";
import { formatPath } from "../../../model/schema/names";
import type { ShapeDef } from "../../../model/shape-def";
import { describeViolation } from "../../../model/validation/failure-reasons";
import { validateShape, type Violation } from "../../../model/validation/shape-validator";

const ROLE = "arn:aws:iam::123456789012:role/service-role/SageMakerExecution";

/** Violations as a user reads them: property path and reason, under an API-cased root member. */
const asFailures = (vs: Violation[], root?: string) =>
    vs.map((v) => describeViolation(root === undefined ? v : { ...v, path: [root, ...v.path], mapKeys: v.mapKeys?.map((i) => i + 1) })).map((f) => ({ property: formatPath(f.path), reason: f.reason }));

describe("model/validation/failure-reasons describeViolation", () => {
    it("uses camelCase paths under the root prefix and says what is allowed", () => {
        const vs = validateShape("UserSettings", {
            JupyterServerAppSettings: { DefaultResourceSpec: { InstanceType: "ml.m5.lrge" } },
            RStudioServerProAppSettings: { AccessStatus: "ON" },
            AutoMountHomeEFS: "yes",
            CustomFileSystemConfigs: [{ EFSFileSystemConfig: { FileSystemId: "nope" } }],
            SecurityGroups: ["a", "b", "c", "d", "e", "f"],
            CustomPosixUserConfig: { Uid: 1, Gid: "1001" },
            executionrole: ROLE,
            SpaceStorageSettings: {},
        });
        assert.deepStrictEqual(asFailures(vs, "UserSettings"), [
            { property: "userSettings.securityGroups", reason: "must have at most 5 items (got 6)" },
            {
                property: "userSettings.jupyterServerAppSettings.defaultResourceSpec.instanceType",
                reason: '"ml.m5.lrge" is not one of the 176 SageMaker app instance types (such as ml.t3.medium); did you mean ml.m5.large?',
            },
            { property: "userSettings.rStudioServerProAppSettings.accessStatus", reason: '"ON" is not one of ENABLED, DISABLED' },
            { property: "userSettings.customPosixUserConfig.uid", reason: "must be between 10000 and 4000000 (got 1)" },
            { property: "userSettings.customPosixUserConfig.gid", reason: "must be an integer (got string)" },
            {
                property: "userSettings.customFileSystemConfigs[0].efsFileSystemConfig.fileSystemId",
                reason: '"nope" does not match the regular expression ^(fs-[0-9a-f]{8,})$',
            },
            { property: "userSettings.customFileSystemConfigs[0].efsFileSystemConfig.fileSystemId", reason: "must have between 11 and 21 characters (got 4)" },
            { property: "userSettings.autoMountHomeEfs", reason: '"yes" is not one of Enabled, Disabled, DefaultAsDomain' },
            { property: "userSettings.executionrole", reason: "is not a known property; did you mean executionRole?" },
        ]);
    });

    it("reports required members and unions with Pulumi names", () => {
        const vs = validateShape("UserSettings", {
            CustomPosixUserConfig: {},
            CustomFileSystemConfigs: [{}],
        });
        assert.deepStrictEqual(asFailures(vs), [
            { property: "customPosixUserConfig.uid", reason: "a value is required" },
            { property: "customPosixUserConfig.gid", reason: "a value is required" },
            { property: "customFileSystemConfigs[0]", reason: "must set exactly one of efsFileSystemConfig, fSxLustreFileSystemConfig, s3FileSystemConfig" },
        ]);
    });

    it("describes every generated enum either by listing it or by count and example", () => {
        for (const [name, def] of Object.entries(SHAPES as Record<string, ShapeDef>)) {
            if (!def.enum) continue;
            const failure = describeViolation(validateShape(name, "\u0000")[0]);
            assert.ok(/^"\\u0000" is not one of /.test(failure.reason), `${name}: ${failure.reason}`);
            if (def.enum.length > 12) assert.match(failure.reason, new RegExp(`^"\\\\u0000" is not one of the ${def.enum.length} .* \\(such as `));
        }
    });
});
