// The one check of a user profile's inputs (Pulumi names, as a program writes them), before any
// API call: its properties and behaviour options, its tags, the CreateUserProfile request it
// makes against the service model, and the cross-field rules that need nothing but the inputs.
// The provider's `check`, StudioTeam and the team-file loader all judge profiles with it; each
// places the failures (a path of segments, a reason) where its user wrote the value.
import { checkResource, requestFailures, type ResourceCheckOptions, type ResourceKind } from "../resource/resource-check";
import { toApiValue } from "../schema/names";
import { checkUserProfileRules } from "../validation/cross-field-rules";
import type { PropertyFailure } from "../validation/failure-reasons";
import { INPUT_PROPERTIES } from "./profile-properties";

export type ProfileCheckOptions = ResourceCheckOptions;

const API_MEMBERS: Readonly<Record<string, string>> = {
    domainId: "DomainId",
    userProfileName: "UserProfileName",
    singleSignOnUserIdentifier: "SingleSignOnUserIdentifier",
    singleSignOnUserValue: "SingleSignOnUserValue",
};

const USER_PROFILE: ResourceKind = {
    name: "UserProfile",
    inputProperties: INPUT_PROPERTIES,
    flags: ["deleteApps", "assignIdentityCenterUser"],
    requestFailures(inputs, isUnknown) {
        const request: Record<string, unknown> = {};
        for (const [from, to] of Object.entries(API_MEMBERS)) {
            if (inputs[from] !== undefined) request[to] = inputs[from];
        }
        if (inputs.userSettings !== undefined) {
            request.UserSettings = toApiValue("UserSettings", inputs.userSettings);
        }
        return requestFailures(request, "CreateUserProfileRequest", isUnknown, (known) =>
            known.UserSettings === undefined ? [] : checkUserProfileRules(known, {}, { warnings: false }),
        );
    },
};

/** Every problem of the inputs; empty when the profile can be created as written (domain rules aside). */
export function checkProfile(inputs: Record<string, unknown>, options: ProfileCheckOptions = {}): PropertyFailure[] {
    return checkResource(USER_PROFILE, inputs, options);
}
