import * as assert from "assert";
import { SHAPES } from "../../../model/generated/service-model";
import type { ShapeDef } from "../../../model/shape-def";
import { codePointLength, validateInput, validateShape, type Violation } from "../../../model/validation/shape-validator";
import { formatAwsValidationMessage } from "../../../model/validation/aws-message";
import { describeViolation } from "../../../model/validation/failure-reasons";

const ROLE = "arn:aws:iam::123456789012:role/service-role/SageMakerExecution";
const only = (vs: Violation[]) => {
    assert.strictEqual(vs.length, 1, JSON.stringify(vs, null, 1));
    return vs[0];
};

describe("model/validation/shape-validator validateShape", () => {
    it("accepts a valid, full CreateUserProfile request", () => {
        const vs = validateShape("CreateUserProfileRequest", {
            DomainId: "d-abcdefghijkl",
            UserProfileName: "alice-1",
            Tags: [{ Key: "team", Value: "ml" }, { Key: "Straße ü", Value: "" }],
            UserSettings: {
                ExecutionRole: ROLE,
                SecurityGroups: ["sg-0123456789abcdef0"],
                SharingSettings: { NotebookOutputOption: "Allowed", S3OutputPath: "s3://bucket/prefix", S3KmsKeyId: "alias/key" },
                JupyterServerAppSettings: {
                    DefaultResourceSpec: { InstanceType: "system", SageMakerImageVersionArn: "None" },
                    LifecycleConfigArns: ["arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/lcc"],
                    CodeRepositories: [{ RepositoryUrl: "https://github.com/org/repo" }],
                },
                KernelGatewayAppSettings: {
                    DefaultResourceSpec: { InstanceType: "ml.t3.medium", SageMakerImageVersionAlias: "1.2.3-rc.1+build" },
                    CustomImages: [{ ImageName: "my.image-1", ImageVersionNumber: 3, AppImageConfigName: "cfg" }],
                },
                SpaceStorageSettings: { DefaultEbsStorageSettings: { DefaultEbsVolumeSizeInGb: 5, MaximumEbsVolumeSizeInGb: 16384 } },
                CustomPosixUserConfig: { Uid: 10000, Gid: 1001 },
                CustomFileSystemConfigs: [
                    { EFSFileSystemConfig: { FileSystemId: "fs-0123abcd", FileSystemPath: "/home" } },
                    { S3FileSystemConfig: { S3Uri: "s3://bucket/data", MountPath: "/mnt/data" } },
                ],
                StudioWebPortalSettings: {
                    HiddenAppTypes: ["JupyterServer"], HiddenMlTools: ["Comet"], HiddenInstanceTypes: ["ml.p5.48xlarge"],
                    HiddenSageMakerImageVersionAliases: [{ SageMakerImageName: "sagemaker_distribution", VersionAliases: ["1.2"] }],
                },
                AutoMountHomeEFS: "DefaultAsDomain",
                DefaultLandingUri: "studio::",
                StudioWebPortal: "ENABLED",
            },
        });
        assert.deepStrictEqual(vs, []);
    });

    it("reports required members (null and missing) with AWS wording", () => {
        const vs = validateShape("CreateUserProfileRequest", { DomainId: null });
        assert.deepStrictEqual(vs.map((v) => [v.path.join("."), v.kind, v.value, v.constraint]), [
            ["DomainId", "required", null, "Member must not be null"],
            ["UserProfileName", "required", null, "Member must not be null"],
        ]);
        assert.strictEqual(validateShape("CreateUserProfileRequest", undefined).length, 2);
    });

    it("reports a type violation for every kind of scalar and container", () => {
        const cases: [string, unknown, string][] = [
            ["RoleArn", 5, "Member must be a string"],
            ["SpaceEbsVolumeSizeInGb", "5", "Member must be an integer"],
            ["SpaceEbsVolumeSizeInGb", 5.5, "Member must be an integer"],
            ["Uid", Number.NaN, "Member must be an integer"],
            ["SecurityGroupIds", "sg-1", "Member must be a list"],
            ["UserSettings", [], "Member must be a structure"],
            ["UserSettings", "x", "Member must be a structure"],
        ];
        for (const [shape, value, constraint] of cases) {
            const v = only(validateShape(shape, value));
            assert.deepStrictEqual([v.kind, v.constraint], ["type", constraint], shape);
        }
    });

    it("reports length for strings (in code points) and lists, on both bounds", () => {
        assert.strictEqual(only(validateShape("RoleArn", `${ROLE}/${"x".repeat(2048)}`)).constraint,
            "Member must have length less than or equal to 2048");
        const short = validateShape("ImageName", "");
        assert.ok(short.some((v) => v.kind === "length" && v.constraint === "Member must have length greater than or equal to 1"));
        assert.strictEqual(only(validateShape("SecurityGroupIds", ["a", "b", "c", "d", "e", "f"])).constraint,
            "Member must have length less than or equal to 5");
        // 256 astral characters are 512 UTF-16 units but 256 code points: within TagValue's 256.
        const emoji = "𝔘".repeat(256);
        assert.strictEqual(codePointLength(emoji), 256);
        assert.deepStrictEqual(validateShape("TagValue", emoji), []);
        assert.strictEqual(only(validateShape("TagValue", emoji + "a")).kind, "length");
    });

    it("reports ranges on both bounds", () => {
        assert.strictEqual(only(validateShape("Uid", 4000001)).constraint, "Member must have value less than or equal to 4000000");
        assert.strictEqual(only(validateShape("Gid", 1000)).constraint, "Member must have value greater than or equal to 1001");
        assert.strictEqual(only(validateShape("ListTagsMaxResults", 49)).kind, "range");
        assert.deepStrictEqual(validateShape("ListTagsMaxResults", 1e9), []);
    });

    it("reports patterns as whole-value matches", () => {
        assert.deepStrictEqual(validateShape("UserProfileName", "alice"), []);
        for (const bad of ["-alice", "alice-", "a_b", "alice\n"]) {
            const v = only(validateShape("UserProfileName", bad));
            assert.strictEqual(v.kind, "pattern", bad);
            assert.strictEqual(v.constraint, "Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$");
        }
        assert.strictEqual(only(validateShape("SingleSignOnUserIdentifier", "UserNameX")).kind, "pattern");
    });

    it("reports enum values with the closest one as suggestion", () => {
        const v = only(validateShape("AppInstanceType", "ml.m5.lrge"));
        assert.strictEqual(v.kind, "enum");
        assert.strictEqual(v.suggestion, "ml.m5.large");
        assert.ok(v.constraint.startsWith("Member must satisfy enum value set: [system, ml.t3.micro, "));
        assert.strictEqual(only(validateShape("StudioWebPortal", "enabled")).suggestion, "ENABLED");
        assert.strictEqual(only(validateShape("StudioWebPortal", "completely-different")).suggestion, undefined);
    });

    it("reports unknown members with the closest member name", () => {
        const vs = validateShape("UserSettings", { executionRole: ROLE, JupyterLabAppSetings: {}, Zzz: 1 });
        assert.deepStrictEqual(vs.map((v) => [v.path.join("."), v.kind, v.suggestion]), [
            ["executionRole", "unknown", "ExecutionRole"],
            ["JupyterLabAppSetings", "unknown", "JupyterLabAppSettings"],
            ["Zzz", "unknown", undefined],
        ]);
    });

    it("requires exactly one member of a union", () => {
        assert.strictEqual(only(validateShape("CustomFileSystemConfig", {})).kind, "type");
        const two = validateShape("CustomFileSystemConfig", {
            EFSFileSystemConfig: { FileSystemId: "fs-0123abcd" }, S3FileSystemConfig: { S3Uri: "s3://b/k" },
        });
        assert.match(only(two).constraint, /exactly one of these members set/);
    });

    it("prefixes paths and indexes list items", () => {
        const v = only(validateShape("UserSettings", { SecurityGroups: ["ok", "not ok"] }, { path: ["UserSettings"] }));
        assert.deepStrictEqual(v.path, ["UserSettings", "SecurityGroups", 1]);
        assert.deepStrictEqual(only(validateShape("TagList", [null])).path, [0]);
    });

    it("never throws, whatever it is given", () => {
        const cyclic: Record<string, unknown> = { ExecutionRole: ROLE };
        cyclic.SharingSettings = cyclic;
        const list: unknown[] = [];
        list.push(list);
        const proto = JSON.parse('{"__proto__": {"ExecutionRole": 1}, "constructor": {"prototype": 1}}');
        const throwing = Object.defineProperty({}, "ExecutionRole", { enumerable: true, get() { throw new Error("boom"); } });
        const proxy = new Proxy({}, { ownKeys() { throw new Error("boom"); } });
        let deep: Record<string, unknown> = {};
        const deepRoot = deep;
        for (let i = 0; i < 10_000; i++) deep = (deep.JupyterLabAppSettings = {}) as Record<string, unknown>;
        const sparse: unknown[] = [];
        sparse.length = 2 ** 32 - 1;
        const inputs: unknown[] = [
            undefined, null, 0, -0, NaN, Infinity, "", "x".repeat(1_000_000), true, Symbol("s"), 10n, () => 1, new Date(NaN),
            [], {}, cyclic, list, proto, throwing, proxy, deepRoot, sparse, Object.create(null), new Map(), /re/,
            { SecurityGroups: sparse }, { CustomFileSystemConfigs: [proto, throwing, proxy] },
        ];
        for (const shape of [...Object.keys(SHAPES), "NoSuchShape", "__proto__", "constructor", "toString"]) {
            for (const input of inputs) {
                const vs = validateShape(shape, input);
                assert.ok(Array.isArray(vs));
                formatAwsValidationMessage(vs);
                vs.forEach(describeViolation);
            }
        }
    });

    it("handles hostile values in reasonable time", () => {
        const started = Date.now();
        validateShape("CreateUserProfileRequest", {
            DomainId: "d-" + "a".repeat(10_000_000),
            UserProfileName: "a".repeat(100_000) + "!",
            UserSettings: { JupyterServerAppSettings: { CodeRepositories: [{ RepositoryUrl: "https://" + "a".repeat(1000) + "!" }] } },
            Tags: Array.from({ length: 100_000 }, () => ({ Key: "k", Value: "v" })),
        });
        assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    });

    it("treats __proto__ and constructor as ordinary unknown keys", () => {
        const vs = validateShape("UserSettings", JSON.parse('{"__proto__": {"ExecutionRole": 1}, "constructor": 1}'));
        assert.deepStrictEqual(vs.map((v) => [v.path[0], v.kind]), [["__proto__", "unknown"], ["constructor", "unknown"]]);
        assert.deepStrictEqual(validateShape("UserSettings", Object.create({ ExecutionRole: 5 })), []);
    });

    it("stops at maxViolations", () => {
        const vs = validateShape("SecurityGroupIds", Array.from({ length: 1000 }, () => "bad value"), { maxViolations: 10 });
        assert.strictEqual(vs.length, 10);
    });
});

describe("model/validation/shape-validator validateInput", () => {
    it("validates an operation's request body by operation name", () => {
        assert.deepStrictEqual(validateInput("DescribeUserProfile", { DomainId: "d-abc", UserProfileName: "a" }), []);
        assert.deepStrictEqual(validateInput("ListUserProfiles", { MaxResults: 101 }).map((v) => v.kind), ["range"]);
        assert.deepStrictEqual(validateInput("NoSuchOperation", {}).map((v) => v.kind), ["type"]);
        assert.deepStrictEqual(validateInput("toString", {}).map((v) => v.kind), ["type"]);
    });
});
