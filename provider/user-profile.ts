// The UserProfile resource: one SageMaker Studio user profile.
import * as pulumi from "@pulumi/pulumi";
import type { UserSettingsArgs } from "../model/shapes";
import { OUTPUT_PROPERTIES, type Timeouts } from "./inputs";
// The provider object is this module's exports. Because the module lives in the
// installed package, Pulumi serializes it as a `require` by package name (a few
// hundred bytes of state) and `refresh`/`destroy` load the installed code.
import * as provider from "./provider";
import { OWNER_PROPERTY, ownerToken } from "./ownership";
import { limitStackTraces } from "./short-stack-traces";

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
    /** Take over an existing profile of that name instead of failing (`pulumi import` cannot import dynamic resources). */
    adopt?: pulumi.Input<boolean>;
    /** On delete, first delete the profile's apps and private spaces (and their apps). */
    deleteApps?: pulumi.Input<boolean>;
    /** How long to wait for each operation to settle. */
    timeouts?: pulumi.Input<Timeouts>;
}

export class UserProfile extends pulumi.dynamic.Resource {
    declare readonly domainId: pulumi.Output<string>;
    declare readonly userProfileName: pulumi.Output<string>;
    declare readonly singleSignOnUserIdentifier: pulumi.Output<string | undefined>;
    declare readonly singleSignOnUserValue: pulumi.Output<string | undefined>;
    declare readonly tags: pulumi.Output<Record<string, string> | undefined>;
    /** The settings as the service reports them. */
    declare readonly userSettings: pulumi.Output<import("../model/shapes").UserSettings | undefined>;
    declare readonly arn: pulumi.Output<string>;
    declare readonly status: pulumi.Output<string>;
    declare readonly homeEfsFileSystemUid: pulumi.Output<string | undefined>;
    declare readonly creationTime: pulumi.Output<string | undefined>;
    declare readonly lastModifiedTime: pulumi.Output<string | undefined>;

    constructor(name: string, args: UserProfileArgs, opts?: pulumi.CustomResourceOptions) {
        const restoreStackTraces = limitStackTraces();
        try {
            super(
                provider,
                name,
                {
                    ...args,
                    [OWNER_PROPERTY]: ownerToken(pulumi.getProject(), pulumi.getStack(), name),
                    ...Object.fromEntries(OUTPUT_PROPERTIES.map((key) => [key, undefined])),
                },
                opts,
                "sagemaker",
                "UserProfile",
            );
        } finally {
            restoreStackTraces();
        }
    }
}
