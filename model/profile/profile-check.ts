// The one check of a user profile's inputs (Pulumi names, as a program writes them), before any
// API call: its properties and behaviour options, its tags, the CreateUserProfile request it
// makes against the service model, and the cross-field rules that need nothing but the inputs.
// The provider's `check`, StudioTeam and the team-file loader all judge profiles with it; each
// places the failures (a path of segments, a reason) where its user wrote the value.
import { checkResource, requestFailures, ruleFailures, type ResourceCheckOptions, type CheckedResource } from "../resource/resource-check";
import { toApiValue } from "../schema/names";
import { checkUserProfileRules, type DomainFacts } from "../validation/cross-field-rules";
import type { PropertyFailure } from "../validation/failure-reasons";
import { INPUT_PROPERTIES } from "./profile-properties";

export type ProfileCheckOptions = ResourceCheckOptions;

const API_MEMBERS: Readonly<Record<string, string>> = {
    domainId: "DomainId",
    userProfileName: "UserProfileName",
    singleSignOnUserIdentifier: "SingleSignOnUserIdentifier",
    singleSignOnUserValue: "SingleSignOnUserValue",
};

/** The CreateUserProfile request the inputs make (API names; tags aside). */
export function createUserProfileRequest(inputs: Record<string, unknown>): Record<string, unknown> {
    const request: Record<string, unknown> = {};
    for (const [from, to] of Object.entries(API_MEMBERS)) {
        if (inputs[from] !== undefined) request[to] = inputs[from];
    }
    if (inputs.userSettings !== undefined) {
        request.UserSettings = toApiValue("UserSettings", inputs.userSettings);
    }
    return request;
}

const USER_PROFILE: CheckedResource = {
    name: "UserProfile",
    inputProperties: INPUT_PROPERTIES,
    flags: ["deleteApps", "retainOnDelete", "assignIdentityCenterUser"],
    requestFailures(inputs, isUnknown, only) {
        return requestFailures(createUserProfileRequest(inputs), "CreateUserProfileRequest", isUnknown, (known) =>
            known.UserSettings === undefined ? [] : checkUserProfileRules(known, {}, { warnings: false, ...(only !== undefined ? { only } : {}) }),
        );
    },
};

/**
 * The rules that read the domain, over the CreateUserProfile request, judged with what is known of
 * the domain (nothing: they judge the request alone, or stay silent).
 */
export function checkProfileAgainstDomain(request: Record<string, unknown>, isUnknown: (value: unknown) => boolean, domain?: DomainFacts): PropertyFailure[] {
    return ruleFailures(request, isUnknown, (known) =>
        checkUserProfileRules(known, domain === undefined ? {} : { domain }, { warnings: false, only: "service" }),
    );
}

/** Every problem of the inputs; empty when the profile can be created as written (domain rules aside). */
export function checkProfile(inputs: Record<string, unknown>, options: ProfileCheckOptions = {}): PropertyFailure[] {
    return checkResource(USER_PROFILE, inputs, options);
}
