// Cross-field rules for CreateUserProfile / UpdateUserProfile and CreateSpace / UpdateSpace inputs
// (API casing) that the shapes cannot express: the documented semantics of sagemaker-api.md §5.5
// and §9, and the service's observed answers for spaces. Each rule is a named entry so the provider
// (check), the emulator and the policy pack apply the same logic.

import { hasOwn, isRecord } from "../plain-object";
import type { PathSegment } from "../schema/names";
import type { Violation } from "./shape-validator";

export type ProfileOperation = "CreateUserProfile" | "UpdateUserProfile";

/** What is known about the profile's domain (from DescribeDomain); unknown facts disable the rules that need them. */
export interface DomainFacts {
    authMode?: "IAM" | "SSO" | (string & {});
    appNetworkAccessType?: "PublicInternetOnly" | "VpcOnly" | (string & {});
    /** The domain's DefaultUserSettings (API casing); omit when unknown. */
    defaultUserSettings?: Record<string, unknown>;
    /** The domain's DefaultSpaceSettings (API casing); omit when unknown, {} when the domain has none. */
    defaultSpaceSettings?: Record<string, unknown>;
}

export interface RuleContext {
    /** Default: CreateUserProfile. */
    operation?: ProfileOperation;
    domain?: DomainFacts;
    /** For UpdateUserProfile: the profile's current UserSettings; members the request omits keep these. */
    currentUserSettings?: Record<string, unknown>;
}

/** A named rule over an API-cased request, judged with what is known about its surroundings (`C`). */
export interface CrossFieldRule<C> {
    readonly id: string;
    readonly description: string;
    /** "warning": the service accepts the input, but it does not do what it seems to. */
    readonly severity: "error" | "warning";
    /**
     * "service": the rule reads what only the service knows (the domain, the owner profile, the
     * current record), and stays silent, or judges less, without it; "inputs": the request alone.
     */
    readonly reads: "inputs" | "service";
    readonly check: (input: unknown, context: C) => Violation[];
}

export type ProfileRule = CrossFieldRule<RuleContext>;

// ---------------------------------------------------------------------------------------------
// Safe reads over untrusted input

function get(value: unknown, ...path: string[]): unknown {
    let cur = value;
    for (const key of path) {
        if (!isRecord(cur) || !hasOwn(cur, key)) return undefined;
        try {
            cur = cur[key];
        } catch {
            return undefined;
        }
    }
    return cur === null ? undefined : cur;
}

const isSet = (v: unknown) => v !== undefined && v !== null;
const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);

/**
 * The value a UserSettings member will have once the request is applied: the request's, else
 * (update) the profile's current one, else the domain default. Undefined when not known.
 */
function effective(input: unknown, context: RuleContext, ...path: string[]): unknown {
    const requested = get(input, "UserSettings", ...path);
    if (requested !== undefined) return requested;
    if (context.operation === "UpdateUserProfile") {
        const current = get(context.currentUserSettings, ...path);
        if (current !== undefined) return current;
    }
    return get(context.domain?.defaultUserSettings, ...path);
}

function ruleViolation(rule: string, path: PathSegment[], value: unknown, constraint: string): Violation {
    return { path, value: value === undefined ? null : value, kind: "rule", constraint, rule };
}

// ---------------------------------------------------------------------------------------------
// Rules

const ssoFields: ProfileRule = {
    id: "sso-user-fields-match-auth-mode",
    reads: "service",
    description: "SingleSignOnUserIdentifier and SingleSignOnUserValue are required when the domain's AuthMode is SSO " +
        "and cannot be specified otherwise; they are set together.",
    severity: "error",
    check(input, context) {
        if ((context.operation ?? "CreateUserProfile") !== "CreateUserProfile") return [];
        const fields = ["SingleSignOnUserIdentifier", "SingleSignOnUserValue"] as const;
        const authMode = context.domain?.authMode;
        const out: Violation[] = [];
        for (const field of fields) {
            const value = get(input, field);
            if (authMode === "SSO" && value === undefined) {
                out.push(ruleViolation(this.id, [field], value, `${field} is required because the domain's AuthMode is SSO`));
            } else if (authMode !== undefined && authMode !== "SSO" && value !== undefined) {
                out.push(ruleViolation(this.id, [field], value, `${field} cannot be specified because the domain's AuthMode is ${authMode}`));
            }
        }
        if (authMode === undefined) {
            const [a, b] = fields.map((f) => get(input, f));
            if ((a === undefined) !== (b === undefined)) {
                const missing = a === undefined ? fields[0] : fields[1];
                const other = a === undefined ? fields[1] : fields[0];
                out.push(ruleViolation(this.id, [missing], undefined, `${missing} must be specified together with ${other}`));
            }
        }
        return out;
    },
};

const rstudioUserGroup: ProfileRule = {
    id: "rstudio-user-group-requires-access-enabled",
    reads: "service",
    description: "RStudioServerProAppSettings.UserGroup can only be set when AccessStatus is ENABLED.",
    severity: "error",
    check(input, context) {
        const userGroup = get(input, "UserSettings", "RStudioServerProAppSettings", "UserGroup");
        if (userGroup === undefined) return [];
        const access = effective(input, context, "RStudioServerProAppSettings", "AccessStatus");
        if (access === "ENABLED") return [];
        return [ruleViolation(this.id, ["UserSettings", "RStudioServerProAppSettings", "UserGroup"], userGroup,
            `UserGroup can only be set when AccessStatus is ENABLED (AccessStatus is ${str(access) ?? "not set"})`)];
    },
};

const landingUri: ProfileRule = {
    id: "studio-landing-uri-requires-web-portal",
    reads: "service",
    description: "DefaultLandingUri studio:: (Studio) is only valid while StudioWebPortal is ENABLED; with the portal " +
        "DISABLED the landing URI must be app:JupyterServer: (Studio Classic).",
    severity: "error",
    check(input, context) {
        const requestedUri = get(input, "UserSettings", "DefaultLandingUri");
        const requestedPortal = get(input, "UserSettings", "StudioWebPortal");
        if (requestedUri === undefined && requestedPortal === undefined) return [];
        const uri = str(effective(input, context, "DefaultLandingUri"));
        const portal = effective(input, context, "StudioWebPortal");
        if (uri === undefined || !uri.startsWith("studio::") || portal !== "DISABLED") return [];
        return requestedUri !== undefined
            ? [ruleViolation(this.id, ["UserSettings", "DefaultLandingUri"], requestedUri,
                "DefaultLandingUri studio:: requires StudioWebPortal ENABLED; use app:JupyterServer: while StudioWebPortal is DISABLED")]
            : [ruleViolation(this.id, ["UserSettings", "StudioWebPortal"], requestedPortal,
                "StudioWebPortal cannot be DISABLED while DefaultLandingUri is studio::; set DefaultLandingUri to app:JupyterServer: in the same request")];
    },
};

const ebsSizes: ProfileRule = {
    id: "ebs-maximum-not-below-default",
    reads: "inputs",
    description: "SpaceStorageSettings.DefaultEbsStorageSettings.MaximumEbsVolumeSizeInGb must be greater than or equal to DefaultEbsVolumeSizeInGb.",
    severity: "error",
    check(input) {
        const ebs = get(input, "UserSettings", "SpaceStorageSettings", "DefaultEbsStorageSettings");
        const def = get(ebs, "DefaultEbsVolumeSizeInGb");
        const max = get(ebs, "MaximumEbsVolumeSizeInGb");
        if (typeof def !== "number" || typeof max !== "number" || max >= def) return [];
        return [ruleViolation(this.id, ["UserSettings", "SpaceStorageSettings", "DefaultEbsStorageSettings", "MaximumEbsVolumeSizeInGb"], max,
            `MaximumEbsVolumeSizeInGb (${max}) must be greater than or equal to DefaultEbsVolumeSizeInGb (${def})`)];
    },
};

const vpcOnlySecurityGroups: ProfileRule = {
    id: "vpc-only-requires-security-groups",
    reads: "service",
    description: "In a VpcOnly domain a profile needs SecurityGroups unless the domain's DefaultUserSettings has them.",
    severity: "error",
    check(input, context) {
        const domain = context.domain;
        if (domain?.appNetworkAccessType !== "VpcOnly" || domain.defaultUserSettings === undefined) return [];
        const requested = get(input, "UserSettings", "SecurityGroups");
        const own = strings(requested !== undefined || context.operation !== "UpdateUserProfile"
            ? requested : get(context.currentUserSettings, "SecurityGroups")) ?? [];
        const inherited = strings(get(domain.defaultUserSettings, "SecurityGroups")) ?? [];
        if (own.length > 0 || inherited.length > 0) return [];
        return [ruleViolation(this.id, ["UserSettings", "SecurityGroups"], requested,
            "SecurityGroups are required: the domain is VpcOnly and its DefaultUserSettings has no SecurityGroups")];
    },
};

const MAX_SECURITY_GROUPS = 4; // the model allows 5; SageMaker adds one for NFS itself

const securityGroupRoom: ProfileRule = {
    id: "security-groups-leave-room-for-nfs",
    reads: "service",
    description: `At most ${MAX_SECURITY_GROUPS} security groups (the profile's and the domain default's together): ` +
        "SageMaker adds one for NFS traffic to the model's maximum of 5.",
    severity: "error",
    check(input, context) {
        const requested = strings(get(input, "UserSettings", "SecurityGroups"));
        if (requested === undefined) return [];
        const inherited = strings(get(context.domain?.defaultUserSettings, "SecurityGroups")) ?? [];
        const total = new Set([...requested, ...inherited]).size;
        if (total <= MAX_SECURITY_GROUPS || requested.length > 5) return []; // > 5 is a shape violation already
        return [ruleViolation(this.id, ["UserSettings", "SecurityGroups"], requested,
            `Member must have at most ${MAX_SECURITY_GROUPS} security groups, counting the domain's DefaultUserSettings ` +
            `(${total} here): SageMaker adds one for NFS traffic`)];
    },
};

const jupyterServerLifecycle: ProfileRule = {
    id: "jupyter-server-lifecycle-configs-need-default-resource-spec",
    reads: "service",
    description: "JupyterServerAppSettings.LifecycleConfigArns requires JupyterServerAppSettings.DefaultResourceSpec.",
    severity: "error",
    check(input, context) {
        const arns = strings(get(input, "UserSettings", "JupyterServerAppSettings", "LifecycleConfigArns"));
        if (!arns || arns.length === 0) return [];
        if (effective(input, context, "JupyterServerAppSettings", "DefaultResourceSpec") !== undefined) return [];
        return [ruleViolation(this.id, ["UserSettings", "JupyterServerAppSettings", "DefaultResourceSpec"], undefined,
            "DefaultResourceSpec is required when LifecycleConfigArns is set")];
    },
};

const jupyterServerInstance: ProfileRule = {
    id: "jupyter-server-instance-type-system",
    reads: "inputs",
    description: "JupyterServer apps only support the instance type system.",
    severity: "error",
    check(input) {
        const type = get(input, "UserSettings", "JupyterServerAppSettings", "DefaultResourceSpec", "InstanceType");
        if (type === undefined || type === "system") return [];
        return [ruleViolation(this.id, ["UserSettings", "JupyterServerAppSettings", "DefaultResourceSpec", "InstanceType"], type,
            "JupyterServer apps only support the instance type system")];
    },
};

const TRAINING_PLAN_APPS = ["JupyterLabAppSettings", "CodeEditorAppSettings"];

const trainingPlan: ProfileRule = {
    id: "training-plan-only-jupyterlab-code-editor",
    reads: "inputs",
    description: "ResourceSpec.TrainingPlanArn is only honoured for JupyterLab and Code Editor apps.",
    severity: "warning",
    check(input) {
        const settings = get(input, "UserSettings");
        if (!isRecord(settings)) return [];
        const out: Violation[] = [];
        for (const app of Object.keys(settings)) {
            if (TRAINING_PLAN_APPS.includes(app)) continue;
            const arn = get(settings, app, "DefaultResourceSpec", "TrainingPlanArn");
            if (arn !== undefined && arn !== "None") {
                out.push(ruleViolation(this.id, ["UserSettings", app, "DefaultResourceSpec", "TrainingPlanArn"], arn,
                    `TrainingPlanArn is ignored for ${app}; only JupyterLab and Code Editor apps use it`));
            }
        }
        return out;
    },
};

const notebookSharing: ProfileRule = {
    id: "notebook-sharing-needs-output-path",
    reads: "inputs",
    description: "SharingSettings.NotebookOutputOption Allowed uses S3OutputPath (and S3KmsKeyId) to store shared notebooks.",
    severity: "warning",
    check(input) {
        const sharing = get(input, "UserSettings", "SharingSettings");
        if (get(sharing, "NotebookOutputOption") !== "Allowed" || isSet(get(sharing, "S3OutputPath"))) return [];
        return [ruleViolation(this.id, ["UserSettings", "SharingSettings", "S3OutputPath"], undefined,
            "S3OutputPath should be set when NotebookOutputOption is Allowed; shared notebook output is stored there")];
    },
};

export const USER_PROFILE_RULES: readonly ProfileRule[] = [
    ssoFields,
    rstudioUserGroup,
    landingUri,
    ebsSizes,
    vpcOnlySecurityGroups,
    securityGroupRoom,
    jupyterServerLifecycle,
    jupyterServerInstance,
    trainingPlan,
    notebookSharing,
];

export const USER_PROFILE_RULES_BY_ID: Readonly<Record<string, ProfileRule>> = rulesById(USER_PROFILE_RULES);

export interface CheckRulesOptions {
    /** Include "warning" rules (default true). */
    warnings?: boolean;
    /** Only the rules that read the request alone, or only those that read what the service knows (default: all). */
    only?: "inputs" | "service";
}

function rulesById<R extends { readonly id: string }>(rules: readonly R[]): Readonly<Record<string, R>> {
    return Object.freeze(Object.fromEntries(rules.map((r) => [r.id, r])));
}

function runRules<C>(rules: readonly CrossFieldRule<C>[], input: unknown, context: C, options: CheckRulesOptions): Violation[] {
    const out: Violation[] = [];
    for (const rule of rules) {
        if (rule.severity === "warning" && options.warnings === false) continue;
        if (options.only !== undefined && rule.reads !== options.only) continue;
        try {
            out.push(...rule.check(input, context));
        } catch {
            // Rules read defensively; a failure here must not hide the others.
        }
    }
    return out;
}

/** Runs every rule over an API-cased CreateUserProfile/UpdateUserProfile input. Never throws. */
export function checkUserProfileRules(input: unknown, context: RuleContext = {}, options: CheckRulesOptions = {}): Violation[] {
    return runRules(USER_PROFILE_RULES, input, context, options);
}

// ---------------------------------------------------------------------------------------------
// Space rules

export type SpaceOperation = "CreateSpace" | "UpdateSpace";

/** What is known about the space's owner profile (from DescribeUserProfile); unknown facts disable the rules that need them. */
export interface OwnerProfileFacts {
    /** False when the domain has no profile of that name. */
    exists: boolean;
    status?: string;
    /** The profile's UserSettings (API casing); omit when unknown, {} when it has none. */
    userSettings?: Record<string, unknown>;
}

export interface SpaceRuleContext {
    /** Default: CreateSpace. */
    operation?: SpaceOperation;
    domain?: DomainFacts;
    /** The profile that owns the space: the one OwnershipSettings names (on update, the space's owner). */
    owner?: OwnerProfileFacts;
    /** For UpdateSpace: the space as DescribeSpace answers it; its sharing type and owner cannot change. */
    currentSpace?: Record<string, unknown>;
    /** The space's ARN, which some of the service's messages name. */
    spaceArn?: string;
}

/** Each violation's constraint is the sentence the service answers (where it is known, its very words). */
export type SpaceRule = CrossFieldRule<SpaceRuleContext>;

const creating = (context: SpaceRuleContext) => (context.operation ?? "CreateSpace") === "CreateSpace";

/** The space's sharing type and owner: the request's on create, the space's own on update. */
function spaceIdentity(input: unknown, context: SpaceRuleContext): { sharingType: string | undefined; owner: string | undefined } {
    const source = creating(context) ? input : context.currentSpace;
    return {
        sharingType: str(get(source, "SpaceSharingSettings", "SharingType")),
        owner: str(get(source, "OwnershipSettings", "OwnerUserProfileName")),
    };
}

const privateSpaceOwner: SpaceRule = {
    id: "private-space-requires-owner",
    reads: "inputs",
    description: "A space whose SpaceSharingSettings.SharingType is Private needs OwnershipSettings.OwnerUserProfileName.",
    severity: "error",
    check(input, context) {
        if (!creating(context)) return [];
        const { sharingType, owner } = spaceIdentity(input, context);
        if (sharingType !== "Private" || owner !== undefined) return [];
        return [ruleViolation(this.id, ["OwnershipSettings", "OwnerUserProfileName"], undefined,
            "A private space requires OwnershipSettings.OwnerUserProfileName.")];
    },
};

const privateSpaceSettings: SpaceRule = {
    id: "private-space-requires-space-settings",
    reads: "inputs",
    description: "CreateSpace of a private space needs SpaceSettings (the service's observed answer).",
    severity: "error",
    check(input, context) {
        if (!creating(context) || spaceIdentity(input, context).sharingType !== "Private" || get(input, "SpaceSettings") !== undefined) return [];
        const arn = context.spaceArn !== undefined ? ` [${context.spaceArn}]` : "";
        return [ruleViolation(this.id, ["SpaceSettings"], undefined, `SpaceSettings must be provided for creating private space${arn}`)];
    },
};

const ownerInService: SpaceRule = {
    id: "space-owner-profile-in-service",
    reads: "service",
    description: "The profile OwnershipSettings names must exist in the domain and be InService when the space is created.",
    severity: "error",
    check(input, context) {
        const owner = spaceIdentity(input, context).owner;
        const facts = context.owner;
        if (!creating(context) || owner === undefined || facts === undefined) return [];
        const path = ["OwnershipSettings", "OwnerUserProfileName"];
        if (!facts.exists) {
            return [ruleViolation(this.id, path, owner, `UserProfile ${owner} does not exist in the space's domain.`)];
        }
        if (facts.status === undefined || facts.status === "InService") return [];
        return [ruleViolation(this.id, path, owner,
            `Unable to create Space ${str(get(input, "SpaceName")) ?? ""} because UserProfile ${owner} is not in InService.`)];
    },
};

const appTypeFixed: SpaceRule = {
    id: "space-app-type-not-updatable",
    reads: "inputs",
    description: "UpdateSpace cannot name SpaceSettings.AppType, not even the space's current one (the service's observed answer).",
    severity: "error",
    check(input, context) {
        const appType = get(input, "SpaceSettings", "AppType");
        if (creating(context) || appType === undefined) return [];
        return [ruleViolation(this.id, ["SpaceSettings", "AppType"], appType, "Updating AppType for Space is not supported.")];
    },
};

const MAXIMUM_EBS = ["SpaceStorageSettings", "DefaultEbsStorageSettings", "MaximumEbsVolumeSizeInGb"] as const;

/**
 * The EBS maximum a space is held to: a private space's comes from its owner's UserSettings, else the
 * domain's DefaultUserSettings; a shared space's from the domain's DefaultSpaceSettings. Undefined
 * when the facts are unknown or no maximum is set.
 */
function ebsMaximum(input: unknown, context: SpaceRuleContext): { max: number; setIn: string } | undefined {
    const { sharingType, owner } = spaceIdentity(input, context);
    const fromDomain = (settings: Record<string, unknown> | undefined, member: string) => {
        const max = get(settings, ...MAXIMUM_EBS);
        return typeof max === "number" ? { max, setIn: `the domain's ${member}` } : undefined;
    };
    if (sharingType === "Shared") return fromDomain(context.domain?.defaultSpaceSettings, "DefaultSpaceSettings");
    if (sharingType !== "Private" || owner === undefined || context.owner?.userSettings === undefined) return undefined;
    const ownMax = get(context.owner.userSettings, ...MAXIMUM_EBS);
    if (typeof ownMax === "number") return { max: ownMax, setIn: `the UserSettings of UserProfile ${owner}` };
    return fromDomain(context.domain?.defaultUserSettings, "DefaultUserSettings");
}

const ebsWithinMaximum: SpaceRule = {
    id: "space-ebs-size-within-maximum",
    reads: "service",
    description: "SpaceSettings.SpaceStorageSettings.EbsStorageSettings.EbsVolumeSizeInGb must not exceed the MaximumEbsVolumeSizeInGb " +
        "of the owner profile's UserSettings (else the domain's DefaultUserSettings) for a private space, of the domain's " +
        "DefaultSpaceSettings for a shared one.",
    severity: "error",
    check(input, context) {
        const size = get(input, "SpaceSettings", "SpaceStorageSettings", "EbsStorageSettings", "EbsVolumeSizeInGb");
        if (typeof size !== "number") return [];
        const limit = ebsMaximum(input, context);
        if (limit === undefined || size <= limit.max) return [];
        return [ruleViolation(this.id, ["SpaceSettings", "SpaceStorageSettings", "EbsStorageSettings", "EbsVolumeSizeInGb"], size,
            `EbsVolumeSizeInGb (${size}) must be less than or equal to the MaximumEbsVolumeSizeInGb (${limit.max}) ` +
            `in SpaceStorageSettings.DefaultEbsStorageSettings of ${limit.setIn}.`)];
    },
};

export const SPACE_RULES: readonly SpaceRule[] = [privateSpaceOwner, privateSpaceSettings, ownerInService, appTypeFixed, ebsWithinMaximum];

export const SPACE_RULES_BY_ID: Readonly<Record<string, SpaceRule>> = rulesById(SPACE_RULES);

/** Runs every rule over an API-cased CreateSpace/UpdateSpace input; the rules whose facts are unknown stay silent. Never throws. */
export function checkSpaceRules(input: unknown, context: SpaceRuleContext = {}, options: CheckRulesOptions = {}): Violation[] {
    return runRules(SPACE_RULES, input, context, options);
}
