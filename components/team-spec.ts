// The team spec: plain data, as written in a team file or passed to StudioTeam.
// scripts/generate-team-schema.js derives schemas/team.schema.json from these types.
import type { UserSettings } from "../model/shapes";
import type { Timeouts } from "../model/profile/profile-options";

/** Tags: keys to string values. */
export type TagMap = Record<string, string>;

/** A space as a team writes it: the app it runs and what that app starts with. */
export interface SpaceSpec {
    /** The app the space runs; it cannot change once the space exists (another one replaces the space). */
    appType?: "JupyterLab" | "CodeEditor";
    /** The default instance type of the space's app, e.g. `ml.t3.medium`. */
    instanceType?: string;
    /**
     * The size of the space's EBS volume; at most the owner's (or, for a shared space, the domain's) maximum.
     * @minimum 5
     * @maximum 16384
     */
    ebsVolumeSizeInGb?: number;
    /** The lifecycle configuration the space's app runs when it starts. */
    lifecycleConfigArn?: string;
}

/** A space the whole team shares. */
export interface SharedSpaceSpec extends SpaceSpec {
    /**
     * The space's name (SpaceName), as written, unique in the domain (compared case-insensitively).
     * @pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$
     */
    name: string;
    appType: "JupyterLab" | "CodeEditor";
}

/** One person on the team: one Studio user profile. */
export interface TeamMemberSpec {
    /**
     * The user profile name, unique in the domain (compared case-insensitively).
     * @pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$
     */
    name: string;
    /** SSO domains only: the member's Identity Center user name. */
    singleSignOnUserValue?: string;
    /** Overrides of the team defaults: objects merge deeply, lists replace. */
    settings?: UserSettings;
    /** Tags for this member; they win over the team's tags of the same key. */
    tags?: TagMap;
    /** The member's private space, merged over the team's `privateSpace` like settings; `false` for none. */
    privateSpace?: SpaceSpec | false;
}

/** A team: defaults shared by every member, and the members. */
export interface TeamSpec {
    /** The team's name; a team file defaults it to the file's base name. */
    name?: string;
    /**
     * The team's former names, after a rename: its members' profiles and spaces keep their identity
     * (Pulumi aliases) instead of being deleted and created again under the new name. Keep it until
     * every stack that deploys the team has run `up` once.
     */
    renamedFrom?: string | string[];
    /** The Studio domain; usually given by the stack instead. */
    domainId?: string;
    /** User settings every member gets unless the member overrides them. */
    defaults?: UserSettings;
    /** Tags every member's profile gets. */
    tags?: TagMap;
    /** A private space every member gets (owned by their profile), unless the member says otherwise. */
    privateSpace?: SpaceSpec;
    /** Spaces the team shares; they carry the team's tags. */
    sharedSpaces?: SharedSpaceSpec[];
    /** SSO domains only: the Identity Center attribute that identifies members (`UserName`). */
    singleSignOnUserIdentifier?: string;
    /**
     * Take over existing profiles of the members' names instead of failing: `true` for profiles no
     * other stack manages, `"takeover"` also for those another stack manages.
     */
    adopt?: boolean | "takeover";
    /** On delete, first delete each profile's apps and private spaces; default: stack config `sagemaker:deleteApps`. */
    deleteApps?: boolean;
    /**
     * SSO domains: assign each member to the domain's IAM Identity Center application (default
     * true); false for organisations that assign through groups.
     */
    assignIdentityCenterUser?: boolean;
    /** How long to wait for each profile operation to settle. */
    timeouts?: Timeouts;
    /**
     * SSO domains: the team's members are the members of this IAM Identity Center group (its display
     * name), read at each preview and up; `members` then only adds members or overrides settings,
     * and may be left out. Load such a team with `await StudioTeam.load(...)` or `StudioTeam.create`.
     */
    identityCenterGroup?: string;
    /**
     * With identityCenterGroup: delete the profile of someone who leaves the group. Default false:
     * the profile is kept (and no longer managed by the stack), and the preview names them.
     */
    removeDepartedMembers?: boolean;
    /** With identityCenterGroup: assign the group itself to the domain's application, instead of each member. */
    assignGroup?: boolean;
    /**
     * Keep the profiles and spaces of members who are removed (and all of them when the stack is
     * destroyed), with their files, and only forget them; the Identity Center access this stack
     * gave them is removed all the same. Default false (true for a team from an identityCenterGroup
     * without removeDepartedMembers).
     */
    retainOnDelete?: boolean;
    /** Pulumi's `protect` on every member's profile and spaces: a change that would delete one fails until it is lifted. */
    protect?: boolean;
    /**
     * The share of the team's profiles one change may delete (default 0.5; one profile may always
     * go): a change that deletes more fails at preview. Set 1 to delete any number, e.g. to empty
     * the team on purpose.
     * @minimum 0
     * @maximum 1
     */
    maxDeletedShare?: number;
    /**
     * The team's members, one user profile each.
     * @maxItems 5000
     */
    members?: TeamMemberSpec[];
}

/**
 * The most members one team may have. Every member is a resource in the stack: past a few
 * thousand, state, previews and every checkpoint of an update grow beyond what one stack should
 * carry, and a file that large is more likely generated by mistake than meant. Split larger
 * groups into several teams (or stacks). Kept equal to the `@maxItems` of `members` above.
 */
export const MAX_TEAM_MEMBERS = 5000;
