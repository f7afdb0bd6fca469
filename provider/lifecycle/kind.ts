// What a resource kind describes; the lifecycle (this folder) does the rest. A kind is a resource
// in a Studio domain, named uniquely there (its id is `<domain id>/<name>`), made of parts:
//  - `record`: its own record in SageMaker (a user profile, a space): described, created, updated
//    and deleted through the kind's API calls, waited for by its Status, tagged with this
//    resource's owner tag (adoption, recovery of an interrupted create, hand-over between stacks),
//    its settings planned member by member, what blocks its delete cleared first;
//  - `access`: an IAM Identity Center application assignment that lets someone open the domain's
//    Studio: made, found or missing, and removed with the resource when this resource made it;
//  - `membership`: the members of an Identity Center group, read again at refresh.
// Check, diff, create, read, update and delete run the parts a kind has, in that order.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { ResourceCheckOptions } from "../../model/resource/resource-check";
import type { SettingsRoot } from "../../model/settings/setting-values";
import type { PropertyFailure } from "../../model/validation/failure-reasons";
import type { Blockers } from "../../gateway/blockers";
import type { Described, RecordCalls } from "../../gateway/records";

/** A resource's inputs as the program wrote them (Pulumi names), and its outputs as state records them. */
export type Inputs = Record<string, unknown>;
export type Outputs = Record<string, unknown>;

export interface Desired {
    /** `<domain id>/<name>`, the resource id. */
    readonly id: string;
    /** "user profile d-…/alice": how messages name it. */
    readonly subject: string;
    readonly domainId: string;
    readonly name: string;
    /** The create request in the API's names, without tags. */
    readonly request: Record<string, unknown>;
    /** The record's settings in the API's names; undefined when the program sets none. */
    readonly settings?: Record<string, unknown>;
    /** The program's tags (without the owner tag). */
    readonly tags: Record<string, string>;
    /** This resource's owner token, for the owner tag. */
    readonly owner?: string;
    /** This resource's stack label (`<project>/<stack>`), for the stack tag. */
    readonly stack?: string;
    /** Settings members the service fills in that the program sets (API names). */
    readonly programSets: readonly string[];
    readonly timeouts: { readonly create: number; readonly update: number; readonly delete: number };
    readonly inputs: Inputs;
}

/** A property that cannot change once the resource exists (the API has no member for it): a change replaces the resource. */
export interface ImmutableField {
    /** The input property the engine reports as replaced, e.g. "ownershipSettings". */
    readonly property: string;
    /** Where the value is in the inputs (Pulumi names) and in the service's description (API names). */
    readonly path: readonly string[];
    readonly describedPath: readonly string[];
    /** Names compare without regard to letter case. */
    readonly caseInsensitive?: boolean;
    /** Compared only when the program sets it. */
    readonly onlyWhenSet?: boolean;
}

/** A top-level property changed in place by the update call when the program sets it. */
interface UpdatableField {
    readonly property: string;
    readonly member: string;
}

/** An output taken from the service's description: `member` in API names, converted along `shape` when it is a structure. */
interface DescribedOutput {
    readonly property: string;
    readonly member: string;
    readonly shape?: string;
    readonly date?: boolean;
}

export interface SageMakerRecord {
    /** Its calls (gateway/): describe, create, update, delete. */
    readonly calls: RecordCalls;
    /** Members of the description and the requests: the name and the ARN (the settings member is `settings.root`). */
    readonly members: { readonly name: string; readonly arn: string };
    /** The settings the program manages member by member (UserSettings, SpaceSettings). */
    readonly settings: { readonly property: string; readonly root: SettingsRoot };
    /** Settings members the update call refuses (they are set at create only). */
    readonly createOnlySettings?: readonly string[];
    readonly updatable?: readonly UpdatableField[];
    /** The outputs read from the description, in order, beside domainId, the name, arn and status ("tags": the program-visible tags, read with ListTags). */
    readonly outputs: readonly (DescribedOutput | "tags")[];
    /** What blocks a delete; a profile's private spaces go with it, a shared space it owns never does. */
    blockers(client: SageMakerClient, domainId: string, name: string, subject: string): Promise<Blockers>;
    /** Deleting it deletes files (a space's storage volume): replacements and deletes say so. */
    readonly losesStorage?: boolean;
    /**
     * The kind's rules that read the service, at preview, with the domain (undefined while the
     * domain or the name is unknown: judged without the service's facts): what fails the preview.
     * Failures under values still unknown are left out.
     */
    previewRules?(client: SageMakerClient, domain: DescribeDomainResponse | undefined, desired: Desired): Promise<PropertyFailure[]>;
    /** The same rules before each create or update call, with the service as it is then: a failure throws, nothing is written. */
    rulesBeforeWrite?(client: SageMakerClient, desired: Desired, operation: "create" | "update", existing?: Described): Promise<void>;
}

/** Who is assigned to the domain's Identity Center application: a user by name (the input that names it), or a group. */
export type Principal = { type: "USER"; userName: string; property: string } | { type: "GROUP"; groupId: string; groupName: string };

export interface AccessPart {
    /**
     * The outputs that record the assignment: "made" (by this resource, or a user's in place before
     * that it took over: it removes it), "found" (a group's in place before, or as earlier releases
     * recorded: left alone) or "missing" (the next up restores it); and the principal's id
     * (recorded for users; a group's is an input).
     */
    readonly properties: { readonly state: string; readonly principalId: string };
    readonly principalType: "USER" | "GROUP";
    /** Whether the inputs ask for an assignment (in an SSO domain). */
    wanted(inputs: Inputs): boolean;
    /** Whom to assign; undefined when the resource assigns nobody (not an SSO domain, or not wanted). */
    principal(inputs: Inputs, domain: DescribeDomainResponse): Principal | undefined;
    /** How messages name the principal the outputs record ("user ana@example.com"), when they name one. */
    principalOf(outputs: Outputs): string | undefined;
    /** Said once per deployment when a resource in an SSO domain assigns nobody. */
    unassignedNotice?(inputs: Inputs, domain: DescribeDomainResponse): string | undefined;
}

interface MembershipPart {
    /** At refresh: the group's members now, as outputs beside the recorded ones. */
    refresh(props: Outputs): Promise<Outputs>;
    /** At preview: who joined and who left since the last deployment. */
    announce(olds: Inputs, news: Inputs): void;
}

export interface ResourceKind {
    /** The type token's last part: `pulumi-nodejs:dynamic/sagemaker:<type>`. */
    readonly type: string;
    /** How messages name one ("user profile"), and the short form ("profile"). */
    readonly noun: string;
    readonly shortNoun: string;
    /** How messages name a resource of the kind; default "<noun> <domain id>/<name>". */
    subjectOf?(domainId: string, name: string): string;
    /** The input that holds its name, unique in the domain. */
    readonly nameProperty: string;
    readonly inputProperties: readonly string[];
    /** Outputs the resource declares (bookkeeping beside the inputs). */
    readonly outputProperties: readonly string[];
    /** The model's check of the inputs alone (model/), before any call. */
    checkInputs?(inputs: Inputs, options: ResourceCheckOptions): PropertyFailure[];
    /** The request its create makes (API names, tags aside): converted once per operation. */
    createRequest?(inputs: Inputs): Record<string, unknown>;
    /** What a change itself must not do, judged at check against the last deployment's inputs. */
    judgeChange?(olds: Inputs, news: Inputs): PropertyFailure[];
    /** Properties besides domain and name whose change replaces the resource. */
    readonly immutable: readonly ImmutableField[];
    /** Inputs compared as values: a change is an in-place update (behaviour options and the like). */
    readonly compared: readonly string[];
    readonly record?: SageMakerRecord;
    readonly access?: AccessPart;
    readonly membership?: MembershipPart;
}
