// The UserProfile kind: one person in a Studio domain. Its record is the SageMaker user profile
// (the SSO fields cannot change; its UserSettings are planned member by member); deleting it first
// deletes its apps and private spaces when deleteApps says so. In an SSO domain its access part
// assigns the profile's Identity Center user to the domain's application.
import type { DescribeDomainResponse, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { checkProfile, checkProfileAgainstDomain, createUserProfileRequest } from "../../model/profile/profile-check";
import { INPUT_PROPERTIES, OUTPUT_PROPERTIES } from "../../model/profile/profile-properties";
import { formatPath } from "../../model/schema/names";
import type { DomainFacts } from "../../model/validation/cross-field-rules";
import { listBlockers } from "../../gateway/blockers";
import { describeDomain } from "../../gateway/domains";
import { USER_PROFILE_CALLS } from "../../gateway/profiles";
import type { Desired, ResourceKind } from "../lifecycle/kind";
import { isUnknown } from "../lifecycle/unknowns";
import { teamShrinkFailures } from "./team-guard";

export function domainFacts(domain: DescribeDomainResponse): DomainFacts {
    return {
        authMode: domain.AuthMode,
        appNetworkAccessType: domain.AppNetworkAccessType,
        defaultUserSettings: (domain.DefaultUserSettings as Record<string, unknown> | undefined) ?? {},
        defaultSpaceSettings: (domain.DefaultSpaceSettings as Record<string, unknown> | undefined) ?? {},
    };
}

/** Before the create call (also with --skip-preview): the profile fits its domain, or nothing is written. */
async function fitsDomain(client: SageMakerClient, desired: Desired): Promise<void> {
    const domain = await describeDomain(client, desired.domainId, desired.subject);
    const failures = checkProfileAgainstDomain(desired.request, isUnknown, domainFacts(domain));
    if (failures.length > 0) {
        throw new Error(`${desired.subject} does not fit domain ${desired.domainId}: ` + failures.map((f) => `${formatPath(f.path)} ${f.reason}`).join("; "));
    }
}

export const USER_PROFILE: ResourceKind = {
    type: "UserProfile",
    noun: "user profile",
    shortNoun: "profile",
    nameProperty: "userProfileName",
    inputProperties: INPUT_PROPERTIES,
    outputProperties: OUTPUT_PROPERTIES,
    checkInputs: checkProfile,
    createRequest: createUserProfileRequest,
    judgeChange: teamShrinkFailures,
    immutable: [
        { property: "singleSignOnUserIdentifier", path: ["singleSignOnUserIdentifier"], describedPath: ["SingleSignOnUserIdentifier"] },
        { property: "singleSignOnUserValue", path: ["singleSignOnUserValue"], describedPath: ["SingleSignOnUserValue"] },
    ],
    compared: ["adopt", "deleteApps", "retainOnDelete", "assignIdentityCenterUser", "timeouts"],
    record: {
        calls: USER_PROFILE_CALLS,
        members: { name: "UserProfileName", arn: "UserProfileArn" },
        settings: { property: "userSettings", root: "UserSettings" },
        outputs: [
            { property: "singleSignOnUserIdentifier", member: "SingleSignOnUserIdentifier" },
            { property: "singleSignOnUserValue", member: "SingleSignOnUserValue" },
            "tags",
            { property: "userSettings", member: "UserSettings", shape: "UserSettings" },
            { property: "homeEfsFileSystemUid", member: "HomeEfsFileSystemUid" },
            { property: "creationTime", member: "CreationTime", date: true },
            { property: "lastModifiedTime", member: "LastModifiedTime", date: true },
        ],
        blockers: (client, domainId, name, subject) => listBlockers(client, { domainId, userProfileName: name }, subject),
        previewRules: async (_client, domain, desired) => checkProfileAgainstDomain(desired.request, isUnknown, domain === undefined ? undefined : domainFacts(domain)),
        rulesBeforeWrite: (client, desired, operation) => (operation === "create" ? fitsDomain(client, desired) : Promise.resolve()),
    },
    access: {
        properties: { state: "identityCenterAssignment", principalId: "identityCenterUserId" },
        principalType: "USER",
        wanted: (inputs) => inputs.assignIdentityCenterUser !== false,
        principal(inputs, domain) {
            const userName = inputs.singleSignOnUserValue;
            if (domain.AuthMode !== "SSO" || typeof userName !== "string" || inputs.assignIdentityCenterUser === false) {
                return undefined;
            }
            return { type: "USER", userName, property: "singleSignOnUserValue" };
        },
        principalOf: (outputs) => (typeof outputs.singleSignOnUserValue === "string" ? `user ${outputs.singleSignOnUserValue}` : undefined),
        unassignedNotice: (inputs, domain) =>
            domain.AuthMode === "SSO" && inputs.assignIdentityCenterUser === false
                ? `Domain ${domain.DomainId} uses IAM Identity Center and assignIdentityCenterUser is false: assign each user (or their group) ` +
                  `to the domain's Identity Center application yourself, or they will see "Access Denied" when opening Studio.`
                : undefined,
    },
};
