// The Space resource: one SageMaker Studio space, where JupyterLab and Code Editor run.
import * as pulumi from "@pulumi/pulumi";
import type { Timeouts } from "../model/profile/profile-options";
import type { Adopt } from "../model/profile/profile-properties";
import type { OwnershipSettings, SpaceSettings, SpaceSettingsArgs, SpaceSharingSettings } from "../model/shapes";
import { SPACE_OUTPUT_PROPERTIES } from "../model/space/space-properties";
import { OwnedRecordResource } from "./package-resource";

export interface SpaceArgs {
    /** The Studio domain, e.g. `d-xxxxxxxxxxxx`. Changing it replaces the space. */
    domainId: pulumi.Input<string>;
    /** The space's name, unique in the domain (compared case-insensitively). Changing it replaces the space. */
    spaceName: pulumi.Input<string>;
    /** The name Studio shows. */
    spaceDisplayName?: pulumi.Input<string>;
    /**
     * The profile that owns the space (required for a private space). Write the name as a plain
     * string and give the space `dependsOn: [ownerProfile]`, so it is created after its owner and
     * the owner's rules are judged at preview. Changing it replaces the space.
     */
    ownershipSettings?: pulumi.Input<OwnershipSettings>;
    /** `Private` (its owner only) or `Shared`. Changing it replaces the space. */
    spaceSharingSettings?: pulumi.Input<SpaceSharingSettings>;
    /** Every member of the API's SpaceSettings, in Pulumi's names. Changing `appType` replaces the space. */
    spaceSettings?: pulumi.Input<SpaceSettingsArgs>;
    /** Tags, also applied to the apps that run in the space. */
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** Take over an existing space of that name instead of failing; `"takeover"` also one another stack manages. */
    adopt?: pulumi.Input<Adopt>;
    /** On delete, first delete the space's apps; default: stack config `sagemaker:deleteApps`. */
    deleteApps?: pulumi.Input<boolean>;
    /** On delete, keep the space and the files on its volume in SageMaker and only forget it. */
    retainOnDelete?: pulumi.Input<boolean>;
    /** How long to wait for each operation to settle. */
    timeouts?: pulumi.Input<Timeouts>;
}

export class Space extends OwnedRecordResource {
    declare readonly domainId: pulumi.Output<string>;
    declare readonly spaceName: pulumi.Output<string>;
    declare readonly spaceDisplayName: pulumi.Output<string | undefined>;
    declare readonly ownershipSettings: pulumi.Output<OwnershipSettings | undefined>;
    declare readonly spaceSharingSettings: pulumi.Output<SpaceSharingSettings | undefined>;
    /** The settings as the service reports them. */
    declare readonly spaceSettings: pulumi.Output<SpaceSettings | undefined>;
    declare readonly tags: pulumi.Output<Record<string, string> | undefined>;
    declare readonly arn: pulumi.Output<string>;
    declare readonly status: pulumi.Output<string>;
    declare readonly homeEfsFileSystemUid: pulumi.Output<string | undefined>;
    declare readonly url: pulumi.Output<string | undefined>;
    declare readonly creationTime: pulumi.Output<string | undefined>;
    declare readonly lastModifiedTime: pulumi.Output<string | undefined>;

    constructor(name: string, args: SpaceArgs, opts?: pulumi.CustomResourceOptions) {
        super("space-provider", "Space", name, args, SPACE_OUTPUT_PROPERTIES, opts);
    }
}
