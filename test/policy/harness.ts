// Runs a policy the way the policy server does: props deserialized into plain values and wrapped
// in the SDK's unknownCheckingProxy, config = the schema's defaults overlaid with the test's,
// validated against the schema (the engine rejects invalid config before anything runs) and
// checked for undeclared keys (the pack refuses them when it is configured), messages
// = description + "\n" + message, an UnknownValueError becomes an advisory "can't run … during
// preview" note, notApplicable is recorded, any other error fails the run.
import Ajv from "ajv";
import type * as policySdk from "@pulumi/policy";
import { undeclaredConfig } from "../../policy/lib/config-check";
import { USER_PROFILE_TYPE } from "../../policy/lib/profile";

// The same module instances the rules load, so error classes match.
const sdkProxy = require("@pulumi/policy/proxy") as {
    unknownCheckingProxy<T extends object>(o: T): T;
    UnknownValueError: new (...args: unknown[]) => Error;
    unknownStringValue: string;
    unknownArrayValue: string;
    unknownObjectValue: string;
    unknownBooleanValue: string;
    unknownNumberValue: string;
};

/** The sentinels the engine puts where a value is unknown during preview. */
export const UNKNOWN = {
    string: sdkProxy.unknownStringValue,
    array: sdkProxy.unknownArrayValue,
    object: sdkProxy.unknownObjectValue,
    boolean: sdkProxy.unknownBooleanValue,
    number: sdkProxy.unknownNumberValue,
} as const;

const PACK = { name: "sagemaker-studio-guard", version: (require("../../package.json") as { version: string }).version };
const STACK_URN_PREFIX = "urn:pulumi:dev::studio::";

export interface Outcome {
    level: policySdk.EnforcementLevel;
    /** Full messages as the engine prints them (description, newline, message). */
    violations: string[];
    /** The advisory note the server reports when a value is unknown during preview. */
    unknownNote?: string;
    notApplicable?: string;
    /** Stack policies: the URN each violation blames (the stack's when the rule gave none). */
    urns: string[];
}

type AnyPolicy = policySdk.ResourceValidationPolicy | policySdk.StackValidationPolicy;

const ajv = new Ajv({ useDefaults: true, allErrors: true, strict: false });

/** The config the policy would get: schema defaults, overridden by `overrides`, validated and checked for undeclared keys. */
export function policyConfig(policy: AnyPolicy, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const schema = { type: "object", properties: policy.configSchema?.properties ?? {}, required: policy.configSchema?.required ?? [] };
    const config = structuredClone({ ...overrides });
    const validate = ajv.compile(schema);
    if (!validate(config)) {
        throw new Error(`validating policy config: ${PACK.name} ${PACK.version}  ${policy.name}: ${ajv.errorsText(validate.errors)}`);
    }
    const undeclared = undeclaredConfig([policy], { [policy.name]: overrides });
    if (undeclared.length > 0) throw new Error(undeclared.join("\n"));
    return config;
}

/** A config file's content that sets every policy's default level and every declared setting to its default. */
export function everyPolicyAtItsDefaults(policies: readonly AnyPolicy[]): Record<string, Record<string, unknown>> {
    return Object.fromEntries(policies.map((p) => [p.name, {
        enforcementLevel: p.enforcementLevel,
        ...Object.fromEntries(Object.entries(p.configSchema?.properties ?? {}).map(([key, schema]) => [key, (schema as { default?: unknown }).default])),
    }]));
}

class NotApplicable extends Error {
    constructor(readonly reason: string | undefined) {
        super(reason);
    }
}

function levelOf(policy: AnyPolicy, config: Record<string, unknown>): policySdk.EnforcementLevel {
    const level = (config.enforcementLevel as policySdk.EnforcementLevel | undefined) ?? policy.enforcementLevel ?? "advisory";
    return level === "remediate" ? "mandatory" : level;
}

async function capture(policy: AnyPolicy, level: policySdk.EnforcementLevel, run: (report: policySdk.ReportViolation) => unknown): Promise<Outcome> {
    const outcome: Outcome = { level, violations: [], urns: [] };
    try {
        await run((message, urn) => {
            outcome.violations.push(message === "" ? policy.description : `${policy.description}\n${message}`);
            outcome.urns.push(urn ?? `${STACK_URN_PREFIX}pulumi:pulumi:Stack::studio-dev`);
        });
    } catch (e) {
        if (e instanceof sdkProxy.UnknownValueError) {
            outcome.unknownNote = `can't run policy '${policy.name}' from policy pack '${PACK.name}@v${PACK.version}' during preview: ${e.message}`;
        } else if (e instanceof NotApplicable) {
            outcome.notApplicable = e.reason;
        } else {
            throw e;
        }
    }
    return outcome;
}

function throwNotApplicable(reason?: string): never {
    throw new NotApplicable(reason);
}

export interface ResourceInput {
    name: string;
    props: Record<string, unknown>;
    type?: string;
    config?: Record<string, unknown>;
}

/** One resource through one resource policy, as the engine would analyze it. */
export async function runResourcePolicy(policy: policySdk.ResourceValidationPolicy, input: ResourceInput): Promise<Outcome> {
    const fullConfig = policyConfig(policy, input.config);
    const { enforcementLevel: _level, ...config } = fullConfig;
    const type = input.type ?? USER_PROFILE_TYPE;
    const props = sdkProxy.unknownCheckingProxy(structuredClone({ __provider: "exports.handler = __f0;", ...input.props }));
    const args: policySdk.ResourceValidationArgs = {
        type,
        props,
        urn: `${STACK_URN_PREFIX}${type}::${input.name}`,
        name: input.name,
        opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 } },
        stackTags: new Map(),
        isType: () => false,
        asType: () => undefined,
        getConfig: <T extends object>() => structuredClone(config) as T,
        notApplicable: throwNotApplicable,
    };
    const validations = [policy.validateResource ?? []].flat();
    const level = levelOf(policy, fullConfig);
    if (level === "disabled") return { level, violations: [], urns: [] };
    const fastPathType = (policy.validateResource as { __pulumiType?: string } | undefined)?.__pulumiType;
    if (fastPathType !== undefined && fastPathType !== type) {
        return { level, violations: [], urns: [], notApplicable: `Policy only applies to resources of type '${fastPathType}'` };
    }
    return capture(policy, level, async (report) => {
        for (const validate of validations) await validate(args, report);
    });
}

export interface StackResourceInput {
    name: string;
    type: string;
    props?: Record<string, unknown>;
    /** Name of the parent resource in the same list; the stack when omitted. */
    parent?: string;
}

/** A stack's resources through one stack policy. The stack resource itself is added first. */
export async function runStackPolicy(policy: policySdk.StackValidationPolicy, resources: StackResourceInput[], overrides: Record<string, unknown> = {}): Promise<Outcome> {
    const fullConfig = policyConfig(policy, overrides);
    const { enforcementLevel: _level, ...config } = fullConfig;
    const byName = new Map<string, policySdk.PolicyResource>();
    const make = (r: StackResourceInput): policySdk.PolicyResource => ({
        type: r.type,
        name: r.name,
        urn: `${STACK_URN_PREFIX}${r.type}::${r.name}`,
        props: sdkProxy.unknownCheckingProxy(structuredClone(r.props ?? {})),
        opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 } },
        dependencies: [],
        propertyDependencies: {},
        isType: () => false,
        asType: () => undefined,
    });
    const stack = make({ name: "studio-dev", type: "pulumi:pulumi:Stack" });
    const all = [stack];
    for (const r of resources) {
        const resource = make(r);
        resource.parent = r.parent === undefined ? stack : byName.get(r.parent);
        if (!resource.parent) throw new Error(`parent ${r.parent} of ${r.name} must come before it`);
        byName.set(r.name, resource);
        all.push(resource);
    }
    const level = levelOf(policy, fullConfig);
    if (level === "disabled") return { level, violations: [], urns: [] };
    return capture(policy, level, (report) => policy.validateStack({
        resources: all,
        stackTags: new Map(),
        getConfig: <T extends object>() => structuredClone(config) as T,
        notApplicable: throwNotApplicable,
    }, report));
}

/** A UserProfile's props with what every test profile needs; `userSettings` merges shallowly. */
export function profileProps(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const { userSettings, ...rest } = overrides;
    return {
        domainId: "d-testdomain01",
        userProfileName: "alice",
        tags: { owner: "alice@example.com" },
        ...rest,
        userSettings: {
            executionRole: "arn:aws:iam::123456789012:role/sagemaker/studio-alice",
            ...(userSettings as Record<string, unknown> | undefined),
        },
    };
}
