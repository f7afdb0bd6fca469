// The properties of a Space resource: what the program says (inputs, in Pulumi's names) and what
// the resource reports (outputs). Shared by the provider, StudioTeam and policy packs.
import type { OwnershipSettings, SpaceSettings, SpaceSharingSettings } from "../shapes";
import type { Timeouts } from "../profile/profile-options";
import type { Adopt } from "../profile/profile-properties";

export interface SpaceInputs {
    domainId: string;
    spaceName: string;
    spaceDisplayName?: string;
    ownershipSettings?: OwnershipSettings;
    spaceSharingSettings?: SpaceSharingSettings;
    spaceSettings?: SpaceSettings;
    tags?: Record<string, string>;
    adopt?: Adopt;
    deleteApps?: boolean;
    /** On delete, keep the space (and the files on its volume) in SageMaker and only forget it. */
    retainOnDelete?: boolean;
    timeouts?: Timeouts;
}

/** The outputs: the inputs' behaviour options, and the space as the service reports it. */
export interface SpaceOutputs extends SpaceInputs {
    arn: string;
    status: string;
    homeEfsFileSystemUid?: string;
    url?: string;
    creationTime?: string;
    lastModifiedTime?: string;
    failureReason?: string;
}

/** Properties the service reports; the resource declares them so programs can read them. */
export const SPACE_OUTPUT_PROPERTIES = ["arn", "status", "homeEfsFileSystemUid", "url", "creationTime", "lastModifiedTime"] as const;

export const SPACE_INPUT_PROPERTIES: readonly (keyof SpaceInputs)[] = [
    "domainId",
    "spaceName",
    "spaceDisplayName",
    "ownershipSettings",
    "spaceSharingSettings",
    "spaceSettings",
    "tags",
    "adopt",
    "deleteApps",
    "retainOnDelete",
    "timeouts",
];
