import * as assert from "assert";
import { SHAPES } from "../../../model/generated/service-model";
import { PULUMI_NAME_EXCEPTIONS, toApiName, toApiValue, toAwsPath, toPulumiName, toPulumiPath, toPulumiValue } from "../../../model/schema/names";
import type { ShapeDef } from "../../../model/shape-def";

const shapes = SHAPES as Record<string, ShapeDef>;

/** Every shape reachable from `root`. */
function reachable(root: string): string[] {
    const seen = new Set<string>();
    const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        const def = shapes[name];
        for (const ref of [...Object.values(def.members ?? {}), def.member, def.key, def.value]) if (ref) visit(ref);
    };
    visit(root);
    return [...seen];
}

/** A value of `shape` that sets every member (all members of unions too) and mixed-case strings. */
function sample(shape: string, depth = 0): unknown {
    const def = shapes[shape];
    switch (def.type) {
        case "structure": {
            const out: Record<string, unknown> = {};
            if (depth < 12) for (const [m, s] of Object.entries(def.members ?? {})) out[m] = sample(s, depth + 1);
            return out;
        }
        case "list": return [sample(def.member as string, depth + 1), sample(def.member as string, depth + 1)];
        case "map": return { "Key With Caps": sample(def.value as string, depth + 1) };
        case "string": return def.enum ? def.enum[0] : "Some-Value_With.Caps";
        case "integer": case "long": return def.min ?? 1;
        case "boolean": return true;
        default: return 1.5;
    }
}

/** Walks `api` and `pulumi` side by side, asserting each member was renamed with toPulumiName. */
function assertRenamed(shape: string, api: unknown, pulumi: unknown, where: string): number {
    const def = shapes[shape];
    let count = 0;
    if (def.type === "structure") {
        const a = api as Record<string, unknown>;
        const p = pulumi as Record<string, unknown>;
        assert.deepStrictEqual(Object.keys(p).sort(), Object.keys(a).map(toPulumiName).sort(), where);
        for (const [m, s] of Object.entries(def.members ?? {})) {
            if (!(m in a)) continue;
            count += 1 + assertRenamed(s, a[m], p[toPulumiName(m)], `${where}.${m}`);
        }
    } else if (def.type === "list") {
        (api as unknown[]).forEach((item, i) => { count += assertRenamed(def.member as string, item, (pulumi as unknown[])[i], `${where}[${i}]`); });
    } else {
        assert.deepStrictEqual(pulumi, api, `${where} keeps its value`);
    }
    return count;
}

describe("model/schema/names toPulumiName", () => {
    it("follows aws-native's naming (its own test cases)", () => {
        const cases: Record<string, string> = {
            IP: "ip", AnIP: "anIp", IPAddress: "ipAddress", AnIPAddress: "anIpAddress", ANewIPAddress: "aNewIpAddress",
            ASCII: "ascii", ASCIIAndMore: "asciiAndMore", AnASCIIAndMore: "anAsciiAndMore", SomeARNs: "someArns",
            UseEC2Please: "useEc2Please", EC2ManagedKey: "ec2ManagedKey", UppercaseACat: "uppercaseACat", A: "a",
        };
        for (const [api, pulumi] of Object.entries(cases)) assert.strictEqual(toPulumiName(api), pulumi, api);
    });

    it("gives the user-profile names aws-native uses", () => {
        const cases: Record<string, string> = {
            RStudioServerProAppSettings: "rStudioServerProAppSettings", RSessionAppSettings: "rSessionAppSettings",
            AutoMountHomeEFS: "autoMountHomeEfs", EFSFileSystemConfig: "efsFileSystemConfig",
            FSxLustreFileSystemConfig: "fSxLustreFileSystemConfig", S3FileSystemConfig: "s3FileSystemConfig", S3Uri: "s3Uri",
            S3KmsKeyId: "s3KmsKeyId", IdentityProviderOAuthSettings: "identityProviderOAuthSettings",
            SageMakerImageArn: "sageMakerImageArn", DefaultEbsVolumeSizeInGb: "defaultEbsVolumeSizeInGb", Uid: "uid",
        };
        for (const [api, pulumi] of Object.entries(cases)) assert.strictEqual(toPulumiName(api), pulumi, api);
    });

    it("PULUMI_NAME_EXCEPTIONS is exactly the set of generated members that differ from lower-first", () => {
        const expected: Record<string, string> = {};
        for (const def of Object.values(shapes)) {
            for (const m of Object.keys(def.members ?? {})) {
                const name = toPulumiName(m);
                if (name !== m.charAt(0).toLowerCase() + m.slice(1)) expected[m] = name;
            }
        }
        assert.deepStrictEqual(Object.fromEntries(Object.entries(expected).sort()), { ...PULUMI_NAME_EXCEPTIONS });
    });

    it("never maps two members of one structure to the same Pulumi name", () => {
        for (const [name, def] of Object.entries(shapes)) {
            const names = Object.keys(def.members ?? {}).map(toPulumiName);
            assert.strictEqual(new Set(names).size, names.length, name);
        }
    });
});

describe("model/schema/names value conversion", () => {
    it("round-trips every member of the UserSettings tree and renames only member names", () => {
        const api = sample("UserSettings");
        const pulumi = toPulumiValue("UserSettings", api);
        const members = assertRenamed("UserSettings", api, pulumi, "UserSettings");
        const treeMembers = reachable("UserSettings").reduce((n, s) => n + Object.keys(shapes[s].members ?? {}).length, 0);
        assert.ok(members >= treeMembers, `visited ${members} members, tree has ${treeMembers}`);
        assert.deepStrictEqual(toApiValue("UserSettings", pulumi), api);
    });

    it("round-trips every operation's input and output shape", () => {
        for (const shape of Object.keys(shapes).filter((s) => /(Request|Response|Input|Output)$/.test(s))) {
            const api = sample(shape);
            assert.deepStrictEqual(toApiValue(shape, toPulumiValue(shape, api)), api, shape);
        }
    });

    it("leaves tag keys, tag values and string values untouched", () => {
        const pulumi = {
            domainId: "d-abc", userProfileName: "Alice",
            tags: [{ key: "CostCenter", value: "UserSettings" }, { key: "ExecutionRole", value: "x" }],
            userSettings: { defaultLandingUri: "app:JupyterServer:", securityGroups: ["SG-Upper"] },
        };
        assert.deepStrictEqual(toApiValue("CreateUserProfileRequest", pulumi), {
            DomainId: "d-abc", UserProfileName: "Alice",
            Tags: [{ Key: "CostCenter", Value: "UserSettings" }, { Key: "ExecutionRole", Value: "x" }],
            UserSettings: { DefaultLandingUri: "app:JupyterServer:", SecurityGroups: ["SG-Upper"] },
        });
    });

    it("keeps unknown keys verbatim, accepts API names too, and survives cycles and __proto__", () => {
        assert.deepStrictEqual(toApiValue("UserSettings", { executionrole: 1, ExecutionRole: "r", autoMountHomeEfs: "Enabled" }),
            { executionrole: 1, ExecutionRole: "r", AutoMountHomeEFS: "Enabled" });
        const cyclic: Record<string, unknown> = {};
        cyclic.sharingSettings = cyclic;
        assert.doesNotThrow(() => toApiValue("UserSettings", cyclic));
        const proto = toApiValue("UserSettings", JSON.parse('{"__proto__": {"x": 1}}')) as object;
        assert.deepStrictEqual(Object.keys(proto), ["__proto__"]);
        assert.strictEqual(Object.getPrototypeOf(proto), Object.prototype);
        assert.strictEqual(toApiValue("NoSuchShape", { a: 1 }) instanceof Object, true);
        assert.strictEqual(toApiName("UserSettings", "autoMountHomeEfs"), "AutoMountHomeEFS");
        assert.strictEqual(toApiName("UserSettings", "toString"), undefined);
    });
});

describe("model/schema/names paths", () => {
    const apiPath = ["UserSettings", "JupyterServerAppSettings", "DefaultResourceSpec", "InstanceType"];

    it("converts API paths to Pulumi property paths", () => {
        assert.strictEqual(toPulumiPath(apiPath), "userSettings.jupyterServerAppSettings.defaultResourceSpec.instanceType");
        assert.strictEqual(toPulumiPath(["UserSettings", "CustomFileSystemConfigs", 3, "EFSFileSystemConfig", "FileSystemId"]),
            "userSettings.customFileSystemConfigs[3].efsFileSystemConfig.fileSystemId");
        assert.strictEqual(toPulumiPath(["SecurityGroups", 0]), "securityGroups[0]");
        assert.strictEqual(toPulumiPath([0, "Key"]), "[0].key");
        assert.strictEqual(toPulumiPath(["Env", "my key"], { mapKeys: [1] }), 'env["my key"]');
        assert.strictEqual(toPulumiPath(["Env", "Plain"], { mapKeys: [1] }), "env.Plain");
        assert.strictEqual(toPulumiPath(["UserSettings", "ExecutionROLE"], { verbatimFrom: 1 }), "userSettings.ExecutionROLE");
        assert.strictEqual(toPulumiPath([]), "");
    });

    it("converts API paths to the form AWS prints", () => {
        assert.strictEqual(toAwsPath(apiPath), "userSettings.jupyterServerAppSettings.defaultResourceSpec.instanceType");
        assert.strictEqual(toAwsPath(["Tags", 0, "Value"]), "tags.1.member.value");
        assert.strictEqual(toAwsPath(["UserSettings", "AutoMountHomeEFS"]), "userSettings.autoMountHomeEFS");
        assert.strictEqual(toAwsPath(["Env", "Key"], { mapKeys: [1] }), "env.Key");
    });
});
