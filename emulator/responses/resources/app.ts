import type { BackendContext } from "../../models/context";
import { APP, ownerName, type AppIdentity, type AppOwner } from "../../models/kinds/app";
import { requireUsableDomain } from "../../models/kinds/domain";
import { SPACE } from "../../models/kinds/space";
import { USER_PROFILE } from "../../models/kinds/user-profile";
import { createRecord } from "../../models/lifecycle";
import { requireMember } from "../../models/lookup";
import type { AppRecord } from "../../models/records";
import { validationError } from "../../protocol/errors";
import { domainIdEquals, equalsIgnoringCase } from "../list-parameters";
import { optionalObject, requestTags, requiredString, type Input } from "../operation";
import { compact, timestamp } from "../output";
import type { ResourceApi } from "../resource-api";

/** An app belongs to exactly one user profile or one space. */
function appOwner(input: Input): AppOwner {
    const profile = input.UserProfileName;
    const space = input.SpaceName;
    if (typeof profile === "string" && typeof space === "string") {
        throw validationError("Only one of UserProfileName or SpaceName can be specified.");
    }
    if (typeof profile === "string") return { userProfileName: profile };
    if (typeof space === "string") return { spaceName: space };
    throw validationError("Either UserProfileName or SpaceName must be specified.");
}

function appIdentity(input: Input): AppIdentity {
    return {
        domainId: requiredString(input, "DomainId"),
        ...appOwner(input),
        appType: requiredString(input, "AppType"),
        appName: requiredString(input, "AppName"),
    };
}

/** The owner must be InService; the app keeps the owner's name as the owner spells it. */
function requireOwnerInService(context: BackendContext, app: AppIdentity): AppOwner {
    const owner =
        "userProfileName" in app
            ? requireMember(context, USER_PROFILE, { domainId: app.domainId, userProfileName: app.userProfileName })
            : requireMember(context, SPACE, { domainId: app.domainId, spaceName: app.spaceName });
    if (owner.status !== "InService") {
        const noun = "userProfileName" in app ? USER_PROFILE.noun : SPACE.noun;
        throw validationError(`Unable to create App because ${noun} ${ownerName(app)} is not in InService.`);
    }
    return "userProfileName" in owner ? { userProfileName: owner.userProfileName } : { spaceName: owner.spaceName };
}

/** Rows of deleted or failed apps stay listed; a new app may take their place. */
export const APP_API: ResourceApi<AppRecord, AppIdentity> = {
    kind: APP,
    identity: appIdentity,
    create(input, context) {
        const tags = requestTags(input);
        const resourceSpec = optionalObject(input, "ResourceSpec");
        const requested = appIdentity(input);
        requireUsableDomain(context, requested.domainId, "App");
        const owner = requireOwnerInService(context, requested);
        return createRecord(context, APP, { ...requested, ...owner }, () => ({ tags, ...compact({ resourceSpec }) }));
    },
    describe: (app) =>
        compact({
            AppArn: app.arn,
            AppType: app.appType,
            AppName: app.appName,
            DomainId: app.domainId,
            UserProfileName: app.userProfileName,
            SpaceName: app.spaceName,
            Status: app.status,
            CreationTime: timestamp(app.creationTime),
            FailureReason: app.failureReason,
            ResourceSpec: app.resourceSpec,
        }),
    listFilters: {
        DomainIdEquals: domainIdEquals,
        UserProfileNameEquals: (app, wanted) => equalsIgnoringCase(app.userProfileName, wanted),
        SpaceNameEquals: (app, wanted) => equalsIgnoringCase(app.spaceName, wanted),
    },
    exclusiveFilters: [["UserProfileNameEquals", "SpaceNameEquals"]],
    listRow: (app) =>
        compact({
            DomainId: app.domainId,
            UserProfileName: app.userProfileName,
            SpaceName: app.spaceName,
            AppType: app.appType,
            AppName: app.appName,
            Status: app.status,
            CreationTime: timestamp(app.creationTime),
            ResourceSpec: app.resourceSpec,
        }),
};
