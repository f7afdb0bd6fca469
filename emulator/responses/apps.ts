import { createApp, deleteApp, requireApp } from "../backend/apps";
import type { BackendContext } from "../backend/context";
import type { AppOwner } from "../backend/keys";
import { paginate } from "../backend/pagination";
import type { AppRecord, Tag } from "../backend/records";
import { requireUniqueKeys } from "../backend/tags";
import { validationError } from "../protocol/errors";
import { validateRequest } from "../validation/request-validation";
import { listParameters, tokenBinding } from "./list-parameters";
import { optionalObject, requiredString, type Input, type Operation } from "./operation";
import { compact, timestamp } from "./output";

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

function describeAppOutput(app: AppRecord): Record<string, unknown> {
    return compact({
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
    });
}

export const CreateApp: Operation = {
    mutates: true,
    handle(input: Input, context: BackendContext) {
        validateRequest("CreateApp", input);
        const tags = (input.Tags as Tag[] | undefined) ?? [];
        requireUniqueKeys(tags);
        const resourceSpec = optionalObject(input, "ResourceSpec");
        const app = createApp(context, {
            domainId: requiredString(input, "DomainId"),
            owner: appOwner(input),
            appType: requiredString(input, "AppType"),
            appName: requiredString(input, "AppName"),
            tags,
            ...(resourceSpec !== undefined ? { resourceSpec } : {}),
        });
        return { AppArn: app.arn };
    },
};

export const DescribeApp: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("DescribeApp", input);
        return describeAppOutput(
            requireApp(
                context,
                requiredString(input, "DomainId"),
                appOwner(input),
                requiredString(input, "AppType"),
                requiredString(input, "AppName"),
            ),
        );
    },
};

export const DeleteApp: Operation = {
    mutates: true,
    handle(input, context) {
        validateRequest("DeleteApp", input);
        deleteApp(
            context,
            requiredString(input, "DomainId"),
            appOwner(input),
            requiredString(input, "AppType"),
            requiredString(input, "AppName"),
        );
        return {};
    },
};

export const ListApps: Operation = {
    mutates: false,
    handle(input, context) {
        validateRequest("ListApps", input);
        if (input.UserProfileNameEquals !== undefined && input.SpaceNameEquals !== undefined) {
            throw validationError("UserProfileNameEquals and SpaceNameEquals cannot both be specified.");
        }
        const equalsIgnoringCase = (actual: string | undefined, wanted: unknown) =>
            wanted === undefined || (typeof wanted === "string" && actual?.toLowerCase() === wanted.toLowerCase());
        const matching = Object.values(context.state.apps).filter(
            (app) =>
                (input.DomainIdEquals === undefined || app.domainId === input.DomainIdEquals) &&
                equalsIgnoringCase(app.userProfileName, input.UserProfileNameEquals) &&
                equalsIgnoringCase(app.spaceName, input.SpaceNameEquals),
        );
        const page = paginate(matching, (app) => ({ sortValue: app.creationTime, seq: app.seq }), {
            ...listParameters(input),
            parameters: tokenBinding(input),
        });
        return compact({
            Apps: page.items.map((app) =>
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
            ),
            NextToken: page.nextToken,
        });
    },
};
