// The UserProfile resource: one SageMaker Studio user profile.
import * as pulumi from "@pulumi/pulumi";
import type { Timeouts } from "../model/profile/profile-options";
import { OUTPUT_PROPERTIES, type Adopt } from "../model/profile/profile-properties";
import type { UserSettings, UserSettingsArgs } from "../model/shapes";
import { OwnedRecordResource } from "./package-resource";

export interface UserProfileArgs {
    /** The Studio domain, e.g. `d-xxxxxxxxxxxx`. Changing it replaces the profile. */
    domainId: pulumi.Input<string>;
    /** The profile's name, unique in the domain (compared case-insensitively). Changing it replaces the profile. */
    userProfileName: pulumi.Input<string>;
    /** SSO domains only: the Identity Center attribute that identifies the user (`UserName`). */
    singleSignOnUserIdentifier?: pulumi.Input<string>;
    /** SSO domains only: the Identity Center user name. */
    singleSignOnUserValue?: pulumi.Input<string>;
    /** Tags, also applied to the apps the user launches afterwards. */
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** Every member of the API's UserSettings, in Pulumi's (aws-native) names. */
    userSettings?: pulumi.Input<UserSettingsArgs>;
    /**
     * Take over an existing profile of that name instead of failing (`pulumi import` cannot import
     * dynamic resources); the preview shows what the adoption changes. `true` refuses a profile
     * another stack manages; `"takeover"` moves such a profile here.
     */
    adopt?: pulumi.Input<Adopt>;
    /** On delete, first delete the profile's apps and private spaces (and their apps); default: stack config `sagemaker:deleteApps`. */
    deleteApps?: pulumi.Input<boolean>;
    /**
     * On delete (the resource removed from the program, or the stack destroyed), keep the profile and
     * its files in SageMaker and only forget it; an Identity Center assignment this resource made is
     * removed all the same, so its user can no longer open Studio. Pulumi's own `retainOnDelete`
     * option skips the provider, and so keeps that access too.
     */
    retainOnDelete?: pulumi.Input<boolean>;
    /**
     * SSO domains: assign the user (singleSignOnUserValue) to the domain's IAM Identity Center
     * application, so they can open Studio (default true; false where users are assigned through groups).
     */
    assignIdentityCenterUser?: pulumi.Input<boolean>;
    /** How long to wait for each operation to settle. */
    timeouts?: pulumi.Input<Timeouts>;
}

export class UserProfile extends OwnedRecordResource {
    declare readonly domainId: pulumi.Output<string>;
    declare readonly userProfileName: pulumi.Output<string>;
    declare readonly singleSignOnUserIdentifier: pulumi.Output<string | undefined>;
    declare readonly singleSignOnUserValue: pulumi.Output<string | undefined>;
    declare readonly tags: pulumi.Output<Record<string, string> | undefined>;
    /** The settings as the service reports them. */
    declare readonly userSettings: pulumi.Output<UserSettings | undefined>;
    declare readonly arn: pulumi.Output<string>;
    declare readonly status: pulumi.Output<string>;
    declare readonly homeEfsFileSystemUid: pulumi.Output<string | undefined>;
    declare readonly creationTime: pulumi.Output<string | undefined>;
    declare readonly lastModifiedTime: pulumi.Output<string | undefined>;
    /** SSO domains: the Identity Center user id. */
    declare readonly identityCenterUserId: pulumi.Output<string | undefined>;
    /** SSO domains: "made", "found" or "missing" (see UserProfileOutputs). */
    declare readonly identityCenterAssignment: pulumi.Output<string | undefined>;

    constructor(name: string, args: UserProfileArgs, opts?: pulumi.CustomResourceOptions) {
        super("provider", "UserProfile", name, args, OUTPUT_PROPERTIES, opts);
    }
}
