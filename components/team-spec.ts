// The team spec: plain data, as written in a team file or passed to StudioTeam.
// scripts/generate-team-schema.js derives schemas/team.schema.json from these types.
import type { UserSettings } from "../model/shapes";
import type { Timeouts } from "../provider/inputs";

/** Tags: keys to string values. */
export type TagMap = Record<string, string>;

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
}

/** A team: defaults shared by every member, and the members. */
export interface TeamSpec {
    /** The team's name; a team file defaults it to the file's base name. */
    name?: string;
    /** The Studio domain; usually given by the stack instead. */
    domainId?: string;
    /** User settings every member gets unless the member overrides them. */
    defaults?: UserSettings;
    /** Tags every member's profile gets. */
    tags?: TagMap;
    /** SSO domains only: the Identity Center attribute that identifies members (`UserName`). */
    singleSignOnUserIdentifier?: string;
    /** Take over existing profiles of the members' names instead of failing. */
    adopt?: boolean;
    /** On delete, first delete each profile's apps and private spaces. */
    deleteApps?: boolean;
    /** How long to wait for each profile operation to settle. */
    timeouts?: Timeouts;
    members: TeamMemberSpec[];
}
